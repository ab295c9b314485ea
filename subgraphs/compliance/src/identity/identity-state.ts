import { applyTransition } from '../../../../packages/kit/src';
/**
 * The lifecycle of an identity: a transitions table and one pure function applying it.
 * DRAFT -> (submit) IN_REVIEW -> APPROVED | REJECTED; REJECTED -> (edit/replace) back to DRAFT is
 * implicit: a rejected identity accepts replaced documents and is submitted again from REJECTED.
 * An APPROVED identity is never edited in place: a change creates a new revision (a DRAFT row)
 * and the approved one keeps backing its numbers until the revision is approved (SUPERSEDE).
 */
export enum IdentityStatus {
  DRAFT = 'DRAFT',
  IN_REVIEW = 'IN_REVIEW',
  APPROVED = 'APPROVED',
  REJECTED = 'REJECTED',
  EXPIRED = 'EXPIRED',
  SUPERSEDED = 'SUPERSEDED',
}

export enum IdentityEvent {
  /** The customer changes fields or documents. */
  EDIT = 'EDIT',
  SUBMIT = 'SUBMIT',
  /** Every required document was approved. */
  APPROVE = 'APPROVE',
  /** The review ended with at least one rejected document. */
  REJECT = 'REJECT',
  /** A document's validity ended. */
  EXPIRE = 'EXPIRE',
  /** A newer revision of this identity was approved. */
  SUPERSEDE = 'SUPERSEDE',
  /** The customer deletes it (drafts only: a reviewed identity is evidence). */
  DELETE = 'DELETE',
}

export interface IdentityTransition {
  from: IdentityStatus;
  event: IdentityEvent;
  to: IdentityStatus | 'DELETED';
}

export const IDENTITY_TRANSITIONS: readonly IdentityTransition[] = [
  { from: IdentityStatus.DRAFT, event: IdentityEvent.EDIT, to: IdentityStatus.DRAFT },
  { from: IdentityStatus.DRAFT, event: IdentityEvent.SUBMIT, to: IdentityStatus.IN_REVIEW },
  { from: IdentityStatus.DRAFT, event: IdentityEvent.DELETE, to: 'DELETED' },
  { from: IdentityStatus.IN_REVIEW, event: IdentityEvent.APPROVE, to: IdentityStatus.APPROVED },
  { from: IdentityStatus.IN_REVIEW, event: IdentityEvent.REJECT, to: IdentityStatus.REJECTED },
  // The customer fixes what was rejected, then submits again.
  { from: IdentityStatus.REJECTED, event: IdentityEvent.EDIT, to: IdentityStatus.REJECTED },
  { from: IdentityStatus.REJECTED, event: IdentityEvent.SUBMIT, to: IdentityStatus.IN_REVIEW },
  { from: IdentityStatus.APPROVED, event: IdentityEvent.EXPIRE, to: IdentityStatus.EXPIRED },
  { from: IdentityStatus.APPROVED, event: IdentityEvent.SUPERSEDE, to: IdentityStatus.SUPERSEDED },
  { from: IdentityStatus.EXPIRED, event: IdentityEvent.SUPERSEDE, to: IdentityStatus.SUPERSEDED },
];

/** The next state, or null when the event is not allowed in `from` (a typed user error for callers). */
export function applyIdentityEvent(from: IdentityStatus, event: IdentityEvent): IdentityStatus | 'DELETED' | null {
  const result = applyTransition<IdentityStatus | 'DELETED', IdentityEvent>(IDENTITY_TRANSITIONS, from, event);
  return result.ok ? result.to : null;
}

/** States in which the customer may change fields and documents in place. */
export const isEditable = (status: IdentityStatus) => applyIdentityEvent(status, IdentityEvent.EDIT) !== null;
