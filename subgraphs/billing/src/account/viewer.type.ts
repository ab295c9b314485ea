import { Field, ObjectType, registerEnumType } from 'type-graphql';
import type { Role as CallerRole } from '../../../../packages/kit/src';
import { Account } from './account.entity';

export enum Role {
  CUSTOMER = 'CUSTOMER',
  STAFF = 'STAFF',
}
registerEnumType(Role, {
  name: 'Role',
  description: 'What the caller may do.',
  valuesConfig: {
    CUSTOMER: { description: 'A user of one customer account: sees and changes that account only.' },
    STAFF: { description: "The provider's staff: may read any account." },
  },
});

@ObjectType({ description: 'The authenticated caller and its account.' })
export class Viewer {
  @Field({ description: 'Subject (user id) of the token.' })
  subject!: string;

  @Field(() => Role, { description: 'Role granted by the token.' })
  role!: CallerRole;

  @Field(() => Account, { nullable: true, description: "The caller's own account; null for staff without one." })
  account!: Account | null;
}
