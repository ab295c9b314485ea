import type { EntityManager } from 'typeorm';

/** What other subgraphs may learn about reviews: ids and outcomes, never documents or personal data. */
export type IdentityEvent =
  | { type: 'IdentityApproved'; identityId: string; accountId: string; revision: number; supersededIdentityId: string | null; validUntil: string | null }
  | { type: 'IdentityRejected'; identityId: string; accountId: string; revision: number; rejectedDocumentKinds: string[] }
  | { type: 'IdentityExpired'; identityId: string; accountId: string };

/**
 * The one place review outcomes are published. It runs inside the deciding transaction so that,
 * once the events helper's outbox lands in the kit, the event is written atomically with the
 * decision (outbox row in `tx`). Until then it records nothing: numbering does not consume these
 * yet. Keep payloads free of documents, names and reasons' notes (privacy).
 */
export async function publishIdentityEvent(_tx: EntityManager, _event: IdentityEvent): Promise<void> {
  // TODO(events, issue 11): `await writeOutbox(tx, 'compliance', event)` once the kit has it.
}
