import { Field, ID, InputType, Int } from 'type-graphql';
import { InboundActionInput } from '../inbound-action/inbound-action.input';

@InputType({ description: 'An order of the numbers of a reservation.' })
export class CreateNumberOrderInput {
  @Field(() => ID, { description: 'The reservation whose numbers are ordered (it must still hold them).' })
  reservationId!: string;

  @Field(() => InboundActionInput, { description: 'What the numbers do when called, for example forward to extension 901.' })
  inboundAction!: InboundActionInput;

  @Field(() => ID, { description: 'The identity of the account the numbers are registered to.' })
  identityId!: string;

  @Field(() => String, {
    nullable: true,
    description:
      'Makes retries safe: 1 to 100 characters, unique per request (a UUID). The same key with the same input returns the first result; with another input it is refused (IDEMPOTENCY_KEY_REUSED).',
  })
  idempotencyKey?: string | null;
}

@InputType({ description: 'The order to cancel.' })
export class CancelNumberOrderInput {
  @Field(() => ID, { description: 'Order id.' })
  id!: string;

  @Field(() => Int, { description: 'The `version` you read (VERSION_CONFLICT otherwise).' })
  expectedVersion!: number;
}

@InputType({ description: 'Which orders staff want to see; conditions combine with AND.' })
export class NumberOrderFilter {
  @Field(() => ID, { nullable: true, description: 'Only this account’s orders.' })
  accountId?: string | null;
}
