import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { TelephonyContext } from '../context';
import { CreateExtensionInput, DeleteExtensionInput, UpdateExtensionInput } from './extension.inputs';
import { CreateExtensionPayload, DeleteExtensionPayload, UpdateExtensionPayload } from './extension.payloads';

/** Thin: the rules, transactions and user errors live in ExtensionService. */
@Resolver()
export class ExtensionMutationResolver {
  @Mutation(() => CreateExtensionPayload, {
    description:
      'Creates an extension. Needs the extensions:write permission (staff: staff:write); without it FORBIDDEN, nothing written. Expected failures come back in `userErrors`, with nothing written.',
  })
  createExtension(
    @Arg('input', () => CreateExtensionInput, { description: 'The new extension.' }) input: CreateExtensionInput,
    @Ctx() ctx: TelephonyContext,
  ): Promise<CreateExtensionPayload> {
    return ctx.extensions.create(input);
  }

  @Mutation(() => UpdateExtensionPayload, {
    description:
      'Changes an extension, if it still has `expectedVersion`. Needs the extensions:write permission (staff: staff:write); without it FORBIDDEN, nothing changed. Expected failures come back in `userErrors`, with nothing changed.',
  })
  updateExtension(
    @Arg('input', () => UpdateExtensionInput, { description: 'The extension and what changes.' }) input: UpdateExtensionInput,
    @Ctx() ctx: TelephonyContext,
  ): Promise<UpdateExtensionPayload> {
    return ctx.extensions.update(input);
  }

  @Mutation(() => DeleteExtensionPayload, {
    description:
      'Removes an extension, refused while phone numbers still ring it. Its number can be used again at once. Needs the extensions:write permission (staff: staff:write); without it FORBIDDEN, nothing removed.',
  })
  deleteExtension(
    @Arg('input', () => DeleteExtensionInput, { description: 'The extension to remove.' }) input: DeleteExtensionInput,
    @Ctx() ctx: TelephonyContext,
  ): Promise<DeleteExtensionPayload> {
    return ctx.extensions.delete(input);
  }
}
