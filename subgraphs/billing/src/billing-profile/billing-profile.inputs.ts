import { Field, ID, InputType, Int } from 'type-graphql';
import { CustomerKind } from '../quote/vat.enums';

@InputType({ description: "The account's billing profile, whole (every field is replaced)." })
export class SaveBillingProfileInput {
  @Field(() => ID, { nullable: true, description: 'Account whose profile it is. Customers may omit it (their own account); staff must give it.' })
  accountId?: string | null;

  @Field(() => Int, {
    nullable: true,
    description: 'The `version` you read; omit it for the first save. A stale or missing version on an existing profile gives VERSION_CONFLICT.',
  })
  expectedVersion?: number | null;

  @Field({ description: 'Legal name of the company, or full name of an individual: 1 to 200 characters.' })
  legalName!: string;

  @Field({ description: 'Street address, first line: 1 to 200 characters.' })
  addressLine1!: string;

  @Field(() => String, { nullable: true, description: 'Street address, second line.' })
  addressLine2?: string | null;

  @Field({ description: 'Postal code: 1 to 20 characters.' })
  postalCode!: string;

  @Field({ description: 'City: 1 to 100 characters.' })
  city!: string;

  @Field({ description: 'Country of the billing address, ISO 3166-1 alpha-2 ("FR"): it decides the VAT.' })
  countryCode!: string;

  @Field(() => CustomerKind, { description: 'Business or individual: it decides the VAT.' })
  customerKind!: CustomerKind;

  @Field(() => String, {
    nullable: true,
    description:
      'VAT number of a business (spaces and dots allowed): format and check digits checked, then asked of the EU registry (VIES) for EU numbers. Must be of the address country.',
  })
  vatNumber?: string | null;

  @Field(() => String, { nullable: true, description: 'SIREN (9 digits, Luhn checksum): required for a French business, refused otherwise.' })
  siren?: string | null;
}
