import type { EntityManager } from 'typeorm';
import {
  accept,
  accountForWrite,
  isUniqueViolation,
  newId,
  notFound,
  refuse,
  runMutation,
  updateVersioned,
  userError,
  versionConflict,
  type Caller,
  type Checked,
  type UserErrorValue,
} from '../../../../packages/kit/src';
import type { BillingServiceContext } from '../billing-profile/billing-profile.service';
import type { TelephonyFacts } from '../external/telephony-facts';
import { applyTransition } from '../../../../packages/kit/src';
import { requireBillingWrite } from '../permissions';
import { PlanFamily } from '../plan/plan.entity';
import { priceChange, type LineDraft } from '../quote/pricing';
import { frozenTerms } from '../quote/frozen-terms';
import { Quote, QuoteLine } from '../quote/quote.entity';
import { effectiveQuoteState, QuoteState } from '../quote/quote-state';
import { applyPaidQuote } from '../payment/apply-plan-change';
import { applyPaidNumberOrder, payableNumberOrder, publishNumberOrderCheckedOut } from '../number-order/number-order-checkout';
import { numberOrderPaymentErrors } from '../number-order/number-order.errors';
import type { NumberingFacts } from '../number-order/numbering-facts';
import { PaymentState } from '../payment/payment-state';
import { Payment } from '../payment/payment.entity';
import { isAllowedReturnUrl, paymentErrors } from '../payment/payment.errors';
import type { PaymentService } from '../payment/payment.service';
import { PLAN_CHANGE_TRANSITIONS, PlanChangeState, type PlanChangeEvent } from './plan-change-state';
import { PlanChange, PlanChangeLine } from './plan-change.entity';
import { planChangeErrors } from './plan-change.errors';
import type {
  CancelPlanChangeInput,
  CheckoutQuoteInput,
  ConfirmPaymentInput,
  RequestQuoteInput,
  StartPlanChangeInput,
  UpdatePlanChangeInput,
} from './plan-change.inputs';
import { pricingFacts, quoteExpiry, toDraft, toRequest } from './plan-change.pricing';
import { checkPlanChangeLines, type ExtensionFact, type PlanChangeLinesRequest } from './plan-change.rules';

type Outcome<T> = { value: T | null; userErrors: UserErrorValue[] };
type CheckoutOutcome = { quote: Quote | null; payment: Payment | null; userErrors: UserErrorValue[] };

const PLAN_CHANGE = 'plan change';

/**
 * The Upgrade/Downgrade cart: start one per family, replace its lines (checked against the
 * catalogue, the account's seats and, for extensions, telephony), cancel it, and freeze its price
 * as a quote. Reads of telephony happen in `check`, outside any transaction.
 */
export class PlanChangeService {
  constructor(private readonly ctx: BillingServiceContext & { telephony: TelephonyFacts; numbering: NumberingFacts; payments: PaymentService }) {}

  private now = () => this.ctx.settings.clock();

  async start(input: StartPlanChangeInput): Promise<Outcome<PlanChange>> {
    const caller = requireBillingWrite(this.ctx.caller);
    const account = accountForWrite(caller, input.accountId);
    if (!account.ok) return { value: null, userErrors: account.userErrors };
    const accountId = account.value;
    if (!(await this.ctx.loaders.account.load(accountId))) return { value: null, userErrors: [notFound('account', 'accountId')] };
    const outcome = await runMutation(this.ctx.db, {
      check: async () => accept(null),
      // The open cart of the family if there is one (Upgrade/Downgrade clicked twice, or by two
      // tabs at once: the unique index `uq_plan_changes_open` lets only one be created).
      write: async (tx) => {
        const open = await tx.getRepository(PlanChange).findOneBy({ accountId, openFamily: input.family });
        if (open) return accept({ id: open.id });
        const id = newId();
        try {
          await tx.getRepository(PlanChange).insert({
            id,
            accountId,
            family: input.family,
            openFamily: input.family,
            state: PlanChangeState.OPEN,
            startedAt: this.now().toISOString(),
            version: 1,
            createdBy: caller.subject,
            updatedBy: caller.subject,
          });
        } catch (error) {
          if (!isUniqueViolation(error)) throw error;
          return refuse(userError('VERSION_CONFLICT', 'Another request opened this plan change at the same time; start again to get it.', 'family'));
        }
        return accept({ id });
      },
    });
    if (!outcome.ok) return { value: null, userErrors: outcome.userErrors };
    return { value: await this.reload(outcome.value.id), userErrors: [] };
  }

