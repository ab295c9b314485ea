import { applyTransition } from '../../../../packages/kit/src';
/**
 * The review state of one document: PENDING until a reviewer decides, APPROVED or REJECTED after.
 * A rejected document is replaced by a new upload (a new PENDING row); an approved one expires
 * when its validity ends. Only a pending document may be decided, so two reviewers deciding the
 * same document cannot both win (the write is also conditioned on its version).
 */
export enum DocumentState {
  PENDING = 'PENDING',
  APPROVED = 'APPROVED',
  REJECTED = 'REJECTED',
  EXPIRED = 'EXPIRED',
}

export enum DocumentEvent {
  APPROVE = 'APPROVE',
  REJECT = 'REJECT',
  EXPIRE = 'EXPIRE',
  /** The customer uploads a new file for this kind (the old row is removed). */
  REPLACE = 'REPLACE',
}

export interface DocumentTransition {
  from: DocumentState;
  event: DocumentEvent;
  to: DocumentState | 'REPLACED';
}

export const DOCUMENT_TRANSITIONS: readonly DocumentTransition[] = [
  { from: DocumentState.PENDING, event: DocumentEvent.APPROVE, to: DocumentState.APPROVED },
  { from: DocumentState.PENDING, event: DocumentEvent.REJECT, to: DocumentState.REJECTED },
  // A draft's document can be swapped before review; a rejected one must be.
  { from: DocumentState.PENDING, event: DocumentEvent.REPLACE, to: 'REPLACED' },
  { from: DocumentState.REJECTED, event: DocumentEvent.REPLACE, to: 'REPLACED' },
  { from: DocumentState.APPROVED, event: DocumentEvent.EXPIRE, to: DocumentState.EXPIRED },
  { from: DocumentState.EXPIRED, event: DocumentEvent.REPLACE, to: 'REPLACED' },
];

export function applyDocumentEvent(from: DocumentState, event: DocumentEvent): DocumentState | 'REPLACED' | null {
  const result = applyTransition<DocumentState | 'REPLACED', DocumentEvent>(DOCUMENT_TRANSITIONS, from, event);
  return result.ok ? result.to : null;
}
