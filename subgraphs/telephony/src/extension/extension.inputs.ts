import { Field, ID, InputType, Int } from 'type-graphql';

@InputType({ description: 'A new extension (user of the phone system).' })
export class CreateExtensionInput {
  @Field(() => ID, { nullable: true, description: 'Account to create it in. Customers may omit it (their own account); staff must give it.' })
  accountId?: string | null;

  @Field({
    description:
      "Internal number: digits only, 3 to 6 of them unless the account's dial plan says otherwise, unique in the account, never an emergency or service number of the account's country.",
  })
  number!: string;

  @Field({ description: 'Name shown on internal calls and in the directory: 1 to 80 characters, trimmed, inner whitespace collapsed, no control characters.' })
  displayName!: string;

  @Field(() => String, { nullable: true, description: 'Email of the user, for voicemail and notifications; its domain is stored lowercased.' })
  email?: string | null;

  @Field({ defaultValue: true, description: 'Whether unanswered calls go to voicemail.' })
  voicemailEnabled!: boolean;

  @Field(() => ID, { nullable: true, description: "Id of one of the account's phone numbers, shown to the called party on outbound calls." })
  outboundCallerIdNumberId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Id of a phone-system plan the user counts against.' })
  planId?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Makes retries safe: 1 to 100 characters, unique per request (a UUID). The same key with the same input returns the first result and creates nothing; with another input it is refused (IDEMPOTENCY_KEY_REUSED).',
  })
  idempotencyKey?: string | null;
}

@InputType({ description: 'Changes to an extension. Omitted fields keep their value.' })
export class UpdateExtensionInput {
  @Field(() => ID, { description: 'Extension id.' })
  id!: string;

  @Field(() => Int, { description: 'The `version` you read; the change is refused (VERSION_CONFLICT) if the extension changed since.' })
  expectedVersion!: number;

  @Field(() => String, { nullable: true, description: 'New internal number, same rules as on creation. Omit (or null) to keep it.' })
  number?: string | null;

  @Field(() => String, { nullable: true, description: 'New display name, same rules as on creation. Omit (or null) to keep it.' })
  displayName?: string | null;

  @Field(() => String, { nullable: true, description: 'New email; null removes it, omit to keep it.' })
  email?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Whether unanswered calls go to voicemail. Omit (or null) to keep it.' })
  voicemailEnabled?: boolean | null;

  @Field(() => ID, { nullable: true, description: "Id of one of the account's phone numbers as outbound caller id; null removes it, omit to keep it." })
  outboundCallerIdNumberId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Id of a phone-system plan; null removes it, omit to keep it.' })
  planId?: string | null;
}

@InputType({ description: 'The extension to remove.' })
export class DeleteExtensionInput {
  @Field(() => ID, { description: 'Extension id.' })
  id!: string;

  @Field(() => Int, { nullable: true, description: 'If given, the extension is removed only if it still has this version (VERSION_CONFLICT otherwise).' })
  expectedVersion?: number | null;
}

@InputType({ description: 'Narrows a list of extensions; conditions combine with AND.' })
export class ExtensionFilter {
  @Field(() => String, { nullable: true, description: 'Only extensions whose number starts with these digits.' })
  numberPrefix?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Only extensions whose display name or email contains this text, ignoring case (all letters on MySQL, ASCII letters on the embedded SQLite). At most 100 characters.',
  })
  search?: string | null;
}
