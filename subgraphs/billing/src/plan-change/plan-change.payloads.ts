import { Field, ObjectType } from 'type-graphql';
import { BillingProfile } from '../billing-profile/billing-profile.entity';
import { Payment } from '../payment/payment.entity';
import { Quote } from '../quote/quote.entity';
import { UserErrorsPayload } from '../user-errors';
import { PlanChange } from './plan-change.entity';

@ObjectType({ description: 'Result of saveBillingProfile.' })
export class SaveBillingProfilePayload extends UserErrorsPayload {
  @Field(() => BillingProfile, { nullable: true, description: 'The profile as saved, with its new version; null when userErrors says why not.' })
  billingProfile!: BillingProfile | null;
}

@ObjectType({ description: 'Result of a mutation on a plan change.' })
export class PlanChangePayload extends UserErrorsPayload {
  @Field(() => PlanChange, { nullable: true, description: 'The plan change, priced (`summary`); null when userErrors says why not.' })
  planChange!: PlanChange | null;
}

@ObjectType({ description: 'Result of requestQuote.' })
export class RequestQuotePayload extends UserErrorsPayload {
  @Field(() => Quote, { nullable: true, description: 'The frozen quote; null when userErrors says why not.' })
  quote!: Quote | null;
}

@ObjectType({ description: 'Result of checkoutQuote and confirmPayment.' })
export class CheckoutPayload extends UserErrorsPayload {
  @Field(() => Quote, { nullable: true, description: 'The quote, ACCEPTED once checked out; null when refused.' })
  quote!: Quote | null;

  @Field(() => Payment, { nullable: true, description: 'The payment of the quote (one per quote); null when nothing is due now, or when refused.' })
  payment!: Payment | null;
}
