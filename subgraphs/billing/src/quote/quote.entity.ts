import { Field, ID, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Account } from '../account/account.entity';
import { PlanChange } from '../plan-change/plan-change.entity';
import type { SeatChange } from './pricing';
import { QuoteState } from './quote-state';
import type { CustomerKind, VatTreatment } from './vat';

/**
 * A priced plan change or number order, frozen: prices, proration day, VAT and the buyer as they
 * were when the customer clicked Continue. Checkout charges exactly this, or refuses it once expired.
 */
@ObjectType({
  description:
    'A frozen price of a plan change or of a number order: what checkout charges. Expires after one hour, in any case at the end of its billing period, and for a number order when its reservation runs out.',
})
@Entity({ name: 'quotes' })
@Index('ix_quotes_plan_change', ['planChangeId', 'createdAt'])
@Index('ix_quotes_account', ['accountId', 'createdAt'])
@Index('ix_quotes_number_order', ['numberOrderId'])
@Index('uq_quotes_checked_out_number_order', ['checkedOutNumberOrderId'], { unique: true })
export class Quote {
  @Field(() => ID, { description: 'Quote id.' })
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ name: 'account_id', type: 'varchar', length: 36 })
  accountId!: string;

  @ManyToOne(() => Account, { onDelete: 'CASCADE', onUpdate: 'NO ACTION' })
  @JoinColumn({ name: 'account_id', foreignKeyConstraintName: 'fk_quotes_account' })
  account?: Account;

  /** The plan change priced; null for a number order's quote. */
  @Column({ name: 'plan_change_id', type: 'varchar', length: 36, nullable: true })
  planChangeId!: string | null;

  @ManyToOne(() => PlanChange, { onDelete: 'CASCADE', onUpdate: 'NO ACTION' })
  @JoinColumn({ name: 'plan_change_id', foreignKeyConstraintName: 'fk_quotes_plan_change' })
  planChange?: PlanChange;

  /** The plan change's version the quote priced; a later edit supersedes the quote. Null for a number order's. */
  @Column({ name: 'plan_change_version', type: 'int', nullable: true })
  planChangeVersion!: number | null;

  /** The number order priced (numbering owns it); null for a plan change's quote. */
  @Column({ name: 'number_order_id', type: 'varchar', length: 36, nullable: true })
  numberOrderId!: string | null;

  /** Set with ACCEPTED on a number order's quote: the unique index lets one quote per order be checked out. */
  @Column({ name: 'checked_out_number_order_id', type: 'varchar', length: 36, nullable: true })
  checkedOutNumberOrderId!: string | null;

  /** Stored state; OPEN reads EXPIRED or SUPERSEDED when time or the plan change moved on. */
  @Column({ type: 'varchar', length: 16 })
  state!: QuoteState;

  @Column({ type: 'varchar', length: 3 })
  currency!: string;

  @Column({ name: 'proration_date', type: 'varchar', length: 10 })
  prorationDate!: string;

  @Column({ name: 'period_start', type: 'varchar', length: 10 })
  periodStart!: string;

  @Column({ name: 'next_period_start', type: 'varchar', length: 10 })
  nextPeriodStart!: string;

  @Column({ name: 'days_in_period', type: 'int' })
  daysInPeriod!: number;

  @Column({ name: 'days_charged', type: 'int' })
  daysCharged!: number;

  @Column({ name: 'buyer_legal_name', type: 'varchar', length: 200 })
  buyerLegalName!: string;

  @Column({ name: 'buyer_country_code', type: 'varchar', length: 2 })
  buyerCountryCode!: string;

  @Column({ name: 'buyer_kind', type: 'varchar', length: 16 })
  buyerKind!: CustomerKind;

  @Column({ name: 'buyer_vat_number', type: 'varchar', length: 20, nullable: true })
  buyerVatNumber!: string | null;

  @Column({ name: 'seller_vat_number', type: 'varchar', length: 20 })
  sellerVatNumber!: string;

  @Column({ name: 'vat_treatment', type: 'varchar', length: 24 })
  vatTreatment!: VatTreatment;

  @Column({ name: 'vat_rate_basis_points', type: 'int' })
  vatRateBasisPoints!: number;

  @Column({ name: 'vat_country_code', type: 'varchar', length: 2, nullable: true })
  vatCountryCode!: string | null;

  @Column({ name: 'vat_mention', type: 'varchar', length: 500, nullable: true })
  vatMention!: string | null;

  @Column({ name: 'subtotal_minor', type: 'int' })
  subtotalMinor!: number;

  @Column({ name: 'vat_minor', type: 'int' })
  vatMinor!: number;

  @Column({ name: 'total_minor', type: 'int' })
  totalMinor!: number;

  @Column({ name: 'monthly_after_minor', type: 'int' })
  monthlyAfterMinor!: number;

  @Column({ name: 'monthly_after_vat_minor', type: 'int' })
  monthlyAfterVatMinor!: number;

  /** Users per plan before, right after payment, and from the next period; read whole, never queried. */
  @Column({ name: 'seat_changes', type: 'simple-json' })
  seatChanges!: SeatChange[];

  @Field({ description: 'When the quote stops being accepted at checkout.' })
  @Column({ name: 'expires_at', type: 'datetime' })
  expiresAt!: Date;

  @Column({ name: 'created_by', type: 'varchar', length: 255, nullable: true })
  createdBy!: string | null;

  @Field({ description: 'When the quote was made (prices and proration frozen then).' })
  @CreateDateColumn({ name: 'created_at', type: 'datetime' })
  createdAt!: Date;
}

