import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { accountStubReference } from '../../../../packages/kit/src';

/** Billing owns Account; numbering adds its phone numbers to it. */
@Directive('@key(fields: "id")')
@ObjectType({ description: 'A customer account: the company that buys plans, numbers and dialers.' })
export class Account {
  @Field(() => ID, { description: 'Account id.' })
  id!: string;
}

export const accountReference = accountStubReference(Account);
