import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

@Directive('@key(fields: "id")')
@ObjectType({ description: 'A customer account: the company that buys plans, numbers and dialers.' })
@Entity({ name: 'accounts' })
export class Account {
  @Field(() => ID, { description: 'Account id.' })
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Field({ description: 'Company name.' })
  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Field({ description: 'Country of the company, ISO 3166-1 alpha-2.' })
  @Column({ name: 'country_code', type: 'varchar', length: 2 })
  countryCode!: string;

  @Field({ description: 'Currency the account is billed in, ISO 4217.' })
  @Column({ type: 'varchar', length: 3 })
  currency!: string;

  @Field({ description: 'Where invoices and billing notices are sent.' })
  @Column({ name: 'billing_email', type: 'varchar', length: 254 })
  billingEmail!: string;

  @Field({ description: 'When the account was opened.' })
  @CreateDateColumn({ name: 'created_at', type: 'datetime' })
  createdAt!: Date;
}