  async update(input: UpdatePlanChangeInput): Promise<Outcome<PlanChange>> {
    const caller = requireBillingWrite(this.ctx.caller);
    const change = await this.ctx.loaders.planChange.load(input.id);
    if (!change) return { value: null, userErrors: [notFound(PLAN_CHANGE)] };
    const outcome = await runMutation(this.ctx.db, {
      check: async () => {
        const allowed = this.allowed(change, 'EDIT', input.expectedVersion);
        if (!allowed.ok) return allowed;
        return this.checkLines(change, input);
      },
      write: async (tx, lines) => {
        const current = (await tx.getRepository(PlanChangeLine).find({ where: { planChangeId: change.id }, order: { position: 'ASC' } })).map(toDraft);
        // The same lines again: nothing changes, and the version stays (a bump would only make others conflict).
        if (JSON.stringify(current) === JSON.stringify(lines))
          return change.version === input.expectedVersion ? accept(null) : refuse(versionConflict(PLAN_CHANGE));
        return this.writeLines(tx, change, input.expectedVersion, lines, caller);
      },
    });
    if (!outcome.ok) return { value: null, userErrors: outcome.userErrors };
    return { value: await this.reload(change.id), userErrors: [] };
  }

  async cancel(input: CancelPlanChangeInput): Promise<Outcome<PlanChange>> {
    const caller = requireBillingWrite(this.ctx.caller);
    const change = await this.ctx.loaders.planChange.load(input.id);
    if (!change) return { value: null, userErrors: [notFound(PLAN_CHANGE)] };
    const outcome = await runMutation(this.ctx.db, {
      check: async () => this.allowed(change, 'CANCEL', input.expectedVersion),
      write: async (tx, to) => {
        const result = await updateVersioned(
          tx,
          PlanChange,
          { id: change.id, expectedVersion: input.expectedVersion, where: { accountId: change.accountId } },
          { state: to, openFamily: null, updatedBy: caller.subject },
        );
        return result === 'done' ? accept(null) : refuse(result === 'not-found' ? notFound(PLAN_CHANGE) : versionConflict(PLAN_CHANGE));
      },
    });
    if (!outcome.ok) return { value: null, userErrors: outcome.userErrors };
    return { value: await this.reload(change.id), userErrors: [] };
  }

