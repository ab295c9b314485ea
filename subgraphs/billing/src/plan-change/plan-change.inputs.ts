import { Field, ID, InputType, Int } from 'type-graphql';
import { PlanFamily } from '../plan/plan.entity';

@InputType({ description: 'Opens the Upgrade/Downgrade cart of a family.' })
export class StartPlanChangeInput {
  @Field(() => ID, { nullable: true, description: 'Account to act on. Customers may omit it (their own account); staff must give it.' })
  accountId?: string | null;

  @Field(() => PlanFamily, { description: 'The family whose plans change (phone system, predictive dialer or robot dialer).' })
  family!: PlanFamily;
}

@InputType({ description: 'Add tab: users added to a plan.' })
export class PlanChangeAdditionInput {
  @Field(() => ID, { description: 'A plan of the plan change family.' })
  planId!: string;

  @Field(() => Int, { description: 'Users to add: 1 to 100 (and at most 1,000 users per plan).' })
  quantity!: number;
}

@InputType({ description: 'Edit tab: an extension moves to another plan of the family (phone system only).' })
export class PlanChangeEditInput {
  @Field(() => ID, { description: "One of the account's extensions." })
  extensionId!: string;

  @Field(() => ID, {
    description: 'The phone-system plan it moves to; a dearer plan is charged the prorated difference now, a cheaper one applies from the next period.',
  })
  planId!: string;
}

@InputType({
  description: 'Remove tab: either a named extension (phone system), or a plan and a quantity of users. Removals apply from the next period, with no credit.',
})
export class PlanChangeRemovalInput {
  @Field(() => ID, { nullable: true, description: 'An extension to remove with its seat (phone system); omit with planId.' })
  extensionId?: string | null;

  @Field(() => ID, { nullable: true, description: 'A plan to remove users from (dialers; or free phone-system seats); give quantity too.' })
  planId?: string | null;

  @Field(() => Int, { nullable: true, description: 'Users to remove from planId: 1 to 100, never seats that extensions not named still use.' })
  quantity?: number | null;
}

@InputType({ description: 'The lines of the three tabs, replacing the previous ones. The whole set is checked, every fault reported at once.' })
export class UpdatePlanChangeInput {
  @Field(() => ID, { description: 'Plan change id.' })
  id!: string;

  @Field(() => Int, { description: 'The `version` you read; refused (VERSION_CONFLICT) if the plan change changed since.' })
  expectedVersion!: number;

  @Field(() => [PlanChangeAdditionInput], { defaultValue: [], description: 'Add tab.' })
  additions!: PlanChangeAdditionInput[];

  @Field(() => [PlanChangeEditInput], { defaultValue: [], description: 'Edit tab.' })
  edits!: PlanChangeEditInput[];

  @Field(() => [PlanChangeRemovalInput], { defaultValue: [], description: 'Remove tab.' })
  removals!: PlanChangeRemovalInput[];
}

@InputType({ description: 'A plan change to abandon.' })
export class CancelPlanChangeInput {
  @Field(() => ID, { description: 'Plan change id.' })
  id!: string;

  @Field(() => Int, { description: 'The `version` you read.' })
  expectedVersion!: number;
}

@InputType({ description: 'Freezes the price of a plan change ("Continue").' })
export class RequestQuoteInput {
  @Field(() => ID, { description: 'Plan change id.' })
  planChangeId!: string;

  @Field(() => Int, { description: 'The `version` of the plan change you priced; refused (VERSION_CONFLICT) if it changed since.' })
  expectedVersion!: number;

  @Field(() => String, {
    nullable: true,
    description:
      'Makes retries safe: 1 to 100 characters (a UUID). The same key with the same input returns the first quote; with another input it is refused (IDEMPOTENCY_KEY_REUSED).',
  })
  idempotencyKey?: string | null;
}

@InputType({ description: '"Checkout": accepts a quote, freezing its plan change for payment.' })
export class CheckoutQuoteInput {
  @Field(() => ID, { description: 'Quote id.' })
  quoteId!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Makes retries safe: 1 to 100 characters (a UUID). The same key with the same input returns the first outcome and never charges twice.',
  })
  idempotencyKey?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Payment method reference made by the provider\'s client library ("pm_..."); required when something is due now. Never card details.',
  })
  paymentMethod?: string | null;

  @Field(() => String, { nullable: true, description: 'Where 3-D Secure sends the customer back; must be on an allowed client origin.' })
  returnUrl?: string | null;
}

@InputType({ description: 'Retries a declined payment with another card, or confirms one again after the provider was unavailable.' })
export class ConfirmPaymentInput {
  @Field(() => ID, { description: 'Payment id.' })
  paymentId!: string;

  @Field(() => String, {
    nullable: true,
    description: 'A new payment method reference ("pm_..."); required after a decline, omitted to retry the same card after an outage.',
  })
  paymentMethod?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      "With a new card: where 3-D Secure sends the customer back (an allowed origin, RETURN_URL_NOT_ALLOWED otherwise); the checkout's return URL when omitted.",
  })
  returnUrl?: string | null;
}
