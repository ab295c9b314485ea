import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { auditFor, Audit, ConnectionType, MAX_LISTED_QUOTES, PageArgs, type Page } from '../../../../packages/kit/src';
import { Account } from '../account/account.entity';
import { BillingProfile } from '../billing-profile/billing-profile.entity';
import { SaveBillingProfileInput } from '../billing-profile/billing-profile.inputs';
import type { BillingContext } from '../context';
import { requireBillingRead } from '../permissions';
import { PriceSummary, toPriceSummary } from '../quote/price-summary.type';
import { Quote } from '../quote/quote.entity';
import { PlanChange } from './plan-change.entity';
import {
  CancelPlanChangeInput,
  CheckoutQuoteInput,
  ConfirmPaymentInput,
  RequestQuoteInput,
  StartPlanChangeInput,
  UpdatePlanChangeInput,
} from './plan-change.inputs';
import { CheckoutPayload, PlanChangePayload, RequestQuotePayload, SaveBillingProfilePayload } from './plan-change.payloads';
import { priceLive } from './plan-change.pricing';

export const PlanChangeConnection = ConnectionType('PlanChange', PlanChange, 'plan change');

/** How many quotes of a plan change are listed (each Continue makes one; the latest matter). */
const QUOTES_LISTED = MAX_LISTED_QUOTES;

/** Thin: rules, transactions and user errors live in the services. */
@Resolver(() => PlanChange)
export class PlanChangeResolver {
  @Query(() => PlanChange, {
    nullable: true,
    description: "A plan change by id: your own account's, or any for staff (`staff:read`). Needs `account:read` for customers. Null when not found.",
  })
  planChange(@Arg('id', () => ID, { description: 'Plan change id.' }) id: string, @Ctx() ctx: BillingContext): Promise<PlanChange | null> {
    requireBillingRead(ctx.caller);
    return ctx.loaders.planChange.load(id);
  }

  @Mutation(() => SaveBillingProfilePayload, {
    description: "Creates or replaces the account's billing profile. Needs `billing:purchase` (customers) or `staff:billing` (staff).",
  })
  async saveBillingProfile(
    @Arg('input', () => SaveBillingProfileInput, { description: 'The whole profile.' }) input: SaveBillingProfileInput,
    @Ctx() ctx: BillingContext,
  ): Promise<SaveBillingProfilePayload> {
    return ctx.profiles.save(input);
  }

  @Mutation(() => PlanChangePayload, {
    description:
      'Opens the Upgrade/Downgrade cart of a family, or returns the one already open. Needs `billing:purchase` (customers) or `staff:billing` (staff).',
  })
  async startPlanChange(
    @Arg('input', () => StartPlanChangeInput, { description: 'Account and family.' }) input: StartPlanChangeInput,
    @Ctx() ctx: BillingContext,
  ): Promise<PlanChangePayload> {
    const { value, userErrors } = await ctx.planChanges.start(input);
    return { planChange: value, userErrors };
  }

  @Mutation(() => PlanChangePayload, {
    description:
      'Replaces the Add, Edit and Remove lines of an open plan change and prices it again. Invalid lines are user errors naming the line. Needs `billing:purchase` (customers) or `staff:billing` (staff).',
  })
  async updatePlanChange(
    @Arg('input', () => UpdatePlanChangeInput, { description: 'The lines of the three tabs.' }) input: UpdatePlanChangeInput,
    @Ctx() ctx: BillingContext,
  ): Promise<PlanChangePayload> {
    const { value, userErrors } = await ctx.planChanges.update(input);
    return { planChange: value, userErrors };
  }

  @Mutation(() => PlanChangePayload, {
    description: 'Abandons an open plan change; nothing is applied. Needs `billing:purchase` (customers) or `staff:billing` (staff).',
  })
  async cancelPlanChange(
    @Arg('input', () => CancelPlanChangeInput, { description: 'The plan change.' }) input: CancelPlanChangeInput,
    @Ctx() ctx: BillingContext,
  ): Promise<PlanChangePayload> {
    const { value, userErrors } = await ctx.planChanges.cancel(input);
    return { planChange: value, userErrors };
  }

