import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { InboundActionInput } from '../inbound-action/inbound-action.input';
import { UserErrorsPayload } from '../user-errors';
import { PhoneNumber } from './phone-number.entity';

@InputType({ description: 'A new inbound action for an active number.' })
export class UpdatePhoneNumberRoutingInput {
  @Field(() => ID, { description: 'Phone number id.' })
  id!: string;

  @Field(() => Int, { description: 'The `version` you read (VERSION_CONFLICT otherwise).' })
  expectedVersion!: number;

  @Field(() => InboundActionInput, { description: 'What the number does when called from now on.' })
  inboundAction!: InboundActionInput;
}

@InputType({ description: 'The number to give up.' })
export class ReleasePhoneNumberInput {
  @Field(() => ID, { description: 'Phone number id.' })
  id!: string;

  @Field(() => Int, { description: 'The `version` you read (VERSION_CONFLICT otherwise).' })
  expectedVersion!: number;
}

@ObjectType({ description: 'Result of updatePhoneNumberRouting.' })
export class UpdatePhoneNumberRoutingPayload extends UserErrorsPayload {
  @Field(() => PhoneNumber, { nullable: true, description: 'The number with its new route and version; null when userErrors says why not.' })
  phoneNumber!: PhoneNumber | null;
}

@ObjectType({ description: 'Result of releasePhoneNumber.' })
export class ReleasePhoneNumberPayload extends UserErrorsPayload {
  @Field(() => ID, { nullable: true, description: 'Id of the number released; null when userErrors says why not.' })
  releasedPhoneNumberId!: string | null;

  @Field(() => Date, { nullable: true, description: 'When the number goes back on sale (after the quarantine).' })
  availableAgainAt!: Date | null;
}
