import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** Telephony owns Extension; a number's route only points at one, telephony resolves the rest. */
@Directive('@key(fields: "id", resolvable: false)')
@ObjectType({ description: 'An extension of the phone system (owned by telephony).' })
export class Extension {
  @Field(() => ID, { description: 'Extension id.' })
  id!: string;
}
