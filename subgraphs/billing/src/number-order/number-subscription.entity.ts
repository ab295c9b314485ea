import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Account } from '../account/account.entity';

export enum NumberSubscriptionState {
  ACTIVE = 'ACTIVE',
  ENDING = 'ENDING',
  REFUNDED = 'REFUNDED',
}
registerEnumType(NumberSubscriptionState, {
  name: 'NumberSubscriptionState',
  description: 'Where one number of the Numbers Orders subscription stands.',
  valuesConfig: {
    ACTIVE: { description: 'Paid for this period; renews each month.' },
    ENDING: { description: 'Released: billed to `endsOn` (the end of the period paid), then gone; nothing renews.' },
    REFUNDED: { description: 'Never activated (the carrier failed it, or the order was cancelled before payment): refunded.' },
  },
});

/**
 * One number on the account's "Numbers Orders" subscription, with its monthly fee: written when
 * the order's payment succeeds (one per order line: the unique index keeps a payment event
 * applied twice from adding it twice).
 */
@ObjectType({ description: 'One number on the "Numbers Orders" subscription: its monthly fee, from its order.' })
@Entity({ name: 'number_subscription_lines' })
@Index('uq_number_subscription_lines_order_line', ['numberOrderLineId'], { unique: true })
@Index('ix_number_subscription_lines_account', ['accountId', 'id'])
export class NumberSubscriptionLine {
  @Field(() => ID, { description: 'Subscription line id.' })
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ name: 'account_id', type: 'varchar', length: 36 })
  accountId!: string;

  @ManyToOne(() => Account, { onDelete: 'CASCADE', onUpdate: 'NO ACTION' })
  @JoinColumn({ name: 'account_id', foreignKeyConstraintName: 'fk_number_subscription_lines_account' })
  account?: Account;

  @Field(() => ID, { description: 'The number order that bought it (numbering owns orders).' })
  @Column({ name: 'number_order_id', type: 'varchar', length: 36 })
  numberOrderId!: string;

  @Field(() => ID, { description: "The order's line: one number." })
  @Column({ name: 'number_order_line_id', type: 'varchar', length: 36 })
  numberOrderLineId!: string;

  @Field({ description: 'The number in E.164 form.' })
  @Column({ type: 'varchar', length: 16 })
  e164!: string;

  @Column({ name: 'monthly_fee_minor', type: 'int' })
  monthlyFeeMinor!: number;

  @Column({ type: 'varchar', length: 3 })
  currency!: string;

  @Field(() => NumberSubscriptionState, { description: 'Where it stands.' })
  @Column({ type: 'varchar', length: 16 })
  state!: NumberSubscriptionState;

  /** The payment that bought it: the refund of the line is taken from it. */
  @Column({ name: 'payment_id', type: 'varchar', length: 36, nullable: true })
  paymentId!: string | null;

  @Field({ description: 'The first day paid for (ISO date, Europe/Paris).' })
  @Column({ name: 'started_on', type: 'varchar', length: 10 })
  startedOn!: string;

  @Field(() => String, { nullable: true, description: 'ENDING: the first day no longer paid for (the next period start); null otherwise.' })
  @Column({ name: 'ends_on', type: 'varchar', length: 10, nullable: true })
  endsOn!: string | null;

  @Field({ description: 'When it was added.' })
  @CreateDateColumn({ name: 'created_at', type: 'datetime' })
  createdAt!: Date;
}

/** A refund of one paid number the account did not get; the order line is its key (refunded once). */
@ObjectType({ description: 'Money given back on a payment: a paid number that was never activated.' })
@Entity({ name: 'refunds' })
@Index('uq_refunds_order_line', ['numberOrderLineId'], { unique: true })
@Index('ix_refunds_payment', ['paymentId'])
export class Refund {
  @Field(() => ID, { description: 'Refund id.' })
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ name: 'account_id', type: 'varchar', length: 36 })
  accountId!: string;

  @Column({ name: 'payment_id', type: 'varchar', length: 36 })
  paymentId!: string;

  @Field(() => ID, { description: 'The order line refunded (one number).' })
  @Column({ name: 'number_order_line_id', type: 'varchar', length: 36 })
  numberOrderLineId!: string;

  @Field({ description: 'The number refunded, in E.164 form.' })
  @Column({ type: 'varchar', length: 16 })
  e164!: string;

  @Column({ name: 'amount_minor', type: 'int' })
  amountMinor!: number;

  @Column({ type: 'varchar', length: 3 })
  currency!: string;

  @Field({ description: 'Why, in words.' })
  @Column({ type: 'varchar', length: 200 })
  reason!: string;

  /** The provider's refund id (sandbox or Stripe). */
  @Column({ name: 'provider_refund_id', type: 'varchar', length: 255 })
  providerRefundId!: string;

  /** The credit note that documents it (a partial one of the paid invoice); null when nothing was given back. */
  @Column({ name: 'credit_note_id', type: 'varchar', length: 36, nullable: true })
  creditNoteId!: string | null;

  @Field({ description: 'When it was refunded.' })
  @CreateDateColumn({ name: 'created_at', type: 'datetime' })
  createdAt!: Date;
}
