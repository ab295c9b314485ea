import { Directive, Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

export enum IdentityKind {
  BUSINESS = 'BUSINESS',
  INDIVIDUAL = 'INDIVIDUAL',
}
registerEnumType(IdentityKind, {
  name: 'IdentityKind',
  description: 'Who the identity is.',
  valuesConfig: {
    BUSINESS: { description: 'A company, proven by its certificate of incorporation.' },
    INDIVIDUAL: { description: 'A person.' },
  },
});

export enum ReviewState {
  PENDING = 'PENDING',
  APPROVED = 'APPROVED',
  REJECTED = 'REJECTED',
}
registerEnumType(ReviewState, {
  name: 'ReviewState',
  description: "Where the provider's review of an identity or document stands.",
  valuesConfig: {
    PENDING: { description: 'Waiting for review by the provider staff.' },
    APPROVED: { description: 'Verified; numbers may be linked to it.' },
    REJECTED: { description: 'Refused; the reason says what to fix.' },
  },
});

@Directive('@key(fields: "id")')
@ObjectType({ description: 'A verified (or to be verified) business or person that phone numbers are registered to.' })
@Entity({ name: 'identities' })
@Index('ix_identities_account_legal_name', ['accountId', 'legalName'])
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

  @Column({ name: 'country_code', type: 'varchar', length: 2 })
  countryCode!: string;

  @Field(() => ReviewState, { description: 'Review state of the identity as a whole.' })
  @Column({ name: 'review_state', type: 'varchar', length: 16 })
  reviewState!: ReviewState;

  @Field(() => String, { nullable: true, description: 'Why the identity was rejected.' })
  @Column({ name: 'rejection_reason', type: 'varchar', length: 500, nullable: true })
  rejectionReason!: string | null;

  @Field({ description: 'When the identity was submitted.' })
  @CreateDateColumn({ name: 'created_at', type: 'datetime' })
  createdAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When staff last decided on it.' })
  @Column({ name: 'reviewed_at', type: 'datetime', nullable: true })
  reviewedAt!: Date | null;
}
