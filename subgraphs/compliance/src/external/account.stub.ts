import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** Billing owns Account; compliance adds its identities to it. */
@Directive('@key(fields: "id")')
@ObjectType({ description: 'A customer account (owned by billing).' })
export class Account {
  @Field(() => ID, { description: 'Account id.' })
  id!: string;
}
