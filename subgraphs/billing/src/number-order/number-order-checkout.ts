import type { EntityManager } from 'typeorm';
import { numberOrderCheckedOut, numberOrderPaid } from '../../../../packages/events/src';
import { accept, nextAggregateVersion, newId, publishEvent, refuse, type Checked } from '../../../../packages/kit/src';
import type { Payment } from '../payment/payment.entity';
import { QuoteLine, type Quote } from '../quote/quote.entity';
import { billingPeriodAt } from '../quote/billing-calendar';
import { numberOrderPaymentErrors } from './number-order.errors';
import type { NumberingFacts, NumberOrderFacts } from './numbering-facts';
import { NumberSubscriptionLine, NumberSubscriptionState } from './number-subscription.entity';

/** The aggregate of billing's events about paying one order (numbered per order, in order). */
const PAYMENT_AGGREGATE = 'number-order-payment';

/**
 * An order billing may quote or check out: the caller's (numbering answers only for the caller),
 * DRAFT, with its reservation still holding the numbers. Numbering owns the order; billing reads
 * it as the caller, outside any transaction (numbering down: SUBGRAPH_UNAVAILABLE naming it).
 */
export async function payableNumberOrder(
  numbering: NumberingFacts,
  numberOrderId: string,
  accountId: string | null,
  now: Date,
): Promise<Checked<NumberOrderFacts>> {
  const order = await numbering.numberOrder(numberOrderId);
  if (!order || (accountId !== null && order.accountId !== accountId)) return refuse(numberOrderPaymentErrors.notFound());
  if (order.state !== 'DRAFT') return refuse(numberOrderPaymentErrors.notPayable(order.state));
  if (!order.holdUntil || order.holdUntil <= now) return refuse(numberOrderPaymentErrors.expiredHold());
  return accept(order);
}

/**
 * Checkout of a number order's quote, in checkout's transaction once the quote is ACCEPTED:
 * tells numbering (DRAFT -> PENDING_PAYMENT, numbers held while the payment runs).
 */
export async function publishNumberOrderCheckedOut(tx: EntityManager, quote: Quote, paymentId: string | null): Promise<void> {
  const numberOrderId = quote.numberOrderId!;
  await publishEvent(tx, numberOrderCheckedOut, {
    aggregateId: numberOrderId,
    aggregateVersion: await nextAggregateVersion(tx, PAYMENT_AGGREGATE, numberOrderId),
    accountId: quote.accountId,
    payload: { numberOrderId, quoteId: quote.id, paymentId },
  });
}

/**
 * A number order's quote paid (or free), in the transaction that records the payment, once: each
 * number joins the account's Numbers Orders subscription with its monthly fee, and numbering is
 * told (`billing.number-order.paid`), which moves the order on by its identity's state.
 */
export async function applyPaidNumberOrder(tx: EntityManager, quote: Quote, payment: Payment | null, now: Date): Promise<void> {
  const lines = await tx.getRepository(QuoteLine).find({ where: { quoteId: quote.id }, order: { position: 'ASC' } });
  const startedOn = billingPeriodAt(now).today;
  await tx.getRepository(NumberSubscriptionLine).insert(
    lines
      .filter((line) => line.kind === 'NUMBER')
      .map((line) => ({
        id: newId(),
        accountId: quote.accountId,
        numberOrderId: quote.numberOrderId!,
        numberOrderLineId: line.numberOrderLineId!,
        e164: line.e164!,
        monthlyFeeMinor: line.monthlyChangeMinor,
        currency: quote.currency,
        state: NumberSubscriptionState.ACTIVE,
        paymentId: payment?.id ?? null,
        startedOn,
        endsOn: null,
      })),
  );
  await publishEvent(tx, numberOrderPaid, {
    aggregateId: quote.numberOrderId!,
    aggregateVersion: await nextAggregateVersion(tx, PAYMENT_AGGREGATE, quote.numberOrderId!),
    accountId: quote.accountId,
    payload: { numberOrderId: quote.numberOrderId!, quoteId: quote.id, paymentId: payment?.id ?? null },
  });
}
