import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** Telephony owns Extension; a number's route only points at one, telephony resolves the rest. */
@Directive('@key(fields: "id", resolvable: false)')
@ObjectType({ description: 'A user of the phone system, reached by a short internal number such as "901".' })
export class Extension {
  @Field(() => ID, { description: 'Extension id.' })
  id!: string;
}
