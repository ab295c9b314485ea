import type { EventContract } from './contract';
import { defineEvent } from './contract';

/**
 * Identity review events: ids and facts only (never documents, names, addresses or reviewers'
 * notes). The aggregate is the identity; its events are numbered 1, 2, 3... per identity.
 */
export const identitySubmitted = defineEvent<{ identityId: string; revision: number; resubmission: boolean }>({
  type: 'compliance.identity.submitted',
  producer: 'compliance',
  aggregateType: 'identity',
  consumers: ['numbering'],
  description: 'The customer submitted an identity for review (IN_REVIEW), for the first time or again after a rejection.',
  payload: { identityId: 'The identity id.', revision: 'Its revision number.', resubmission: 'True when it was submitted again after a rejection.' },
});

export const identityApproved = defineEvent<{ identityId: string; revision: number; supersededIdentityId: string | null; validUntil: string | null }>({
  type: 'compliance.identity.approved',
  producer: 'compliance',
  aggregateType: 'identity',
  consumers: ['numbering'],
  description: 'The review approved every required document: the identity backs numbers.',
  payload: {
    identityId: 'The identity id.',
    revision: 'Its revision number.',
    supersededIdentityId: 'The earlier revision it replaces (its numbers move to this one), or null.',
    validUntil: 'ISO 8601: when its earliest required document stops being valid, or null.',
  },
});

export const identityRejected = defineEvent<{ identityId: string; revision: number; rejectedDocumentKinds: string }>({
  type: 'compliance.identity.rejected',
  producer: 'compliance',
  aggregateType: 'identity',
  consumers: ['numbering'],
  description: 'The review rejected at least one document: the customer must correct and resubmit.',
  payload: {
    identityId: 'The identity id.',
    revision: 'Its revision number.',
    rejectedDocumentKinds: 'Comma-separated document kinds that were rejected (no reasons, no notes).',
  },
});

export const identityExpired = defineEvent<{ identityId: string }>({
  type: 'compliance.identity.expired',
  producer: 'compliance',
  aggregateType: 'identity',
  consumers: ['numbering'],
  description: 'An approved identity reached the end of its validity; its numbers stay linked until a new revision is approved.',
  payload: { identityId: 'The identity id.' },
});

/** Every event compliance produces; a new one is declared with `defineEvent` and added here (and nowhere else). */
export const COMPLIANCE_EVENTS: EventContract<any>[] = [identitySubmitted, identityApproved, identityRejected, identityExpired];