  /**
   * "Continue": checks the lines again against fresh facts (an extension may have gone since),
   * prices them at the billing clock's now and freezes the result as a quote.
   */
  async requestQuote(input: RequestQuoteInput): Promise<Outcome<Quote>> {
    const caller = requireBillingWrite(this.ctx.caller);
    const change = await this.ctx.loaders.planChange.load(input.planChangeId);
    if (!change) return { value: null, userErrors: [notFound(PLAN_CHANGE, 'planChangeId')] };
    const { idempotencyKey, ...request } = input;
    const outcome = await runMutation(this.ctx.db, {
      idempotency: { scope: change.accountId, operation: 'requestQuote', key: idempotencyKey, input: request },
      check: async () => {
        const allowed = this.allowed(change, 'CHECK_OUT', input.expectedVersion, 'planChangeId');
        if (!allowed.ok) return allowed;
        const stored = (await this.ctx.loaders.planChangeLines.load(change.id)).map(toDraft);
        if (stored.length === 0) return refuse(planChangeErrors.empty());
        const facts = await pricingFacts(this.ctx.loaders, change.accountId, this.now());
        if (!facts.profile || !facts.vat) return refuse(planChangeErrors.profileRequired());
        const lines = await this.checkLines(change, toRequest(stored));
        if (!lines.ok) return lines;
        return accept({ facts, lines: lines.value });
      },
      write: async (tx, { facts, lines }) => {
        const now = this.now();
        const priced = priceChange({ family: change.family, lines, plans: facts.plans, seatsBefore: facts.seatsBefore, period: facts.period, vat: facts.vat });
        // The quote is for this version only: the plan change must still have it.
        const still = await tx.getRepository(PlanChange).existsBy({ id: change.id, version: input.expectedVersion, state: PlanChangeState.OPEN });
        if (!still) return refuse(versionConflict(PLAN_CHANGE));
        const id = newId();
        const profile = facts.profile!;
        const vat = priced.vat!;
        await tx.getRepository(Quote).insert({
          id,
          accountId: change.accountId,
          planChangeId: change.id,
          planChangeVersion: change.version,
          state: QuoteState.OPEN,
          numberOrderId: null,
          checkedOutNumberOrderId: null,
          currency: (await this.ctx.loaders.account.load(change.accountId))!.currency,
          ...frozenTerms(priced.period, profile, vat),
          subtotalMinor: priced.subtotalDueNowMinor,
          vatMinor: priced.vatDueNowMinor!,
          totalMinor: priced.totalDueNowMinor!,
          monthlyAfterMinor: priced.monthlyAfterMinor,
          monthlyAfterVatMinor: priced.monthlyAfterVatMinor!,
          seatChanges: priced.seats,
          expiresAt: quoteExpiry(now, priced.period.nextStart, this.ctx.settings.quoteLifetimeMs),
          createdBy: caller.subject,
          createdAt: now,
        });
        await tx.getRepository(QuoteLine).insert(priced.lines.map((line, position) => ({ ...line, id: newId(), quoteId: id, position })));
        return accept({ quoteId: id });
      },
    });
    if (!outcome.ok) return { value: null, userErrors: outcome.userErrors };
    return { value: await this.ctx.db.getRepository(Quote).findOneBy({ id: outcome.value.quoteId }), userErrors: [] };
  }

  /**
   * "Checkout": accepts an open quote once and creates its one payment (unique per quote), then
   * charges it. An expired or superseded quote is refused (QUOTE_EXPIRED). Nothing due now
   * (removals, downgrades): no payment, applied at once (scheduled lines wait for the period).
   * A second checkout of the same quote, with any key, gets the same payment back.
   * A number order's quote: the order must still be DRAFT with its numbers held (read from
   * numbering), one quote per order is accepted (unique index), and numbering is told by event.
   */
  async checkout(input: CheckoutQuoteInput): Promise<CheckoutOutcome> {
    const caller = requireBillingWrite(this.ctx.caller);
    const quote = await this.ctx.loaders.quote.load(input.quoteId);
    if (!quote) return { quote: null, payment: null, userErrors: [notFound('quote', 'quoteId')] };
    const expired = () => refuse(userError('QUOTE_EXPIRED', 'This quote has expired or its plan change changed since; ask for a fresh quote.', 'quoteId'));
    const existing = () => this.ctx.db.getRepository(Payment).findOneBy({ quoteId: quote.id });
    const { idempotencyKey, ...request } = input;
    const outcome = await runMutation(this.ctx.db, {
      idempotency: { scope: quote.accountId, operation: 'checkoutQuote', key: idempotencyKey, input: request },
      check: async (): Promise<Checked<{ change: PlanChange | null } | null>> => {
        if (quote.state === QuoteState.ACCEPTED) return accept(null); // the payment exists: answered below
        const change = quote.planChangeId ? await this.ctx.loaders.planChange.load(quote.planChangeId) : null;
        const state = effectiveQuoteState(quote, change?.version ?? null, this.now());
        if (state !== QuoteState.OPEN) return expired();
        if (quote.totalMinor > 0 && !input.paymentMethod?.trim()) return refuse(paymentErrors.methodRequired());
        if (input.returnUrl && !isAllowedReturnUrl(input.returnUrl, this.ctx.settings.returnUrlOrigins)) return refuse(paymentErrors.returnUrlNotAllowed());
        if (quote.numberOrderId) {
          const order = await payableNumberOrder(this.ctx.numbering, quote.numberOrderId, quote.accountId, this.now());
          if (!order.ok) return order;
        } else if (!change) return expired();
        return accept({ change });
      },
      write: async (tx, checked): Promise<Checked<{ quoteId: string }>> => {
        const accepted = checked ? await this.acceptQuote(tx, quote) : 'taken';
        if (accepted === 'order-taken') return refuse(numberOrderPaymentErrors.notPayable('already checked out with another quote'));
        if (accepted === 'taken') {
          // Accepted by a concurrent checkout (another key): its payment is the one.
          return (await tx.getRepository(Payment).existsBy({ quoteId: quote.id })) ||
            (await tx.getRepository(Quote).existsBy({ id: quote.id, state: QuoteState.ACCEPTED }))
            ? accept({ quoteId: quote.id })
            : expired();
        }
        if (checked!.change) {
          const moved = await updateVersioned(
            tx,
            PlanChange,
            { id: checked!.change.id, expectedVersion: quote.planChangeVersion!, where: { state: PlanChangeState.OPEN } },
            { state: PlanChangeState.CHECKED_OUT, openFamily: null, updatedBy: caller.subject },
          );
          if (moved !== 'done') return expired();
        }
        const payment = quote.totalMinor > 0 ? await this.createPayment(tx, quote, input) : null;
        if (quote.numberOrderId) await publishNumberOrderCheckedOut(tx, quote, payment?.id ?? null);
        if (!payment) {
          if (quote.numberOrderId) await applyPaidNumberOrder(tx, quote, null, this.now());
          else await applyPaidQuote(tx, quote);
        }
        return accept({ quoteId: quote.id });
      },
    });
    if (!outcome.ok) return { quote: null, payment: null, userErrors: outcome.userErrors };
    // Outside any transaction: the provider may be slow. A replay charges nothing new (same key).
    const payment = await existing();
    const userErrors = payment ? await this.ctx.payments.confirm(payment.id) : [];
    return this.checkoutResult(quote.id, userErrors);
  }

