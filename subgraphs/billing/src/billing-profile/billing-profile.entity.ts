import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { Account } from '../account/account.entity';
import { CustomerKind } from '../quote/vat.enums';

export enum VatNumberStatus {
  VERIFIED = 'VERIFIED',
  UNVERIFIED = 'UNVERIFIED',
}
registerEnumType(VatNumberStatus, {
  name: 'VatNumberStatus',
  description: 'What the EU VAT registry (VIES) said of the VAT number.',
  valuesConfig: {
    VERIFIED: { description: 'VIES confirmed the number is registered: reverse charge can apply.' },
    UNVERIFIED: {
      description:
        "Not confirmed (VIES was unavailable, or the number is not an EU one): the customer's country VAT applies until it is. Save the profile again to retry.",
    },
  },
});

/** Who the account's quotes and invoices are addressed to. One per account. */
@ObjectType({ description: "Who the account's quotes and invoices are addressed to, and what decides their VAT. Required before a quote." })
@Entity({ name: 'billing_profiles' })
@Index('uq_billing_profiles_account', ['accountId'], { unique: true })
export class BillingProfile {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ name: 'account_id', type: 'varchar', length: 36 })
  accountId!: string;

  @ManyToOne(() => Account, { onDelete: 'CASCADE', onUpdate: 'NO ACTION' })
  @JoinColumn({ name: 'account_id', foreignKeyConstraintName: 'fk_billing_profiles_account' })
  account?: Account;

  @Field({ description: 'Legal name of the company, or the full name of an individual.' })
  @Column({ name: 'legal_name', type: 'varchar', length: 200 })
  legalName!: string;

  @Field({ description: 'Street address, first line.' })
  @Column({ name: 'address_line1', type: 'varchar', length: 200 })
  addressLine1!: string;

  @Field(() => String, { nullable: true, description: 'Street address, second line.' })
  @Column({ name: 'address_line2', type: 'varchar', length: 200, nullable: true })
  addressLine2!: string | null;

  @Field({ description: 'Postal code.' })
  @Column({ name: 'postal_code', type: 'varchar', length: 20 })
  postalCode!: string;

  @Field({ description: 'City.' })
  @Column({ type: 'varchar', length: 100 })
  city!: string;

  @Field({ description: 'Country of the billing address, ISO 3166-1 alpha-2: it decides the VAT.' })
  @Column({ name: 'country_code', type: 'varchar', length: 2 })
  countryCode!: string;

  @Field(() => CustomerKind, { description: 'Business or individual: it decides the VAT.' })
  @Column({ name: 'customer_kind', type: 'varchar', length: 16 })
  customerKind!: CustomerKind;

  @Field(() => String, { nullable: true, description: 'VAT number, normalized ("DE136695976"); businesses only.' })
  @Column({ name: 'vat_number', type: 'varchar', length: 20, nullable: true })
  vatNumber!: string | null;

  @Field(() => VatNumberStatus, { nullable: true, description: 'What VIES said of the VAT number; null without one.' })
  @Column({ name: 'vat_number_status', type: 'varchar', length: 16, nullable: true })
  vatNumberStatus!: VatNumberStatus | null;

  @Field(() => String, { nullable: true, description: 'SIREN of a French business (9 digits, Luhn checksum).' })
  @Column({ type: 'varchar', length: 9, nullable: true })
  siren!: string | null;

  @Field(() => Int, { description: 'Grows by one on every change; pass it as `expectedVersion` to change the profile.' })
  @Column({ type: 'int', default: 1 })
  version!: number;

  @Column({ name: 'created_by', type: 'varchar', length: 255, nullable: true })
  createdBy!: string | null;

  @Column({ name: 'updated_by', type: 'varchar', length: 255, nullable: true })
  updatedBy!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'datetime' })
  createdAt!: Date;

  @Field({ description: 'When the profile last changed.' })
  @UpdateDateColumn({ name: 'updated_at', type: 'datetime' })
  updatedAt!: Date;
}
