import { Directive, Field, ID, ObjectType } from 'type-graphql';

/**
 * Numbering owns the numbers on sale; compliance adds what an identity needs to back one, so a
 * search result shows it before anything is reserved. Like PhoneNumber, only the key and `e164`
 * (external, asked of numbering through @requires) are needed.
 */
@Directive('@key(fields: "id")')
@ObjectType({ description: 'A phone number on sale: search them, then reserve the ones you want.' })
export class InventoryNumber {
  @Field(() => ID, { description: 'Inventory number id.' })
  id!: string;

  @Directive('@external')
  @Field({ description: 'The number in E.164 form, for example "+33187654321".' })
  e164?: string;
}