  /** OPEN -> ACCEPTED once; a number order's quote also claims its order (one accepted quote per order). */
  private async acceptQuote(tx: EntityManager, quote: Quote): Promise<'done' | 'taken' | 'order-taken'> {
    try {
      const accepted = await tx
        .getRepository(Quote)
        .update({ id: quote.id, state: QuoteState.OPEN }, { state: QuoteState.ACCEPTED, checkedOutNumberOrderId: quote.numberOrderId });
      return accepted.affected === 1 ? 'done' : 'taken';
    } catch (error) {
      if (isUniqueViolation(error)) return 'order-taken';
      throw error;
    }
  }

  private async createPayment(tx: EntityManager, quote: Quote, input: CheckoutQuoteInput): Promise<Payment> {
    const payment = Object.assign(new Payment(), {
      id: newId(),
      accountId: quote.accountId,
      quoteId: quote.id,
      state: PaymentState.REQUIRES_CONFIRMATION,
      startedAt: this.now().toISOString(),
      amountMinor: quote.totalMinor,
      currency: quote.currency,
      provider: this.ctx.settings.paymentProvider.name,
      invoiceId: null,
      paymentMethod: input.paymentMethod!.trim(),
      attempt: 1,
      returnUrl: input.returnUrl ?? null,
      version: 1,
    });
    await tx.getRepository(Payment).insert(payment);
    return payment;
  }

  /** confirmPayment: a new card after a decline, or the same one again after an outage. */
  async confirmPayment(input: ConfirmPaymentInput): Promise<CheckoutOutcome> {
    requireBillingWrite(this.ctx.caller);
    const payment = await this.ctx.loaders.payment.load(input.paymentId);
    if (!payment) return { quote: null, payment: null, userErrors: [notFound('payment', 'paymentId')] };
    const method = input.paymentMethod?.trim();
    if (input.returnUrl && !isAllowedReturnUrl(input.returnUrl, this.ctx.settings.returnUrlOrigins))
      return { quote: null, payment: null, userErrors: [paymentErrors.returnUrlNotAllowed()] };
    const cancelledOrder = await this.cancelledNumberOrder(payment);
    if (cancelledOrder) {
      // The order is gone (cancelled, or its hold ran out): no new card is charged for it; the payment ends.
      await this.ctx.payments.cancel(payment.id);
      return { quote: null, payment: null, userErrors: [numberOrderPaymentErrors.notPayable(cancelledOrder)] };
    }
    if (payment.state === PaymentState.REQUIRES_PAYMENT_METHOD) {
      if (!method) return { quote: null, payment: null, userErrors: [paymentErrors.methodRequired()] };
      if (!(await this.ctx.payments.attach(payment.id, method, input.returnUrl ?? null)))
        return { quote: null, payment: null, userErrors: [versionConflict('payment')] };
    } else if (payment.state !== PaymentState.REQUIRES_CONFIRMATION) {
      return { quote: null, payment: null, userErrors: [paymentErrors.notRetryable()] };
    }
    const userErrors = await this.ctx.payments.confirm(payment.id);
    if (!payment.quoteId) return { quote: null, payment: await this.ctx.db.getRepository(Payment).findOneBy({ id: payment.id }), userErrors };
    return this.checkoutResult(payment.quoteId, userErrors);
  }

