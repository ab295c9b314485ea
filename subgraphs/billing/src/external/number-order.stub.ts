import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** Numbering owns number orders; a number order's quote points at one, and billing adds its payment. */
@Directive('@key(fields: "id")')
@ObjectType({ description: 'An order of phone numbers (numbering owns it).' })
export class NumberOrder {
  @Field(() => ID, { description: 'Order id.' })
  id!: string;
}

/** One number of a number order (numbering owns it); billing adds its refund. */
@Directive('@key(fields: "id")')
@ObjectType({ description: 'One number of an order (numbering owns it).' })
export class NumberOrderLine {
  @Field(() => ID, { description: 'Order line id.' })
  id!: string;
}
