import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { BillingContext } from '../context';
import { Money } from '../money';
import { Plan } from '../plan/plan.entity';
import { Subscription } from './subscription.entity';

@Resolver(() => Subscription)
export class SubscriptionResolver {
  @FieldResolver(() => Plan, { description: 'The plan the users are on.' })
  async plan(@Root() subscription: Subscription, @Ctx() ctx: BillingContext): Promise<Plan> {
    return (await ctx.loaders.plan.load(subscription.planId))!;
  }

  @FieldResolver(() => Money, { description: 'Users times the plan price, per month.' })
  async monthlyAmount(@Root() subscription: Subscription, @Ctx() ctx: BillingContext): Promise<Money> {
    const plan = (await ctx.loaders.plan.load(subscription.planId))!;
    return Money.of(subscription.quantity * plan.pricePerUserMinor, plan.currency);
  }
}
