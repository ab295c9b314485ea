import type { EntityManager } from 'typeorm';
import { identityApproved, identityExpired, identityRejected, identitySubmitted } from '../../../../packages/events/src';
import { nextAggregateVersion, publishEvent } from '../../../../packages/kit/src';

/** What other subgraphs may learn about reviews: ids and outcomes, never documents or personal data. */
export type IdentityEvent =
  | { type: 'IdentitySubmitted'; identityId: string; accountId: string; revision: number; resubmission: boolean }
  | { type: 'IdentityApproved'; identityId: string; accountId: string; revision: number; supersededIdentityId: string | null; validUntil: string | null }
  | { type: 'IdentityRejected'; identityId: string; accountId: string; revision: number; rejectedDocumentKinds: string[] }
  | { type: 'IdentityExpired'; identityId: string; accountId: string };

/**
 * The one place identity events are published: into the outbox of the deciding transaction, so
 * the event is committed with the decision (the relay sends it after). Payloads stay free of
 * documents, names and reviewers' notes (privacy). Each identity's events are numbered 1, 2, 3...
 */
export async function publishIdentityEvent(tx: EntityManager, event: IdentityEvent): Promise<void> {
  const head = { aggregateId: event.identityId, aggregateVersion: await nextAggregateVersion(tx, 'identity', event.identityId), accountId: event.accountId };
  switch (event.type) {
    case 'IdentitySubmitted':
      await publishEvent(tx, identitySubmitted, {
        ...head,
        payload: { identityId: event.identityId, revision: event.revision, resubmission: event.resubmission },
      });
      return;
    case 'IdentityApproved':
      await publishEvent(tx, identityApproved, {
        ...head,
        payload: { identityId: event.identityId, revision: event.revision, supersededIdentityId: event.supersededIdentityId, validUntil: event.validUntil },
      });
      return;
    case 'IdentityRejected':
      await publishEvent(tx, identityRejected, {
        ...head,
        payload: { identityId: event.identityId, revision: event.revision, rejectedDocumentKinds: event.rejectedDocumentKinds.join(',') },
      });
      return;
    case 'IdentityExpired':
      await publishEvent(tx, identityExpired, { ...head, payload: { identityId: event.identityId } });
  }
}