  @Mutation(() => RequestQuotePayload, {
    description:
      'Continue: freezes the price of an open plan change as a quote (prices, proration day, VAT), after checking its lines again. Needs a billing profile, and `billing:purchase` (customers) or `staff:billing` (staff).',
  })
  async requestQuote(
    @Arg('input', () => RequestQuoteInput, { description: 'The plan change and the version you priced.' }) input: RequestQuoteInput,
    @Ctx() ctx: BillingContext,
  ): Promise<RequestQuotePayload> {
    const { value, userErrors } = await ctx.planChanges.requestQuote(input);
    return { quote: value, userErrors };
  }

  @Mutation(() => CheckoutPayload, {
    description:
      'Checkout: accepts an open quote (QUOTE_EXPIRED once expired or superseded), creates its one payment for the amount due now and charges the payment method; the change is applied only when paid (at once when nothing is due). Needs `billing:purchase` (customers) or `staff:billing` (staff).',
  })
  checkoutQuote(
    @Arg('input', () => CheckoutQuoteInput, { description: 'The quote and the payment method.' }) input: CheckoutQuoteInput,
    @Ctx() ctx: BillingContext,
  ): Promise<CheckoutPayload> {
    return ctx.planChanges.checkout(input);
  }

  @Mutation(() => CheckoutPayload, {
    description:
      'Retries a payment: another card after a decline, or the same after PAYMENT_PROVIDER_UNAVAILABLE (never charges twice). Needs `billing:purchase` (customers) or `staff:billing` (staff).',
  })
  confirmPayment(
    @Arg('input', () => ConfirmPaymentInput, { description: 'The payment and, after a decline, the new payment method.' }) input: ConfirmPaymentInput,
    @Ctx() ctx: BillingContext,
  ): Promise<CheckoutPayload> {
    return ctx.planChanges.confirmPayment(input);
  }

  @FieldResolver(() => PriceSummary, { description: 'The plan change priced now (live; a quote freezes it).' })
  async summary(@Root() change: PlanChange, @Ctx() ctx: BillingContext): Promise<PriceSummary> {
    const { priced, plans } = await priceLive(ctx.loaders, change, ctx.settings.clock());
    const account = await ctx.loaders.account.load(change.accountId);
    return toPriceSummary(priced, account?.currency ?? 'EUR', plans);
  }

  @FieldResolver(() => [Quote], { description: `Quotes made of this plan change, latest first (the ${QUOTES_LISTED} latest).` })
  async quotes(@Root() change: PlanChange, @Ctx() ctx: BillingContext): Promise<Quote[]> {
    return (await ctx.loaders.quotesByPlanChange.load(change.id)).slice(0, QUOTES_LISTED);
  }

  @FieldResolver(() => Account, { nullable: true, description: 'The account whose plans change.' })
  account(@Root() change: PlanChange, @Ctx() ctx: BillingContext): Promise<Account | null> {
    return ctx.loaders.account.load(change.accountId);
  }

  @FieldResolver(() => Audit, { nullable: true, description: 'Who started and last changed it; staff only (null for customers).' })
  audit(@Root() change: PlanChange, @Ctx() ctx: BillingContext): Audit | null {
    return auditFor(ctx.caller, change);
  }
}

/** What billing adds to Account for the Upgrade/Downgrade screens. */
@Resolver(() => Account)
export class AccountBillingResolver {
  @FieldResolver(() => BillingProfile, {
    nullable: true,
    description: 'Who quotes and invoices are addressed to; null until saved. Needs `account:read` (customers) or `staff:read` (staff).',
  })
  billingProfile(@Root() account: Account, @Ctx() ctx: BillingContext): Promise<BillingProfile | null> {
    requireBillingRead(ctx.caller);
    return ctx.loaders.billingProfile.load(account.id);
  }

  @FieldResolver(() => [PlanChange], {
    description: 'Plan changes open or being paid (at most one per family). Needs `account:read` (customers) or `staff:read` (staff).',
  })
  openPlanChanges(@Root() account: Account, @Ctx() ctx: BillingContext): Promise<PlanChange[]> {
    requireBillingRead(ctx.caller);
    return ctx.loaders.openPlanChangesByAccount.load(account.id);
  }

  @FieldResolver(() => PlanChangeConnection, {
    description: 'Every plan change of the account, oldest first. Needs `account:read` (customers) or `staff:read` (staff).',
  })
  planChanges(@Root() account: Account, @Args() page: PageArgs, @Ctx() ctx: BillingContext): Promise<Page<PlanChange>> {
    requireBillingRead(ctx.caller);
    return ctx.loaders.planChangePage.load({ accountId: account.id, page: { first: page.first, after: page.after } });
  }
}
