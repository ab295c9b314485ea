import { Field, ID, ObjectType } from 'type-graphql';
import { UserErrorsPayload } from '../user-errors';
import { IdentityDocument } from './identity-document.entity';
import { Identity } from './identity.entity';

@ObjectType({ description: 'Result of createIdentity.' })
export class CreateIdentityPayload extends UserErrorsPayload {
  @Field(() => Identity, { nullable: true, description: 'The draft identity created; null when userErrors says why not.' })
  identity!: Identity | null;
}

@ObjectType({ description: 'Result of updateIdentity.' })
export class UpdateIdentityPayload extends UserErrorsPayload {
  @Field(() => Identity, {
    nullable: true,
    description: 'The identity as changed, or the new revision when the identity was approved; null when userErrors says why not.',
  })
  identity!: Identity | null;
}

@ObjectType({ description: 'Result of deleteIdentity.' })
export class DeleteIdentityPayload extends UserErrorsPayload {
  @Field(() => ID, { nullable: true, description: 'Id of the identity deleted (its documents with it); null when userErrors says why not.' })
  deletedIdentityId!: string | null;
}

@ObjectType({ description: 'Result of uploadIdentityDocument.' })
export class UploadIdentityDocumentPayload extends UserErrorsPayload {
  @Field(() => IdentityDocument, { nullable: true, description: 'The document stored; null when userErrors says why not (then nothing was stored).' })
  document!: IdentityDocument | null;

  @Field(() => Identity, { nullable: true, description: 'The identity, with what it still lacks.' })
  identity!: Identity | null;
}

@ObjectType({ description: 'Result of submitIdentity.' })
export class SubmitIdentityPayload extends UserErrorsPayload {
  @Field(() => Identity, { nullable: true, description: 'The identity, now IN_REVIEW; null when userErrors says why not.' })
  identity!: Identity | null;
}
