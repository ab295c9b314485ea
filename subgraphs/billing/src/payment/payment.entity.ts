import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { Account } from '../account/account.entity';
import { Quote } from '../quote/quote.entity';
import { PaymentState } from './payment-state';

/** The charge of a checked-out quote. One per quote (unique index): two checkouts make one payment. */
@ObjectType({ description: 'A card payment: of a checked-out quote, or of a renewal invoice (off-session). Card details never pass through this API.' })
@Entity({ name: 'payments' })
@Index('uq_payments_quote', ['quoteId'], { unique: true })
@Index('uq_payments_invoice', ['invoiceId'], { unique: true })
@Index('ix_payments_started', ['startedAt'])
export class Payment {
  @Field(() => ID, { description: 'Payment id.' })
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ name: 'account_id', type: 'varchar', length: 36 })
  accountId!: string;

  @ManyToOne(() => Account, { onDelete: 'CASCADE', onUpdate: 'NO ACTION' })
  @JoinColumn({ name: 'account_id', foreignKeyConstraintName: 'fk_payments_account' })
  account?: Account;

  /** A checkout's payment: the quote paid. Null for a renewal's. */
  @Column({ name: 'quote_id', type: 'varchar', length: 36, nullable: true })
  quoteId!: string | null;

  @ManyToOne(() => Quote, { onDelete: 'RESTRICT', onUpdate: 'NO ACTION' })
  @JoinColumn({ name: 'quote_id', foreignKeyConstraintName: 'fk_payments_quote' })
  quote?: Quote;

  /** When checkout created it (ISO instant, billing clock): the staff list's order and cursor. */
  @Column({ name: 'started_at', type: 'varchar', length: 24 })
  startedAt!: string;

  /** A renewal's payment: the month's invoice it pays (off-session). Null for a checkout's. */
  @Column({ name: 'invoice_id', type: 'varchar', length: 36, nullable: true })
  invoiceId!: string | null;

  @Field(() => PaymentState, { description: 'Where the payment stands.' })
  @Column({ type: 'varchar', length: 32 })
  state!: PaymentState;

  @Column({ name: 'amount_minor', type: 'int' })
  amountMinor!: number;

  @Column({ type: 'varchar', length: 3 })
  currency!: string;

  @Field({ description: 'Payment provider: "sandbox" or "stripe".' })
  @Column({ type: 'varchar', length: 16 })
  provider!: string;

  /** The payment method of the current attempt ("pm_..."), a provider reference, never card data. */
  @Column({ name: 'payment_method', type: 'varchar', length: 255, nullable: true })
  paymentMethod!: string | null;

  /** Grows with every card tried: the provider idempotency key is `<id>:<attempt>`. */
  @Column({ type: 'int', default: 1 })
  attempt!: number;

  @Column({ name: 'provider_payment_id', type: 'varchar', length: 255, nullable: true })
  providerPaymentId!: string | null;

  @Field(() => String, { nullable: true, description: "With REQUIRES_ACTION: where the customer completes 3-D Secure (on the API's public origin)." })
  @Column({ name: 'next_action_url', type: 'varchar', length: 1000, nullable: true })
  nextActionUrl!: string | null;

  @Field(() => String, { nullable: true, description: 'For Stripe.js (Stripe only); null for the sandbox.' })
  @Column({ name: 'client_secret', type: 'varchar', length: 255, nullable: true })
  clientSecret!: string | null;

  /** Checked against the allow-list at checkout: where 3-D Secure sends the customer back. */
  @Column({ name: 'return_url', type: 'varchar', length: 1000, nullable: true })
  returnUrl!: string | null;

  @Field(() => String, { nullable: true, description: 'Error code of the last failed attempt, for example "card_declined".' })
  @Column({ name: 'last_error_code', type: 'varchar', length: 64, nullable: true })
  lastErrorCode!: string | null;

  @Field(() => String, { nullable: true, description: 'Decline code of the last declined attempt, for example "insufficient_funds".' })
  @Column({ name: 'last_decline_code', type: 'varchar', length: 64, nullable: true })
  lastDeclineCode!: string | null;

  @Field(() => Int, { description: 'Grows by one on every change.' })
  @Column({ type: 'int', default: 1 })
  version!: number;

  @Field({ description: 'When the payment was created.' })
  @CreateDateColumn({ name: 'created_at', type: 'datetime' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'datetime' })
  updatedAt!: Date;
}

/** Every answer of the provider, kept with its decline code. */
@ObjectType({ description: 'One attempt to charge a payment, as the provider answered it.' })
@Entity({ name: 'payment_attempts' })
@Index('uq_payment_attempts_position', ['paymentId', 'position'], { unique: true })
export class PaymentAttempt {
  @Field(() => ID, { description: 'Attempt id.' })
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ name: 'payment_id', type: 'varchar', length: 36 })
  paymentId!: string;

  @ManyToOne(() => Payment, { onDelete: 'CASCADE', onUpdate: 'NO ACTION' })
  @JoinColumn({ name: 'payment_id', foreignKeyConstraintName: 'fk_payment_attempts_payment' })
  payment?: Payment;

  /** Order of the answers of one payment (0, 1, ...): timestamps tie within a second. */
  @Column({ type: 'int' })
  position!: number;

  @Field(() => Int, { description: 'The card attempt it belongs to (1 for the first card).' })
  @Column({ type: 'int' })
  attempt!: number;

  @Field({ description: 'The provider\'s status after this answer, for example "requires_payment_method".' })
  @Column({ name: 'provider_status', type: 'varchar', length: 32 })
  providerStatus!: string;

  @Field(() => String, { nullable: true, description: 'Error code, for example "card_declined".' })
  @Column({ name: 'error_code', type: 'varchar', length: 64, nullable: true })
  errorCode!: string | null;

  @Field(() => String, { nullable: true, description: 'Decline code, for example "generic_decline".' })
  @Column({ name: 'decline_code', type: 'varchar', length: 64, nullable: true })
  declineCode!: string | null;

  @Field({ description: 'When the provider answered.' })
  @CreateDateColumn({ name: 'created_at', type: 'datetime' })
  createdAt!: Date;
}

/** A removal or downgrade that takes effect at the next period (applied by the renewal). */
@Entity({ name: 'scheduled_seat_changes' })
@Index('ix_scheduled_seat_changes_due', ['accountId', 'effectiveOn'])
export class ScheduledSeatChange {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ name: 'account_id', type: 'varchar', length: 36 })
  accountId!: string;

  @Column({ name: 'quote_line_id', type: 'varchar', length: 36 })
  quoteLineId!: string;

  @Column({ name: 'plan_id', type: 'varchar', length: 36 })
  planId!: string;

  /** Users added to (positive) or removed from (negative) the plan. */
  @Column({ type: 'int' })
  delta!: number;

  @Column({ name: 'extension_id', type: 'varchar', length: 36, nullable: true })
  extensionId!: string | null;

  @Column({ name: 'effective_on', type: 'varchar', length: 10 })
  effectiveOn!: string;

  @Column({ name: 'applied_at', type: 'datetime', nullable: true })
  appliedAt!: Date | null;
}
