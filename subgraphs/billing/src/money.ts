import { Field, Int, ObjectType } from 'type-graphql';

/** Money as integer minor units plus currency: never a float. */
@ObjectType({ description: 'An amount of money in integer minor units (cents) of a currency.' })
export class Money {
  @Field(() => Int, { description: 'Amount in minor units, for example 1999 for 19.99.' })
  amountMinor!: number;

  @Field({ description: 'ISO 4217 currency code, for example "EUR".' })
  currency!: string;

  @Field({ description: 'The amount formatted for display in English, for example "€19.99".' })
  get formatted(): string {
    return new Intl.NumberFormat('en', { style: 'currency', currency: this.currency }).format(this.amountMinor / 100);
  }

  static of(amountMinor: number, currency: string): Money {
    return Object.assign(new Money(), { amountMinor, currency });
  }
}
