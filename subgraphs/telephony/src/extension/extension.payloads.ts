import { Field, ID, Int, ObjectType } from 'type-graphql';
import { MAX_BLOCKING_NUMBERS } from '../../../../packages/kit/src';
import { UserErrorsPayload } from '../user-errors';
import { Extension } from './extension.entity';

@ObjectType({ description: 'Result of createExtension.' })
export class CreateExtensionPayload extends UserErrorsPayload {
  @Field(() => Extension, {
    nullable: true,
    description: 'The extension created (or, on a replay of the same idempotency key, the one created first); null when userErrors says why not.',
  })
  extension!: Extension | null;
}

@ObjectType({ description: 'Result of updateExtension.' })
export class UpdateExtensionPayload extends UserErrorsPayload {
  @Field(() => Extension, { nullable: true, description: 'The extension as changed, with its new version; null when userErrors says why not.' })
  extension!: Extension | null;
}

@ObjectType({ description: 'Result of deleteExtension.' })
export class DeleteExtensionPayload extends UserErrorsPayload {
  @Field(() => ID, { nullable: true, description: 'Id of the extension removed; null when userErrors says why not.' })
  deletedExtensionId!: string | null;

  @Field(() => [String], {
    description: `With EXTENSION_IN_USE: the first ${MAX_BLOCKING_NUMBERS} E.164 numbers (sorted) that still ring the extension; blockingNumberCount says how many there are. Empty otherwise.`,
  })
  blockingNumbers!: string[];

  @Field(() => Int, {
    description: 'With EXTENSION_IN_USE: how many numbers still ring the extension (Extension.inboundNumbers pages through them). 0 otherwise.',
  })
  blockingNumberCount!: number;
}
