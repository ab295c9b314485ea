import { accept, newId, refuse, runMutation, type UserErrorValue } from '../../../../packages/kit/src';
import type { BillingServiceContext } from '../billing-profile/billing-profile.service';
import { requireBillingWrite } from '../permissions';
import { planChangeErrors } from '../plan-change/plan-change.errors';
import { pricingFacts, quoteExpiry } from '../plan-change/plan-change.pricing';
import { frozenTerms } from '../quote/frozen-terms';
import { Quote, QuoteLine } from '../quote/quote.entity';
import { QuoteState } from '../quote/quote-state';
import { payableNumberOrder } from './number-order-checkout';
import { numberOrderPaymentErrors } from './number-order.errors';
import { priceNumberOrder } from './number-order-pricing';
import type { NumberingFacts } from './numbering-facts';
import type { RequestNumberOrderQuoteInput } from './number-order-billing.inputs';

/**
 * "Continue" on a number order: billing reads the order from numbering (its lines and prices),
 * prices it (setup fees in full, monthly fees prorated to the month end, VAT) and freezes the
 * price as a quote, which `checkoutQuote` then charges like any other. The quote runs out with
 * the order's reservation, and in any case after an hour or at the end of the month.
 */
export class NumberOrderQuoteService {
  constructor(private readonly ctx: BillingServiceContext & { numbering: NumberingFacts }) {}

  async requestQuote(input: RequestNumberOrderQuoteInput): Promise<{ value: Quote | null; userErrors: UserErrorValue[] }> {
    const caller = requireBillingWrite(this.ctx.caller);
    const now = this.ctx.settings.clock();
    const order = await payableNumberOrder(this.ctx.numbering, input.numberOrderId, null, now);
    if (!order.ok) return { value: null, userErrors: order.userErrors };
    const accountId = order.value.accountId;
    const { idempotencyKey, ...request } = input;
    const outcome = await runMutation(this.ctx.db, {
      idempotency: { scope: accountId, operation: 'requestNumberOrderQuote', key: idempotencyKey, input: request },
      check: async () => {
        const [facts, account] = await Promise.all([pricingFacts(this.ctx.loaders, accountId, now), this.ctx.loaders.account.load(accountId)]);
        if (!account) return refuse(numberOrderPaymentErrors.notFound());
        if (!facts.profile || !facts.vat) return refuse({ ...planChangeErrors.profileRequired(), field: 'numberOrderId' });
        const foreign = order.value.lines.find((line) => line.currency !== account.currency);
        if (foreign) return refuse(numberOrderPaymentErrors.currency(foreign.currency, account.currency));
        return accept({ profile: facts.profile, vat: facts.vat, period: facts.period, currency: account.currency });
      },
      write: async (tx, { profile, vat, period, currency }) => {
        const priced = priceNumberOrder(order.value.lines, period, vat);
        const id = newId();
        const expiry = quoteExpiry(now, period.nextStart, this.ctx.settings.quoteLifetimeMs);
        await tx.getRepository(Quote).insert({
          id,
          accountId,
          planChangeId: null,
          planChangeVersion: null,
          numberOrderId: order.value.id,
          checkedOutNumberOrderId: null,
          state: QuoteState.OPEN,
          currency,
          ...frozenTerms(period, profile, vat),
          subtotalMinor: priced.subtotalDueNowMinor,
          vatMinor: priced.vatDueNowMinor,
          totalMinor: priced.totalDueNowMinor,
          monthlyAfterMinor: priced.monthlyAfterMinor,
          monthlyAfterVatMinor: priced.monthlyAfterVatMinor,
          seatChanges: [],
          // Never past the reservation: checkout after it would pay for numbers already released.
          expiresAt: new Date(Math.min(expiry.getTime(), order.value.holdUntil!.getTime())),
          createdBy: caller.subject,
          createdAt: now,
        });
        await tx.getRepository(QuoteLine).insert(
          priced.lines.map((line, position) => ({
            id: newId(),
            quoteId: id,
            position,
            kind: 'NUMBER' as const,
            planId: null,
            fromPlanId: null,
            extensionId: null,
            extensionNumber: null,
            numberOrderLineId: line.numberOrderLineId,
            e164: line.e164,
            setupFeeMinor: line.setupFeeMinor,
            quantity: 1,
            unitPriceMinor: line.monthlyFeeMinor,
            monthlyChangeMinor: line.monthlyFeeMinor,
            dueNowMinor: line.dueNowMinor,
            effective: 'NOW' as const,
            effectiveOn: period.today,
            description: line.description,
          })),
        );
        return accept({ quoteId: id });
      },
    });
    if (!outcome.ok) return { value: null, userErrors: outcome.userErrors };
    return { value: await this.ctx.db.getRepository(Quote).findOneBy({ id: outcome.value.quoteId }), userErrors: [] };
  }
}
