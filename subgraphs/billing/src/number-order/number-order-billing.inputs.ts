import { Field, ID, InputType } from 'type-graphql';

@InputType({ description: '"Continue" on a number order: prices it (setup fees, monthly fees prorated to the month end, VAT) as a quote.' })
export class RequestNumberOrderQuoteInput {
  @Field(() => ID, { description: 'The number order (DRAFT, from createNumberOrder).' })
  numberOrderId!: string;

  @Field(() => String, {
    nullable: true,
    description:
      'Makes retries safe: 1 to 100 characters (a UUID). The same key with the same input returns the first quote; with another input it is refused (IDEMPOTENCY_KEY_REUSED).',
  })
  idempotencyKey?: string | null;
}
