import { In, type DataSource, type EntityManager } from 'typeorm';
import { inTransaction, newId, type UserErrorValue } from '../../../../packages/kit/src';
import { applyTransition } from '../../../../packages/kit/src';
import { Quote } from '../quote/quote.entity';
import { issueInvoiceForPayment } from '../invoice/issue-invoice';
import { settleRenewal } from '../renewal/renewal.entity';
import { applyPaidQuote } from './apply-plan-change';
import { applyPaidNumberOrder } from '../number-order/number-order-checkout';
import type { PaymentProvider, ProviderPayment } from './payment-provider';
import { PAYMENT_TRANSITIONS, PaymentState, type PaymentEvent } from './payment-state';
import { Payment, PaymentAttempt } from './payment.entity';
import { paymentErrors } from './payment.errors';

const EVENT_OF: Record<ProviderPayment['status'], PaymentEvent> = {
  succeeded: 'SUCCEED',
  requires_action: 'REQUIRE_ACTION',
  requires_payment_method: 'DECLINE',
  processing: 'PROCESS',
  canceled: 'CANCEL',
};

/**
 * Talks to the payment provider and records what it says. Runs without a caller (also from the
 * 3-D Secure page and, later, webhooks): callers are checked by the mutations before they get here.
 */
export class PaymentService {
  constructor(
    private readonly db: DataSource,
    private readonly provider: PaymentProvider,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  /**
   * Charges the current attempt (state REQUIRES_CONFIRMATION), with the idempotency key
   * `<payment id>:<attempt>`: a retry after a lost answer or a provider outage gets the first
   * outcome, never a second charge. Nothing is applied unless the provider says succeeded.
   */
  async confirm(paymentId: string): Promise<UserErrorValue[]> {
    const payment = await this.db.getRepository(Payment).findOneByOrFail({ id: paymentId });
    if (payment.state !== PaymentState.REQUIRES_CONFIRMATION) return [];
    let answer: ProviderPayment;
    try {
      answer = await this.provider.confirm({
        amountMinor: payment.amountMinor,
        currency: payment.currency,
        paymentMethod: payment.paymentMethod!,
        idempotencyKey: `${payment.id}:${payment.attempt}`,
        returnUrl: payment.returnUrl,
        paymentId: payment.id,
        offSession: payment.invoiceId !== null,
      });
    } catch {
      return [paymentErrors.unavailable()];
    }
    await this.record(payment.id, payment.attempt, answer);
    return [];
  }

  /** Asks the provider again (after 3-D Secure, or to recover a payment left mid-way). */
  async refresh(paymentId: string): Promise<UserErrorValue[]> {
    const payment = await this.db.getRepository(Payment).findOneByOrFail({ id: paymentId });
    // No provider id yet: the answer to the confirm was lost; the same idempotency key asks again.
    if (!payment.providerPaymentId) return this.confirm(paymentId);
    try {
      await this.record(payment.id, payment.attempt, await this.provider.retrieve(payment.providerPaymentId));
      return [];
    } catch {
      return [paymentErrors.unavailable()];
    }
  }

  /**
   * Records one provider answer in one transaction: the attempt, the payment's new state (by a
   * conditional write on its version, so a duplicate answer changes nothing), and on success the
   * plan change applied (or the number order's numbers subscribed and numbering told) and the
   * invoice issued, once.
   */
  async record(paymentId: string, attempt: number, answer: ProviderPayment): Promise<void> {
    await inTransaction(this.db, (tx) => this.recordIn(tx, paymentId, attempt, answer));
  }

  /** `record` inside a transaction the caller holds (the webhook's, with its idempotency record). */
  async recordIn(tx: EntityManager, paymentId: string, attempt: number, answer: ProviderPayment): Promise<void> {
    const payment = await tx.getRepository(Payment).findOneByOrFail({ id: paymentId });
    if (payment.attempt !== attempt) return; // an answer about an older card
    const transition = applyTransition(PAYMENT_TRANSITIONS, payment.state, EVENT_OF[answer.status]);
    if (!transition.ok) return; // already recorded (the same answer twice), or a terminal state
    const changed = await tx.getRepository(Payment).update(
      { id: payment.id, version: payment.version },
      {
        state: transition.to,
        version: payment.version + 1,
        providerPaymentId: answer.id,
        nextActionUrl: answer.nextActionUrl,
        clientSecret: answer.clientSecret,
        lastErrorCode: answer.errorCode ?? payment.lastErrorCode,
        lastDeclineCode: answer.declineCode ?? (answer.errorCode ? null : payment.lastDeclineCode),
      },
    );
    if (changed.affected !== 1) return;
    const position = await tx.getRepository(PaymentAttempt).countBy({ paymentId: payment.id });
    await tx.getRepository(PaymentAttempt).insert({
      id: newId(),
      paymentId: payment.id,
      position,
      attempt,
      providerStatus: answer.status,
      errorCode: answer.errorCode,
      declineCode: answer.declineCode,
    });
    if (payment.invoiceId) {
      await settleRenewal(tx, payment.invoiceId, transition.to);
    } else if (transition.to === PaymentState.SUCCEEDED) {
      const quote = await tx.getRepository(Quote).findOneByOrFail({ id: payment.quoteId! });
      if (quote.numberOrderId) await applyPaidNumberOrder(tx, quote, payment, this.clock());
      else await applyPaidQuote(tx, quote);
      await issueInvoiceForPayment(tx, payment, quote, this.clock());
    }
  }

  /**
   * Run at every start: payments left waiting for the provider's answer (billing stopped, or the
   * answer was lost) are asked again with the same idempotency key, so a charge that went through
   * is recorded and applied once, and nothing is charged twice. Returns how many were settled.
   */
  async recoverPending(): Promise<number> {
    const pending = await this.db.getRepository(Payment).find({ where: { state: In([PaymentState.REQUIRES_CONFIRMATION, PaymentState.PROCESSING]) } });
    let settled = 0;
    for (const payment of pending) if ((await this.refresh(payment.id)).length === 0) settled += 1;
    return settled;
  }

  /** Ends a payment nothing more may be charged for (CANCELED, when its state allows it); false otherwise. */
  cancel(paymentId: string): Promise<boolean> {
    return this.move(paymentId, 'CANCEL', () => ({ nextActionUrl: null }));
  }

  /** A new card for a declined payment: the next attempt, with a fresh idempotency key (and, given, a new 3-D Secure return URL). */
  attach(paymentId: string, paymentMethod: string, returnUrl: string | null = null): Promise<boolean> {
    return this.move(paymentId, 'ATTACH', (payment) => ({
      paymentMethod,
      attempt: payment.attempt + 1,
      nextActionUrl: null,
      returnUrl: returnUrl ?? payment.returnUrl,
    }));
  }

  /** A customer's move of a payment through its transitions table, by a conditional write on its version; false when not allowed or raced. */
  private async move(paymentId: string, event: PaymentEvent, changes: (payment: Payment) => Partial<Payment>): Promise<boolean> {
    const payment = await this.db.getRepository(Payment).findOneByOrFail({ id: paymentId });
    const transition = applyTransition(PAYMENT_TRANSITIONS, payment.state, event);
    if (!transition.ok) return false;
    const changed = await this.db
      .getRepository(Payment)
      .update({ id: payment.id, version: payment.version }, { ...changes(payment), state: transition.to, version: payment.version + 1 });
    return changed.affected === 1;
  }
}
