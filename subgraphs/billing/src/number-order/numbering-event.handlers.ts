import type { EntityManager } from 'typeorm';
import { numberOrderLineFailed, phoneNumberReleased } from '../../../../packages/events/src';
import { newId, on, type EventHandler } from '../../../../packages/kit/src';
import type { PaymentProvider } from '../payment/payment-provider';
import { Payment } from '../payment/payment.entity';
import { billingPeriodAt } from '../quote/billing-calendar';
import { Quote, QuoteLine } from '../quote/quote.entity';
import { lineRefund } from './number-order-pricing';
import { Invoice } from '../invoice/invoice.entity';
import { writeCreditNote } from '../invoice/credit-note.service';
import { NumberSubscriptionLine, NumberSubscriptionState, Refund } from './number-subscription.entity';

/**
 * Numbering's events about paid numbers, in the inbox's transaction (applied once per event):
 * - a paid line that failed (or whose order was cancelled before the payment succeeded) is
 *   refunded: its amount due now plus VAT, at the provider with the line as idempotency key, so a
 *   retry after a rollback refunds once, and documented by a partial credit note of the paid
 *   invoice; its subscription line ends. The provider down fails the
 *   handler: the relay retries it later (and parks it for staff after the last attempt);
 * - a released number's subscription line ends at the end of the period already paid.
 */
export function numberingEventHandlers(provider: PaymentProvider, clock: () => Date): EventHandler[] {
  const refundLine = lineRefunder(provider, clock);
  return [
    on(numberOrderLineFailed, async (tx, event) => {
      const line = await tx.getRepository(NumberSubscriptionLine).findOneBy({ numberOrderLineId: event.payload.numberOrderLineId });
      if (!line || line.accountId !== event.accountId || line.state === NumberSubscriptionState.REFUNDED) return;
      const today = billingPeriodAt(clock()).today;
      await refundLine(tx, line, event.payload.reason || 'The number could not be activated.');
      await tx.getRepository(NumberSubscriptionLine).update({ id: line.id }, { state: NumberSubscriptionState.REFUNDED, endsOn: today });
    }),
    on(phoneNumberReleased, async (tx, event) => {
      const nextStart = billingPeriodAt(clock()).nextStart;
      await tx
        .getRepository(NumberSubscriptionLine)
        .update(
          { accountId: event.accountId!, e164: event.payload.e164, state: NumberSubscriptionState.ACTIVE },
          { state: NumberSubscriptionState.ENDING, endsOn: nextStart },
        );
    }),
  ];
}

/**
 * Refunds one line at the provider and documents it with a partial credit note of the paid
 * invoice (same gapless series): the line's amount before VAT and its VAT, negated.
 */
function lineRefunder(provider: PaymentProvider, clock: () => Date) {
  return async (tx: EntityManager, line: NumberSubscriptionLine, reason: string): Promise<void> => {
    const payment = line.paymentId ? await tx.getRepository(Payment).findOneBy({ id: line.paymentId }) : null;
    if (!payment?.providerPaymentId || !payment.quoteId) return; // a free order: nothing was charged
    const [quote, quoteLine, earlier, invoice] = await Promise.all([
      tx.getRepository(Quote).findOneByOrFail({ id: payment.quoteId }),
      tx.getRepository(QuoteLine).findOneByOrFail({ quoteId: payment.quoteId, numberOrderLineId: line.numberOrderLineId }),
      tx.getRepository(Refund).findBy({ paymentId: payment.id }),
      tx.getRepository(Invoice).findOneByOrFail({ paymentId: payment.id }),
    ]);
    const left = payment.amountMinor - earlier.reduce((sum, refund) => sum + refund.amountMinor, 0);
    const { netMinor, vatMinor } = lineRefund(quoteLine, quote.vatRateBasisPoints, left);
    const amountMinor = netMinor + vatMinor;
    const providerRefund =
      amountMinor > 0
        ? await provider.refund({ providerPaymentId: payment.providerPaymentId, amountMinor, idempotencyKey: `refund:${line.numberOrderLineId}` })
        : { id: 'nothing-left' };
    const creditNoteId =
      amountMinor > 0
        ? await writeCreditNote(tx, invoice, {
            creditedInvoiceId: null,
            reason: `Refund of ${line.e164} (invoice ${invoice.number}): ${reason}`.slice(0, 200),
            createdBy: null,
            issuedOn: billingPeriodAt(clock()).today,
            subtotalMinor: netMinor,
            vatMinor,
            lines: [{ description: `Refund: ${quoteLine.description}`, quantity: 1, amountMinor: netMinor }],
          })
        : null;
    await tx.getRepository(Refund).insert({
      creditNoteId,
      id: newId(),
      accountId: line.accountId,
      paymentId: payment.id,
      numberOrderLineId: line.numberOrderLineId,
      e164: line.e164,
      amountMinor,
      currency: payment.currency,
      reason: reason.slice(0, 200),
      providerRefundId: providerRefund.id,
    });
  };
}
