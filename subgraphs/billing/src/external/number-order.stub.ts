import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** Numbering owns number orders; a number order's quote points at one, and billing adds its payment. */
@Directive('@key(fields: "id")')
@ObjectType({ description: 'An order of phone numbers (numbering owns it).' })
export class NumberOrder {
  @Field(() => ID, { description: 'Order id.' })
  id!: string;
}
