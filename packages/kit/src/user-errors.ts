import { Directive, Field, ObjectType, registerEnumType } from 'type-graphql';

/**
 * Expected failures of a mutation travel in its payload as `userErrors`, never as GraphQL errors:
 * a client branches on `code`, shows `message` and highlights the input `field`.
 *
 * Every subgraph declares its own `UserErrorCode` enum (these common codes plus its domain's).
 * Federation 2 composes an enum used only in output positions as the union of the subgraphs'
 * values, so `UserErrorCode` must never be used as an argument or input field.
 */
export const COMMON_USER_ERROR_CODES = {
  NOT_FOUND: 'The object does not exist, or is not yours (both read the same).',
  ACCOUNT_REQUIRED: 'Staff must name the account (`accountId`) to act on.',
  VERSION_CONFLICT: 'The object changed since you read it: `expectedVersion` is stale. Read it again, then retry.',
  IDEMPOTENCY_KEY_REUSED: 'This idempotency key was already used with a different input; nothing was done.',
  INVALID_IDEMPOTENCY_KEY: 'The idempotency key must be 1 to 100 characters.',
} as const;

export type CommonUserErrorCode = keyof typeof COMMON_USER_ERROR_CODES;

/** A user error as services build it (plain data, JSON-storable for idempotent replays). */
export interface UserErrorValue<Code extends string = string> {
  code: Code;
  /** The input field at fault, for example "number"; null when the whole input is. */
  field: string | null;
  message: string;
}

export const userError = <Code extends string>(code: Code, message: string, field: string | null = null): UserErrorValue<Code> => ({ code, field, message });

export const notFound = (what: string, field = 'id') => userError('NOT_FOUND', `No ${what} with this id.`, field);

export const versionConflict = (what: string) =>
  userError('VERSION_CONFLICT', `The ${what} changed since you read it; read it again and retry with its current version.`, 'expectedVersion');

/** The outcome of a check: a value to go on with, or the user errors that stop the mutation. */
export type Checked<T> = { ok: true; value: T } | { ok: false; userErrors: UserErrorValue[] };

export const accept = <T>(value: T): Checked<T> => ({ ok: true, value });

export const refuse = (...userErrors: UserErrorValue[]): { ok: false; userErrors: UserErrorValue[] } => ({ ok: false, userErrors });

type CheckedValues<T extends Record<string, Checked<unknown>>> = { [K in keyof T]: T[K] extends Checked<infer V> ? V : never };

/** Runs every check and reports every failure at once, so a form shows all its errors together. */
export function checkAll<T extends Record<string, Checked<unknown>>>(checks: T): Checked<CheckedValues<T>> {
  const userErrors = Object.values(checks).flatMap((check) => (check.ok ? [] : check.userErrors));
  if (userErrors.length) return refuse(...userErrors);
  return accept(Object.fromEntries(Object.entries(checks).map(([name, check]) => [name, (check as { value: unknown }).value])) as CheckedValues<T>);
}

/**
 * Declares a subgraph's `UserErrorCode` enum (the common codes plus `domainCodes`, each with its
 * description), the `UserError` type (@shareable: every subgraph returns it) and the abstract
 * payload base every `<Verb><Noun>Payload` extends. Call it once per subgraph.
 */
export function defineUserErrorTypes<Domain extends Record<string, string>>(domainCodes: Domain) {
  const descriptions: Record<string, string> = { ...COMMON_USER_ERROR_CODES, ...domainCodes };
  type Code = CommonUserErrorCode | (keyof Domain & string);
  const UserErrorCode = Object.fromEntries(Object.keys(descriptions).map((code) => [code, code])) as { [K in Code]: K };
  registerEnumType(UserErrorCode, {
    name: 'UserErrorCode',
    description: 'Why a mutation did nothing. Each service adds its own codes; branch on the ones you know and show the message otherwise.',
    valuesConfig: Object.fromEntries(Object.entries(descriptions).map(([code, description]) => [code, { description }])) as Record<
      Code,
      { description: string }
    >,
  });

  @Directive('@shareable')
  @ObjectType('UserError', { description: 'An expected failure of a mutation: nothing was written. Show `message`; branch on `code`.' })
  class UserError implements UserErrorValue<Code> {
    @Field(() => UserErrorCode, { description: 'Stable code to branch on.' })
    code!: Code;

    @Field(() => String, { nullable: true, description: 'The input field at fault, for example "number"; null when it is the input as a whole.' })
    field!: string | null;

    @Field({ description: 'What went wrong, in English, safe to show to the user.' })
    message!: string;
  }

  // A base class only: type-graphql emits it only if referenced, and payloads never return it.
  @ObjectType('UserErrorsPayload', { description: 'Base of every mutation payload.' })
  abstract class UserErrorsPayload {
    @Field(() => [UserError], { description: 'Why nothing was done; empty when the mutation succeeded.' })
    userErrors!: UserErrorValue[];
  }

  return { UserErrorCode, UserError, UserErrorsPayload };
}
