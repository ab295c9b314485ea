import { createHash } from 'node:crypto';
import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, type DataSource, type EntityManager } from 'typeorm';
import { isUniqueViolation } from './database-errors';
import { newId } from './ids';
import { userError, type Checked, type UserErrorValue } from './user-errors';

export const IDEMPOTENCY_KEY_MAX_LENGTH = 100;

/**
 * What a mutation did the first time it ran with an idempotency key, so that a retry with the
 * same key replays it instead of doing it again. A subgraph whose mutations take keys lists this
 * entity among its own (its table lives in that subgraph's database).
 */
@Entity({ name: 'idempotency_records' })
@Index('uq_idempotency_records_scope_operation_key', ['scope', 'operation', 'keyDigest'], { unique: true })
export class IdempotencyRecord {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  /** Whose keys these are: the account the mutation acts on. */
  @Column({ type: 'varchar', length: 64 })
  scope!: string;

  /** The mutation, for example "createExtension": one key may serve two different operations. */
  @Column({ type: 'varchar', length: 64 })
  operation!: string;

  /** The key as the client sent it (for support); uniqueness is on its digest. */
  @Column({ name: 'idempotency_key', type: 'varchar', length: IDEMPOTENCY_KEY_MAX_LENGTH })
  key!: string;

  /**
   * SHA-256 of the key. MySQL's default collations compare case-insensitively and ignore trailing
   * spaces, SQLite compares bytes; a hex digest makes "abc" and "ABC " different keys on both.
   */
  @Column({ name: 'key_digest', type: 'varchar', length: 64 })
  keyDigest!: string;

  /** SHA-256 of the canonical input: the same key with another input is refused. */
  @Column({ name: 'request_hash', type: 'varchar', length: 64 })
  requestHash!: string;

  /** The recorded outcome (JSON); null only while the first request is still running. */
  @Column({ type: 'text', nullable: true })
  result!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'datetime' })
  createdAt!: Date;
}

/** Which mutation, on whose behalf, with which key and input. */
export interface IdempotencyRequest {
  scope: string;
  operation: string;
  /** Absent or null: the mutation simply runs. */
  key?: string | null;
  /** The input that must match on a retry (without the key itself). */
  input: unknown;
}

/**
 * JSON with object keys sorted at every level and undefined members dropped (as JSON.stringify
 * does), so that equal inputs hash equally whatever order their fields came in.
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, member: unknown) => {
    if (member && typeof member === 'object' && !Array.isArray(member)) {
      return Object.fromEntries(
        Object.keys(member)
          .sort()
          .map((key) => [key, (member as Record<string, unknown>)[key]]),
      );
    }
    return member;
  });
}

export const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

export const requestHash = (input: unknown) => sha256(canonicalJson(input ?? null));

export function checkIdempotencyKey(key: string): UserErrorValue | null {
  return key.length >= 1 && key.length <= IDEMPOTENCY_KEY_MAX_LENGTH
    ? null
    : userError('INVALID_IDEMPOTENCY_KEY', `The idempotency key must be 1 to ${IDEMPOTENCY_KEY_MAX_LENGTH} characters.`, 'idempotencyKey');
}

/** An idempotency key ready to claim: validated and hashed. */
export interface IdempotencyClaim {
  scope: string;
  operation: string;
  key: string;
  keyDigest: string;
  requestHash: string;
}

export function idempotencyClaim(request: IdempotencyRequest & { key: string }): IdempotencyClaim {
  return { scope: request.scope, operation: request.operation, key: request.key, keyDigest: sha256(request.key), requestHash: requestHash(request.input) };
}

/**
 * The recorded outcome of an earlier request with this key: replayed when the input is the same,
 * IDEMPOTENCY_KEY_REUSED when it is not. Null when there is none yet (or it is still running).
 */
export async function findRecordedOutcome<R>(db: DataSource | EntityManager, claim: IdempotencyClaim): Promise<Checked<R> | null> {
  const record = await db.getRepository(IdempotencyRecord).findOneBy({ scope: claim.scope, operation: claim.operation, keyDigest: claim.keyDigest });
  if (!record || record.result === null) return null;
  if (record.requestHash !== claim.requestHash) {
    return {
      ok: false,
      userErrors: [userError('IDEMPOTENCY_KEY_REUSED', 'This idempotency key was already used with a different input; nothing was done.', 'idempotencyKey')],
    };
  }
  return JSON.parse(record.result) as Checked<R>;
}

/** Another request holds or held this key; the caller reads its outcome once that one is done. */
export class IdempotencyKeyTaken extends Error {
  constructor() {
    super('idempotency key already claimed');
  }
}

/**
 * Claims the key inside the mutation's transaction. The unique index makes a concurrent claim of
 * the same key wait for this transaction (MySQL) or run after it (SQLite), then fail.
 */
export async function claimIdempotencyKey(tx: EntityManager, claim: IdempotencyClaim): Promise<string> {
  const id = newId();
  try {
    await tx.getRepository(IdempotencyRecord).insert({ id, ...claim, result: null });
  } catch (error) {
    if (isUniqueViolation(error)) throw new IdempotencyKeyTaken();
    throw error;
  }
  return id;
}

export async function recordOutcome(tx: EntityManager, recordId: string, outcome: Checked<unknown>): Promise<void> {
  await tx.getRepository(IdempotencyRecord).update({ id: recordId }, { result: JSON.stringify(outcome) });
}
