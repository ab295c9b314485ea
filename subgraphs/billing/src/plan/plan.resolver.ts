import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import { Country, requireCallerOrService } from '../../../../packages/kit/src';
import type { BillingContext } from '../context';
import { Money } from '../money';
import { Plan, PlanFamily } from './plan.entity';

@Resolver(() => Plan)
export class PlanResolver {
  @Query(() => [Plan], { description: 'The plan catalogue, by family then price. Public facts: any caller, and the telephony service (no caller).' })
  async plans(
    @Ctx() ctx: BillingContext,
    @Arg('family', () => PlanFamily, { nullable: true, description: 'Only plans of this family.' }) family?: PlanFamily | null,
  ): Promise<Plan[]> {
    requireCallerOrService(ctx);
    return ctx.db.getRepository(Plan).find({
      where: family ? { family } : {},
      order: { family: 'ASC', pricePerUserMinor: 'ASC', code: 'ASC' },
    });
  }

  @FieldResolver(() => Money, { description: 'Price per user per month.' })
  pricePerUser(@Root() plan: Plan): Money {
    return Money.of(plan.pricePerUserMinor, plan.currency);
  }

  @FieldResolver(() => [Country], { description: 'Countries the plan can call.' })
  destinations(@Root() plan: Plan): Country[] {
    return plan.destinationCodes.map(Country.of);
  }

  @FieldResolver(() => Int, { description: 'How many countries the plan can call.' })
  destinationCount(@Root() plan: Plan): number {
    return plan.destinationCodes.length;
  }
}

export const planReference = {
  __resolveReference: (reference: { id: string }, ctx: BillingContext) => ctx.loaders.plan.load(reference.id),
};
