import type { DataSource, EntityManager } from 'typeorm';
import {
  checkIdempotencyKey,
  claimIdempotencyKey,
  findRecordedOutcome,
  idempotencyClaim,
  IdempotencyKeyTaken,
  recordOutcome,
  type IdempotencyClaim,
  type IdempotencyRequest,
} from './idempotency';
import { outboxCommitted, publishEvent, type Publish } from './events/outbox';
import { inSavepoint, inTransaction } from './transaction';
import { refuse, type Checked } from './user-errors';

export interface MutationSteps<Valid, Result> {
  /**
   * Everything that needs no lock: input rules, reads, calls to other subgraphs. Runs outside
   * the transaction (a slow peer never holds a lock). A refusal here is returned as it is and is
   * not recorded against the idempotency key, so a client may fix its input and retry with it.
   */
  check(): Promise<Checked<Valid>>;
  /**
   * The writes, in one transaction. A refusal here (a unique index said no, a stale version)
   * undoes every write of this step and is recorded like a success: a retry replays it.
   * `Result` must be plain JSON (ids, not entities): it is what a replay returns.
   * `publish` writes an event into the outbox of this transaction: it leaves only if the write
   * commits (a refusal undoes it with the rest).
   */
  write(tx: EntityManager, valid: Valid, effects: { publish: Publish }): Promise<Checked<Result>>;
  /** Makes the mutation idempotent when `key` is given. */
  idempotency?: IdempotencyRequest;
}

export type MutationOutcome<Result> = Checked<Result> & { replayed: boolean };

/**
 * The one way a mutation runs: check, then write in one transaction, optionally under an
 * idempotency key (same key and input: the first outcome again and nothing written; same key,
 * another input: IDEMPOTENCY_KEY_REUSED). Unexpected errors are thrown and roll everything back.
 */
export async function runMutation<Valid, Result>(db: DataSource, steps: MutationSteps<Valid, Result>): Promise<MutationOutcome<Result>> {
  const request = steps.idempotency;
  let claim: IdempotencyClaim | null = null;
  if (request && request.key !== undefined && request.key !== null) {
    const invalid = checkIdempotencyKey(request.key);
    if (invalid) return { ...refuse(invalid), replayed: false };
    claim = idempotencyClaim({ ...request, key: request.key });
    // A retry after success is answered from the record, without checks or peer calls.
    const recorded = await findRecordedOutcome<Result>(db, claim);
    if (recorded) return { ...recorded, replayed: true };
  }

  const checked = await steps.check();
  if (!checked.ok) return { ...checked, replayed: false };

  // Two attempts: if a concurrent holder of the key rolled back, ours may claim it next time.
  for (let attempt = 1; ; attempt++) {
    let published = false;
    try {
      const outcome = await inTransaction(db, async (tx) => {
        const recordId = claim ? await claimIdempotencyKey(tx, claim) : null;
        const written = await inSavepoint(
          tx,
          (inner) => {
            const publish: Publish = (contract, event) => {
              published = true;
              return publishEvent(inner, contract, event);
            };
            return steps.write(inner, checked.value, { publish });
          },
          (result) => result.ok,
        );
        if (recordId) await recordOutcome(tx, recordId, written);
        return written;
      });
      if (published && outcome.ok) outboxCommitted(db);
      return { ...outcome, replayed: false };
    } catch (error) {
      if (!(error instanceof IdempotencyKeyTaken) || !claim) throw error;
      const recorded = await findRecordedOutcome<Result>(db, claim);
      if (recorded) return { ...recorded, replayed: true };
      if (attempt >= 2) throw new Error(`Idempotency key of ${claim.operation} stayed claimed without an outcome.`);
    }
  }
}
