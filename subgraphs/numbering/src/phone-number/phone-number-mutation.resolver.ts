import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { NumberingContext } from '../context';
import {
  ReleasePhoneNumberInput,
  ReleasePhoneNumberPayload,
  UpdatePhoneNumberRoutingInput,
  UpdatePhoneNumberRoutingPayload,
} from './phone-number-mutation.inputs';

/** Thin: the rules live in PhoneNumberService. */
@Resolver()
export class PhoneNumberMutationResolver {
  @Mutation(() => UpdatePhoneNumberRoutingPayload, {
    description: "Changes an active number's inbound action, if it still has `expectedVersion`. Needs the numbers:purchase permission (staff: staff:write).",
  })
  updatePhoneNumberRouting(
    @Arg('input', () => UpdatePhoneNumberRoutingInput, { description: 'The number and its new action.' }) input: UpdatePhoneNumberRoutingInput,
    @Ctx() ctx: NumberingContext,
  ): Promise<UpdatePhoneNumberRoutingPayload> {
    return ctx.services.phoneNumbers.updateRouting(input);
  }

  @Mutation(() => ReleasePhoneNumberPayload, {
    description:
      'Gives a number up: it stops ringing at once and is on sale again after a 30-day quarantine. Needs the numbers:purchase permission (staff: staff:write).',
  })
  releasePhoneNumber(
    @Arg('input', () => ReleasePhoneNumberInput, { description: 'The number to release.' }) input: ReleasePhoneNumberInput,
    @Ctx() ctx: NumberingContext,
  ): Promise<ReleasePhoneNumberPayload> {
    return ctx.services.phoneNumbers.release(input);
  }
}
