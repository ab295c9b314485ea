import { Field, ID, InputType, Int } from 'type-graphql';

@InputType({ description: 'Numbers on sale to hold for the account while it orders them.' })
export class ReservePhoneNumbersInput {
  @Field(() => ID, { nullable: true, description: 'Account to reserve for. Customers may omit it (their own account); staff must give it.' })
  accountId?: string | null;

  @Field(() => [ID], { description: 'Ids of 1 to 10 different numbers from `availablePhoneNumbers`.' })
  numberIds!: string[];

  @Field(() => String, {
    nullable: true,
    description:
      'Makes retries safe: 1 to 100 characters, unique per request (a UUID). The same key with the same input returns the first result; with another input it is refused (IDEMPOTENCY_KEY_REUSED).',
  })
  idempotencyKey?: string | null;
}

@InputType({ description: 'The reservation to extend.' })
export class ExtendReservationInput {
  @Field(() => ID, { description: 'Reservation id.' })
  id!: string;

  @Field(() => Int, { description: 'The `version` you read (VERSION_CONFLICT otherwise).' })
  expectedVersion!: number;
}

@InputType({ description: 'The reservation to give up.' })
export class CancelReservationInput {
  @Field(() => ID, { description: 'Reservation id.' })
  id!: string;
}
