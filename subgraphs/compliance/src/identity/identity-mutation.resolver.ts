import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { ComplianceContext } from '../context';
import { CreateIdentityInput, DeleteIdentityInput, SubmitIdentityInput, UpdateIdentityInput, UploadIdentityDocumentInput } from './identity.inputs';
import { CreateIdentityPayload, DeleteIdentityPayload, SubmitIdentityPayload, UpdateIdentityPayload, UploadIdentityDocumentPayload } from './identity.payloads';

/** Thin: the rules, transactions and user errors live in IdentityService. All need identities:write. */
@Resolver()
export class IdentityMutationResolver {
  @Mutation(() => CreateIdentityPayload, {
    description: 'Creates a draft identity (needs identities:write; staff: staff:write). Expected failures come back in `userErrors`, with nothing written.',
  })
  createIdentity(
    @Arg('input', () => CreateIdentityInput, { description: 'The new identity.' }) input: CreateIdentityInput,
    @Ctx() ctx: ComplianceContext,
  ): Promise<CreateIdentityPayload> {
    return ctx.identities.create(input);
  }

  @Mutation(() => UpdateIdentityPayload, {
    description:
      'Changes an identity (needs identities:write; staff: staff:write): a draft or rejected one in place; an approved one gets a new revision, reviewed again, while the approved one keeps backing its numbers.',
  })
  updateIdentity(
    @Arg('input', () => UpdateIdentityInput, { description: 'The identity and what changes.' }) input: UpdateIdentityInput,
    @Ctx() ctx: ComplianceContext,
  ): Promise<UpdateIdentityPayload> {
    return ctx.identities.update(input);
  }

  @Mutation(() => DeleteIdentityPayload, { description: 'Deletes a draft identity and its document files (needs identities:write; staff: staff:write).' })
  deleteIdentity(
    @Arg('input', () => DeleteIdentityInput, { description: 'The draft to delete.' }) input: DeleteIdentityInput,
    @Ctx() ctx: ComplianceContext,
  ): Promise<DeleteIdentityPayload> {
    return ctx.identities.delete(input);
  }

  @Mutation(() => UploadIdentityDocumentPayload, {
    description:
      'Uploads one document of an identity as a GraphQL multipart request (needs identities:write; staff: staff:write). The file is checked by its content (PDF, JPEG or PNG that opens whole, at most 10 MB); a refused file is not stored. A new file of a kind replaces the pending or rejected one.',
  })
  uploadIdentityDocument(
    @Arg('input', () => UploadIdentityDocumentInput, { description: 'The identity, the kind of document and the file.' }) input: UploadIdentityDocumentInput,
    @Ctx() ctx: ComplianceContext,
  ): Promise<UploadIdentityDocumentPayload> {
    return ctx.identities.upload(input);
  }

  @Mutation(() => SubmitIdentityPayload, {
    description: 'Sends a complete draft (or a corrected rejected identity) to review (needs identities:write; staff: staff:write).',
  })
  submitIdentity(
    @Arg('input', () => SubmitIdentityInput, { description: 'The identity to submit.' }) input: SubmitIdentityInput,
    @Ctx() ctx: ComplianceContext,
  ): Promise<SubmitIdentityPayload> {
    return ctx.identities.submit(input);
  }
}
