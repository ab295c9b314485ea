import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { Account } from '../account/account.entity';
import type { BillingContext } from '../context';
import { PlanChange } from '../plan-change/plan-change.entity';
import { frozenPrice } from '../plan-change/plan-change.pricing';
import type { Plan } from '../plan/plan.entity';
import { requireBillingRead } from '../permissions';
import { PriceSummary, toPriceSummary } from './price-summary.type';
import { Quote } from './quote.entity';
import { effectiveQuoteState, QuoteState } from './quote-state';

@Resolver(() => Quote)
export class QuoteResolver {
  @Query(() => Quote, {
    nullable: true,
    description: "A quote by id: your own account's, or any for staff (`staff:read`). Needs `account:read` for customers. Null when not found.",
  })
  quote(@Arg('id', () => ID, { description: 'Quote id.' }) id: string, @Ctx() ctx: BillingContext): Promise<Quote | null> {
    requireBillingRead(ctx.caller);
    return ctx.loaders.quote.load(id);
  }

  @FieldResolver(() => QuoteState, { description: 'Whether the quote can still be checked out, at the time of asking.' })
  async state(@Root() quote: Quote, @Ctx() ctx: BillingContext): Promise<QuoteState> {
    const change = quote.planChangeId ? await ctx.loaders.planChange.load(quote.planChangeId) : null;
    return effectiveQuoteState(quote, change?.version ?? null, ctx.settings.clock());
  }

  @FieldResolver(() => PriceSummary, { description: 'The frozen price: lines, users per plan, amounts and VAT as they were when the quote was made.' })
  async summary(@Root() quote: Quote, @Ctx() ctx: BillingContext): Promise<PriceSummary> {
    const [lines, catalogue] = await Promise.all([ctx.loaders.quoteLines.load(quote.id), ctx.loaders.catalogue.load('all')]);
    const plans = new Map((catalogue as unknown as Plan[]).map((plan) => [plan.id, plan]));
    return toPriceSummary(frozenPrice(quote, lines), quote.currency, plans);
  }

  @FieldResolver(() => PlanChange, { nullable: true, description: "The plan change the quote prices; null for a number order's quote." })
  planChange(@Root() quote: Quote, @Ctx() ctx: BillingContext): Promise<PlanChange | null> | null {
    return quote.planChangeId ? ctx.loaders.planChange.load(quote.planChangeId) : null;
  }

  @FieldResolver(() => Account, { nullable: true, description: 'The account quoted.' })
  account(@Root() quote: Quote, @Ctx() ctx: BillingContext): Promise<Account | null> {
    return ctx.loaders.account.load(quote.accountId);
  }

  @FieldResolver({ description: "The buyer's legal name, as quoted." })
  buyerLegalName(@Root() quote: Quote): string {
    return quote.buyerLegalName;
  }
}
