import { registerEnumType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, type EntityManager } from 'typeorm';
import { Invoice, InvoiceStatus } from '../invoice/invoice.entity';
import { PaymentState } from '../payment/payment-state';

export enum RenewalState {
  /** Claimed by a run; its charge is under way. */
  CHARGING = 'CHARGING',
  PAID = 'PAID',
  /** The off-session charge failed (or no saved card): the invoice stays open, the customer pays it. */
  PAST_DUE = 'PAST_DUE',
  /** Nothing to invoice this month. */
  NOTHING_DUE = 'NOTHING_DUE',
}

export enum BillingStatus {
  ACTIVE = 'ACTIVE',
  PAST_DUE = 'PAST_DUE',
}
registerEnumType(BillingStatus, {
  name: 'BillingStatus',
  description: "Whether the account's subscriptions are paid up.",
  valuesConfig: {
    ACTIVE: { description: 'Every renewal is paid.' },
    PAST_DUE: { description: 'A renewal charge failed: pay the open invoice (confirmPayment on its payment; 3-D Secure when the bank asks).' },
  },
});

/** One account rolled into one period; the unique index makes a second run, or a second replica, skip it. */
@Entity({ name: 'renewals' })
@Index('uq_renewals_account_period', ['accountId', 'periodStart'], { unique: true })
@Index('uq_renewals_invoice', ['invoiceId'], { unique: true })
export class Renewal {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ name: 'account_id', type: 'varchar', length: 36 })
  accountId!: string;

  @Column({ name: 'period_start', type: 'varchar', length: 10 })
  periodStart!: string;

  @Column({ type: 'varchar', length: 16 })
  state!: RenewalState;

  @Column({ name: 'invoice_id', type: 'varchar', length: 36, nullable: true })
  invoiceId!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'datetime' })
  createdAt!: Date;
}

/** A renewal payment's answer: paid settles the invoice; a decline or 3-D Secure leaves it open, past due. */
export async function settleRenewal(tx: EntityManager, invoiceId: string, paymentState: PaymentState): Promise<void> {
  if (paymentState === PaymentState.SUCCEEDED) {
    await tx.getRepository(Invoice).update({ id: invoiceId }, { status: InvoiceStatus.PAID });
    await tx.getRepository(Renewal).update({ invoiceId }, { state: RenewalState.PAID });
  } else if (paymentState === PaymentState.REQUIRES_PAYMENT_METHOD || paymentState === PaymentState.REQUIRES_ACTION) {
    await tx.getRepository(Renewal).update({ invoiceId }, { state: RenewalState.PAST_DUE });
  }
}
