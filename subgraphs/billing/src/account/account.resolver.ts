import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { Brackets } from 'typeorm';
import { ConnectionType, likeContains, loadPage, PageArgs, requireCaller, requirePermission, type Page } from '../../../../packages/kit/src';
import type { BillingContext } from '../context';
import { Money } from '../money';
import { Plan, PlanFamily } from '../plan/plan.entity';
import { Subscription } from '../subscription/subscription.entity';
import { Account } from './account.entity';
import { Viewer } from './viewer.type';

export const AccountConnection = ConnectionType('Account', Account, 'account');

@Resolver(() => Account)
export class AccountResolver {
  @Query(() => AccountConnection, {
    description: 'Staff only (needs the staff:read permission; FORBIDDEN otherwise): every account, sorted by company name, optionally searched.',
  })
  accounts(
    @Args() page: PageArgs,
    @Ctx() ctx: BillingContext,
    @Arg('search', () => String, { nullable: true, description: 'Case-insensitive part of the company name or billing email.' }) search?: string | null,
  ): Promise<Page<Account>> {
    requirePermission(ctx.caller, 'staff:read');
    const term = search?.trim();
    return loadPage({
      repository: ctx.db.getRepository(Account),
      sort: 'name',
      page,
      filter: (query) =>
        term
          ? query.andWhere(
              new Brackets((where) =>
                where
                  .where("LOWER(row.name) LIKE :term ESCAPE '!'", { term: likeContains(term.toLowerCase()) })
                  .orWhere("LOWER(row.billingEmail) LIKE :term ESCAPE '!'"),
              ),
            )
          : query,
    });
  }

  @Query(() => Viewer, { description: 'Who is calling, and the account its token belongs to.' })
  async viewer(@Ctx() ctx: BillingContext): Promise<Viewer> {
    const caller = requireCaller(ctx.caller);
    const account = caller.accountId ? await ctx.loaders.account.load(caller.accountId) : null;
    return Object.assign(new Viewer(), { subject: caller.subject, role: caller.role, permissions: [...caller.permissions], account });
  }

  @Query(() => Account, { nullable: true, description: 'An account by id: your own, or any account for staff. Null when not found.' })
  account(@Arg('id', () => ID, { description: 'Account id.' }) id: string, @Ctx() ctx: BillingContext): Promise<Account | null> {
    requireCaller(ctx.caller);
    return ctx.loaders.account.load(id);
  }

  @FieldResolver(() => [Subscription], { description: 'Plans the account holds users on, by family then price, including inactive ones (0 users).' })
  async subscriptions(
    @Root() account: Account,
    @Ctx() ctx: BillingContext,
    @Arg('family', () => PlanFamily, { nullable: true, description: 'Only subscriptions to plans of this family.' }) family?: PlanFamily | null,
  ): Promise<Subscription[]> {
    const subscriptions = await ctx.loaders.subscriptionsByAccount.load(account.id);
    const plans = (await ctx.loaders.plan.loadMany(subscriptions.map((s) => s.planId))) as (Plan | null)[];
    return subscriptions
      .map((subscription, index) => ({ subscription, plan: plans[index]! }))
      .filter(({ plan }) => !family || plan.family === family)
      .sort((a, b) => a.plan.family.localeCompare(b.plan.family) || a.plan.pricePerUserMinor - b.plan.pricePerUserMinor)
      .map(({ subscription }) => subscription);
  }

  @FieldResolver(() => Money, { description: 'What the active subscriptions cost per month, before taxes.' })
  async monthlyTotal(@Root() account: Account, @Ctx() ctx: BillingContext): Promise<Money> {
    const subscriptions = await ctx.loaders.subscriptionsByAccount.load(account.id);
    const plans = await ctx.loaders.plan.loadMany(subscriptions.map((s) => s.planId));
    const total = subscriptions.reduce((sum, s, index) => sum + s.quantity * ((plans[index] as Plan | null)?.pricePerUserMinor ?? 0), 0);
    return Money.of(total, account.currency);
  }
}

export const accountReference = {
  __resolveReference: (reference: { id: string }, ctx: BillingContext) => ctx.loaders.account.load(reference.id),
};
