import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { accountStubReference } from '../../../../packages/kit/src';

/** Billing owns Account; compliance adds its identities to it. */
@Directive('@key(fields: "id")')
@ObjectType({ description: 'A customer account: the company that buys plans, numbers and dialers.' })
export class Account {
  @Field(() => ID, { description: 'Account id.' })
  id!: string;
}

export const accountReference = accountStubReference(Account);
