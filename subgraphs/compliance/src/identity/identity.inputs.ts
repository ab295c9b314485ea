import GraphQLUpload from 'graphql-upload/GraphQLUpload.mjs';
import type { FileUpload } from 'graphql-upload/processRequest.mjs';
import { Field, ID, InputType, Int } from 'type-graphql';
import { DocumentKind } from '../document/document-kind';
import { IdentityKind, NumberUse } from '../requirements/requirements';

const IDEMPOTENCY_KEY =
  'Makes retries safe: 1 to 100 characters, unique per request (a UUID). The same key with the same input returns the first result and does nothing more; with another input it is refused (IDEMPOTENCY_KEY_REUSED).';

@InputType({ description: 'A postal address.' })
export class IdentityAddressInput {
  @Field({ description: 'Street and number, 1 to 200 characters.' })
  line!: string;

  @Field({ description: 'Postal code, 1 to 20 characters.' })
  postalCode!: string;

  @Field({ description: 'City, 1 to 100 characters.' })
  city!: string;

  @Field({ description: 'Two-letter ISO 3166-1 country code, for example "FR".' })
  countryCode!: string;
}

@InputType({ description: 'A new identity, created as a draft: complete it, upload its documents, then submit it.' })
export class CreateIdentityInput {
  @Field(() => ID, { nullable: true, description: 'Account to create it in. Customers may omit it (their own account); staff must give it.' })
  accountId?: string | null;

  @Field(() => IdentityKind, { description: 'Business or individual.' })
  kind!: IdentityKind;

  @Field({ description: 'Country of the numbers the identity is for (ISO 3166-1 alpha-2); the registration number is checked for it.' })
  countryCode!: string;

  @Field(() => NumberUse, { defaultValue: NumberUse.LOCAL, description: 'The kind of number the identity is for.' })
  numberUse!: NumberUse;

  @Field({ description: 'Registered company name, or the full name of the person: 1 to 200 characters.' })
  legalName!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Company registration number (SIREN or SIRET in France, with its check digit); spaces and dots are ignored.',
  })
  registrationNumber?: string | null;

  @Field(() => IdentityAddressInput, { nullable: true, description: 'Postal address of the company or person.' })
  address?: IdentityAddressInput | null;

  @Field(() => String, { nullable: true, description: 'Contact email for the verification team.' })
  contactEmail?: string | null;

  @Field(() => String, { nullable: true, description: 'Contact phone number in international form, for example "+33612345678".' })
  contactPhone?: string | null;

  @Field(() => String, { nullable: true, description: IDEMPOTENCY_KEY })
  idempotencyKey?: string | null;
}

@InputType({
  description:
    'Changes to an identity; omitted fields keep their value. A draft or rejected identity changes in place; an approved one gets a new revision, reviewed again.',
})
export class UpdateIdentityInput {
  @Field(() => ID, { description: 'Identity id.' })
  id!: string;

  @Field(() => Int, { description: 'The `version` you read; refused (VERSION_CONFLICT) if the identity changed since.' })
  expectedVersion!: number;

  @Field(() => String, { nullable: true, description: 'New legal name.' })
  legalName?: string | null;

  @Field(() => String, { nullable: true, description: 'New registration number; null removes it.' })
  registrationNumber?: string | null;

  @Field(() => IdentityAddressInput, { nullable: true, description: 'New address; null removes it.' })
  address?: IdentityAddressInput | null;

  @Field(() => String, { nullable: true, description: 'New contact email; null removes it.' })
  contactEmail?: string | null;

  @Field(() => String, { nullable: true, description: 'New contact phone; null removes it.' })
  contactPhone?: string | null;

  @Field(() => NumberUse, { nullable: true, description: 'New number use. Omit (or null) to keep it.' })
  numberUse?: NumberUse | null;
}

@InputType({ description: 'A draft identity to delete, with its documents.' })
export class DeleteIdentityInput {
  @Field(() => ID, { description: 'Identity id.' })
  id!: string;

  @Field(() => Int, { nullable: true, description: 'The `version` you read; when given, refused (VERSION_CONFLICT) if the identity changed since.' })
  expectedVersion?: number | null;
}

@InputType({ description: 'A document file for an identity, sent as a GraphQL multipart request (the file in its own part).' })
export class UploadIdentityDocumentInput {
  @Field(() => ID, { description: 'Identity id (a draft, or a rejected identity whose document is replaced).' })
  identityId!: string;

  @Field(() => DocumentKind, { description: 'What the document proves. A new upload of a kind replaces the previous file of that kind.' })
  kind!: DocumentKind;

  @Field(() => GraphQLUpload, { description: 'The file: PDF, JPEG or PNG (judged by its content), at most 10 MB.' })
  file!: Promise<FileUpload>;
}

@InputType({ description: 'An identity to send to review.' })
export class SubmitIdentityInput {
  @Field(() => ID, { description: 'Identity id.' })
  id!: string;

  @Field(() => Int, { description: 'The `version` you read; refused (VERSION_CONFLICT) if the identity changed since.' })
  expectedVersion!: number;
}
