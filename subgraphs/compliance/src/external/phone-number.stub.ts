import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** Numbering owns PhoneNumber; compliance adds the identity the number is linked to. */
@Directive('@key(fields: "id")')
@ObjectType({ description: 'A phone number the account holds.' })
export class PhoneNumber {
  @Field(() => ID, { description: 'Phone number id.' })
  id!: string;
}
