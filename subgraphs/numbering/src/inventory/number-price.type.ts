import { Field, Int, ObjectType } from 'type-graphql';

/** Money as integer minor units plus currency (numbering's own value type; billing has its Money). */
@ObjectType({ description: 'A price in integer minor units (cents) of a currency.' })
export class NumberPrice {
  @Field(() => Int, { description: 'Amount in minor units, for example 150 for 1.50.' })
  amountMinor!: number;

  @Field({ description: 'ISO 4217 currency code, for example "EUR".' })
  currency!: string;

  @Field({ description: 'The amount formatted for display in English, for example "€1.50".' })
  get formatted(): string {
    return new Intl.NumberFormat('en', { style: 'currency', currency: this.currency }).format(this.amountMinor / 100);
  }

  static of(amountMinor: number, currency: string): NumberPrice {
    return Object.assign(new NumberPrice(), { amountMinor, currency });
  }
}
