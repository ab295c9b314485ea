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
    CUSTOMER: { description: 'A user of one customer account: sees that account only; an owner may change it, a member only reads it.' },
    STAFF: { description: "The provider's staff: may read any account; what else depends on its staff role (support, compliance, billing, admin)." },
  },
});

@ObjectType({ description: 'The authenticated caller and its account.' })
export class Viewer {
  @Field({ description: 'Subject (user id) of the token.' })
  subject!: string;

  @Field(() => Role, { description: 'Role granted by the token.' })
  role!: CallerRole;

  @Field(() => [String], {
    description:
      'What the caller may do, as its role grants (account:read, extensions:write, billing:purchase, numbers:purchase, identities:write, staff:read, staff:write, staff:review, staff:billing): each mutation and staff field names the one it needs, and refuses with FORBIDDEN without it.',
  })
  permissions!: string[];

  @Field(() => Account, { nullable: true, description: "The caller's own account; null for staff without one." })
  account!: Account | null;
}
