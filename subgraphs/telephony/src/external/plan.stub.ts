import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** Billing owns Plan; an extension only points at one. */
@Directive('@key(fields: "id", resolvable: false)')
@ObjectType({ description: 'A plan of the catalogue, priced per user per month.' })
export class Plan {
  @Field(() => ID, { description: 'Plan id.' })
  id!: string;
}