  /** The state of the number order a payment pays when numbering says it was cancelled (or no longer exists); null otherwise. */
  private async cancelledNumberOrder(payment: Payment): Promise<string | null> {
    const quote = payment.quoteId ? await this.ctx.loaders.quote.load(payment.quoteId) : null;
    if (!quote?.numberOrderId) return null;
    const order = await this.ctx.numbering.numberOrder(quote.numberOrderId);
    if (!order) return 'no longer there';
    return order.state === 'CANCELLED' ? order.state : null;
  }

  private async checkoutResult(quoteId: string, userErrors: UserErrorValue[]): Promise<CheckoutOutcome> {
    // The payload reads everything again: not the copies this request loaded before the writes.
    this.ctx.loaders.planChange.clearAll();
    this.ctx.loaders.subscriptionsByAccount.clearAll();
    const [quote, payment] = await Promise.all([
      this.ctx.db.getRepository(Quote).findOneBy({ id: quoteId }),
      this.ctx.db.getRepository(Payment).findOneBy({ quoteId }),
    ]);
    return { quote, payment, userErrors };
  }

  /** The lifecycle allows `event` now, and the client read the current version. */
  private allowed(change: PlanChange, event: PlanChangeEvent, expectedVersion: number, field = 'id'): Checked<PlanChangeState> {
    const transition = applyTransition(PLAN_CHANGE_TRANSITIONS, change.state, event);
    if (!transition.ok) return refuse({ ...planChangeErrors.closed(), field });
    if (change.version !== expectedVersion) return refuse(versionConflict(PLAN_CHANGE));
    return accept(transition.to);
  }

  /** Lines checked against the catalogue, seats and (for phone-system edits and removals) telephony. */
  private async checkLines(change: PlanChange, request: PlanChangeLinesRequest): Promise<Checked<LineDraft[]>> {
    const facts = await pricingFacts(this.ctx.loaders, change.accountId, this.now());
    const needsExtensions = change.family === PlanFamily.PHONE_SYSTEM && (request.edits.length > 0 || request.removals.length > 0);
    const extensions: Map<string, ExtensionFact> = needsExtensions ? await this.ctx.telephony.accountExtensions(change.accountId) : new Map();
    return checkPlanChangeLines(request, { family: change.family, plans: facts.plans, seatsBefore: facts.seatsBefore, extensions });
  }

  private async writeLines(tx: EntityManager, change: PlanChange, expectedVersion: number, lines: LineDraft[], caller: Caller): Promise<Checked<null>> {
    const result = await updateVersioned(
      tx,
      PlanChange,
      { id: change.id, expectedVersion, where: { accountId: change.accountId, state: PlanChangeState.OPEN } },
      { updatedBy: caller.subject },
    );
    if (result !== 'done') return refuse(versionConflict(PLAN_CHANGE));
    await tx.getRepository(PlanChangeLine).delete({ planChangeId: change.id });
    if (lines.length)
      await tx.getRepository(PlanChangeLine).insert(lines.map((line, position) => ({ ...line, id: newId(), planChangeId: change.id, position })));
    return accept(null);
  }

  private reload(id: string): Promise<PlanChange | null> {
    return this.ctx.db.getRepository(PlanChange).findOneBy({ id });
  }
}
