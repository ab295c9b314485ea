import { Directive, Field, ID, ObjectType } from 'type-graphql';

/**
 * Numbering owns PhoneNumber; compliance adds the identity the number is linked to and what an
 * identity needs to back it. Only the key and `e164` (external, asked of numbering through
 * @requires) are needed: the country and kind of number follow from the E.164 form.
 */
@Directive('@key(fields: "id")')
@ObjectType({ description: 'A phone number the account holds.' })
export class PhoneNumber {
  @Field(() => ID, { description: 'Phone number id.' })
  id!: string;

  @Directive('@external')
  @Field({ description: 'The number in E.164 form, for example "+33187654321".' })
  e164?: string;
}