/** A plan change's line of a quote: a plan, never a number. */
export type PlanQuoteLine = QuoteLine & { kind: 'ADD' | 'EDIT' | 'REMOVE'; planId: string };

/** One priced line of a quote, frozen (see PricedLine in pricing.ts, PricedNumberLine in number-order-pricing.ts). Money in minor units. */
@Entity({ name: 'quote_lines' })
@Index('ix_quote_lines_quote', ['quoteId', 'position'])
export class QuoteLine {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ name: 'quote_id', type: 'varchar', length: 36 })
  quoteId!: string;

  @ManyToOne(() => Quote, { onDelete: 'CASCADE', onUpdate: 'NO ACTION' })
  @JoinColumn({ name: 'quote_id', foreignKeyConstraintName: 'fk_quote_lines_quote' })
  quote?: Quote;

  @Column({ type: 'int' })
  position!: number;

  @Column({ type: 'varchar', length: 8 })
  kind!: 'ADD' | 'EDIT' | 'REMOVE' | 'NUMBER';

  /** The plan of a plan change's line; null for a number. */
  @Column({ name: 'plan_id', type: 'varchar', length: 36, nullable: true })
  planId!: string | null;

  /** A number order's line (numbering owns it): one number. */
  @Column({ name: 'number_order_line_id', type: 'varchar', length: 36, nullable: true })
  numberOrderLineId!: string | null;

  @Column({ type: 'varchar', length: 16, nullable: true })
  e164!: string | null;

  /** A number's one-time fee, charged in full (its `dueNowMinor` adds the prorated monthly fee). */
  @Column({ name: 'setup_fee_minor', type: 'int', nullable: true })
  setupFeeMinor!: number | null;

  @Column({ name: 'from_plan_id', type: 'varchar', length: 36, nullable: true })
  fromPlanId!: string | null;

  @Column({ name: 'extension_id', type: 'varchar', length: 36, nullable: true })
  extensionId!: string | null;

  @Column({ name: 'extension_number', type: 'varchar', length: 8, nullable: true })
  extensionNumber!: string | null;

  @Column({ type: 'int' })
  quantity!: number;

  @Column({ name: 'unit_price_minor', type: 'int' })
  unitPriceMinor!: number;

  @Column({ name: 'monthly_change_minor', type: 'int' })
  monthlyChangeMinor!: number;

  @Column({ name: 'due_now_minor', type: 'int' })
  dueNowMinor!: number;

  @Column({ type: 'varchar', length: 16 })
  effective!: 'NOW' | 'NEXT_PERIOD';

  @Column({ name: 'effective_on', type: 'varchar', length: 10 })
  effectiveOn!: string;

  @Column({ type: 'varchar', length: 300 })
  description!: string;
}
