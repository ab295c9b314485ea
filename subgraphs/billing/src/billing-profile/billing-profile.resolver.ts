import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Audit, auditFor, Country } from '../../../../packages/kit/src';
import type { BillingContext } from '../context';
import { BillingProfile } from './billing-profile.entity';

@Resolver(() => BillingProfile)
export class BillingProfileResolver {
  @FieldResolver(() => Country, { description: 'Country of the billing address.' })
  country(@Root() profile: BillingProfile): Country {
    return Country.of(profile.countryCode);
  }

  @FieldResolver(() => Audit, { nullable: true, description: 'Who created and last changed it; staff only (null for customers).' })
  audit(@Root() profile: BillingProfile, @Ctx() ctx: BillingContext): Audit | null {
    return auditFor(ctx.caller, profile);
  }
}
