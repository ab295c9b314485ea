import { Directive, Field, ID, ObjectType } from 'type-graphql';

/**
 * Telephony owns Extension; a number's route points at one, and numbering adds the numbers that
 * ring it (`inboundNumbers`), which telephony also asks for before it removes an extension.
 */
@Directive('@key(fields: "id")')
@ObjectType({ description: 'A user of the phone system, reached by a short internal number such as "901".' })
export class Extension {
  @Field(() => ID, { description: 'Extension id.' })
  id!: string;
}
