import { Directive, Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';
import { DocumentState } from '../document/document-state';
import { IdentityKind, NumberUse, RequirementCode } from '../requirements/requirements';
import { IdentityStatus } from './identity-state';

export { IdentityKind };

registerEnumType(IdentityKind, {
  name: 'IdentityKind',
  description: 'Who the identity is.',
  valuesConfig: {
    BUSINESS: { description: 'A company, proven by its certificate of incorporation.' },
    INDIVIDUAL: { description: 'A person.' },
  },
});

registerEnumType(NumberUse, {
  name: 'NumberUse',
  description: 'The kind of phone number an identity is for; what it must prove depends on it.',
  valuesConfig: {
    LOCAL: { description: 'Geographic number tied to a locality.' },
    MOBILE: { description: 'Mobile number.' },
    TOLL_FREE: { description: 'Free to call for the caller.' },
    NATIONAL: { description: 'Non-geographic number valid across the country.' },
  },
});

registerEnumType(RequirementCode, {
  name: 'RequirementCode',
  description: 'One thing an identity must have to back a number.',
  valuesConfig: {
    LEGAL_NAME: { description: 'Registered company name, or the full name of the person.' },
    REGISTRATION_NUMBER: { description: "The company's registration number (SIREN or SIRET in France), valid for the country." },
    ADDRESS: { description: 'A complete postal address.' },
    ADDRESS_IN_COUNTRY: { description: 'The address must be in the country of the numbers.' },
    CONTACT: { description: 'A contact email address.' },
    IDENTITY_DOCUMENT: { description: 'ID card (front and back) or passport of the person or legal representative.' },
    COMPANY_REGISTRATION: { description: 'Certificate of incorporation (KBIS in France), under 3 months old.' },
    PROOF_OF_ADDRESS: { description: 'Proof of address under 3 months old.' },
  },
});

registerEnumType(IdentityStatus, {
  name: 'IdentityStatus',
  description: 'Where an identity stands in its lifecycle.',
  valuesConfig: {
    DRAFT: { description: 'Being completed by the customer; may be edited and deleted.' },
    IN_REVIEW: { description: "Submitted; waiting for the provider's verification team." },
    APPROVED: { description: 'Verified: backs numbers whose requirements it meets.' },
    REJECTED: { description: 'Refused; the documents say why. Replace them and submit again.' },
    EXPIRED: { description: 'Was approved, but a document is no longer valid; the numbers it backs need a new revision.' },
    SUPERSEDED: { description: 'Replaced by a newer approved revision.' },
  },
});

registerEnumType(DocumentState, {
  name: 'ReviewState',
  description: "Where the provider's review of a document (or, summarised, of an identity) stands.",
  valuesConfig: {
    PENDING: { description: 'Waiting for review by the provider staff (or, for an identity, not decided yet).' },
    APPROVED: { description: 'Verified.' },
    REJECTED: { description: 'Refused; the reason says what to fix.' },
    EXPIRED: { description: 'Was verified, but its validity has ended.' },
  },
});

@Directive('@key(fields: "id")')
@ObjectType({ description: 'A business or person that phone numbers are registered to, with its documents and review.' })
@Entity({ name: 'identities' })
@Index('ix_identities_account_legal_name', ['accountId', 'legalName'])
@Index('ix_identities_state_queue_key', ['status', 'queueKey'])
export class Identity {
  @Field(() => ID, { description: 'Identity id.' })
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ name: 'account_id', type: 'varchar', length: 36 })
  accountId!: string;

  @Field(() => IdentityKind, { description: 'Business or individual.' })
  @Column({ type: 'varchar', length: 16 })
  kind!: IdentityKind;

  @Field({ description: 'Registered company name, or the full name of the person.' })
  @Column({ name: 'legal_name', type: 'varchar', length: 200 })
  legalName!: string;

  /** Country of the numbers the identity is for. */
  @Column({ name: 'country_code', type: 'varchar', length: 2 })
  countryCode!: string;

  @Field(() => NumberUse, { description: 'The kind of number the identity is for; its requirements follow from it, the country and the kind.' })
  @Column({ name: 'number_use', type: 'varchar', length: 16, default: NumberUse.LOCAL })
  numberUse!: NumberUse;

  /** The lifecycle state (identity-state.ts). The column keeps its first name. */
  @Field(() => IdentityStatus, { description: 'Where the identity stands in its lifecycle.' })
  @Column({ name: 'review_state', type: 'varchar', length: 16 })
  status!: IdentityStatus;

  @Field(() => Int, { description: 'Grows by one on every change. Pass it as `expectedVersion` when you change the identity.' })
  @Column({ type: 'int', default: 1 })
  version!: number;

  @Field(() => Int, { description: 'Revision number: 1 for a new identity, one more for each change of an approved one (reviewed again).' })
  @Column({ type: 'int', default: 1 })
  revision!: number;

  /** The approved identity this revision will replace once approved; it backs the numbers meanwhile. */
  @Column({ name: 'previous_revision_id', type: 'varchar', length: 36, nullable: true })
  previousRevisionId!: string | null;

  @Field(() => String, { nullable: true, description: 'Company registration number, normalised (SIREN or SIRET in France).' })
  @Column({ name: 'registration_number', type: 'varchar', length: 20, nullable: true })
  registrationNumber!: string | null;

  @Column({ name: 'address_line', type: 'varchar', length: 200, nullable: true })
  addressLine!: string | null;

  @Column({ name: 'postal_code', type: 'varchar', length: 20, nullable: true })
  postalCode!: string | null;

  @Column({ type: 'varchar', length: 100, nullable: true })
  city!: string | null;

  @Column({ name: 'address_country_code', type: 'varchar', length: 2, nullable: true })
  addressCountryCode!: string | null;

  @Field(() => String, { nullable: true, description: 'Contact email for the verification team.' })
  @Column({ name: 'contact_email', type: 'varchar', length: 254, nullable: true })
  contactEmail!: string | null;

  @Field(() => String, { nullable: true, description: 'Contact phone number, E.164.' })
  @Column({ name: 'contact_phone', type: 'varchar', length: 20, nullable: true })
  contactPhone!: string | null;

  @Field(() => String, { nullable: true, description: 'Why the identity was rejected: a summary of the rejected documents.' })
  @Column({ name: 'rejection_reason', type: 'varchar', length: 500, nullable: true })
  rejectionReason!: string | null;

  @Field({ description: 'When the identity was created.' })
  @CreateDateColumn({ name: 'created_at', type: 'datetime' })
  createdAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When the identity was last submitted for review.' })
  @Column({ name: 'submitted_at', type: 'datetime', nullable: true })
  submittedAt!: Date | null;

  /**
   * The submission time as an ISO string: the review queue's sort key. A string, so the kit's
   * keyset pager compares it the same way on SQLite and MySQL.
   */
  @Column({ name: 'queue_key', type: 'varchar', length: 30, nullable: true })
  queueKey!: string | null;

  @Field(() => Date, { nullable: true, description: 'When staff last decided on it.' })
  @Column({ name: 'reviewed_at', type: 'datetime', nullable: true })
  reviewedAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'When an approved identity stops being valid: the earliest end of validity of its documents.' })
  @Column({ name: 'valid_until', type: 'datetime', nullable: true })
  validUntil!: Date | null;
}
