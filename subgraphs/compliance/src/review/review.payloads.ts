import { Field, ObjectType } from 'type-graphql';
import { IdentityDocument } from '../identity/identity-document.entity';
import { Identity } from '../identity/identity.entity';
import { UserErrorsPayload } from '../user-errors';

@ObjectType({ description: 'Result of decideIdentityDocument.' })
export class DecideIdentityDocumentPayload extends UserErrorsPayload {
  @Field(() => IdentityDocument, { nullable: true, description: 'The document as decided; null when userErrors says why not.' })
  document!: IdentityDocument | null;

  @Field(() => Identity, { nullable: true, description: 'The identity: APPROVED or REJECTED once its last document is decided, still IN_REVIEW before.' })
  identity!: Identity | null;
}
