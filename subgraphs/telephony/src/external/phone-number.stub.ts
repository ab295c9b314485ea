import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** Numbering owns PhoneNumber; an extension only points at the one it shows as caller id. */
@Directive('@key(fields: "id", resolvable: false)')
@ObjectType({ description: 'A phone number the account holds.' })
export class PhoneNumber {
  @Field(() => ID, { description: 'Phone number id.' })
  id!: string;
}
