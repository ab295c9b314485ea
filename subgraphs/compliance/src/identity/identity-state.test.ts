import { DocumentEvent, DocumentState, DOCUMENT_TRANSITIONS, applyDocumentEvent } from '../document/document-state';
import { applyIdentityEvent, IdentityEvent, IdentityStatus, IDENTITY_TRANSITIONS } from './identity-state';

describe('identity lifecycle', () => {
  const pairs = Object.values(IdentityStatus).flatMap((from) => Object.values(IdentityEvent).map((event) => [from, event] as const));
  it.each(pairs)('%s + %s follows the table, and only the table', (from, event) => {
    const row = IDENTITY_TRANSITIONS.find((t) => t.from === from && t.event === event);
    expect(applyIdentityEvent(from, event)).toBe(row ? row.to : null);
  });
  it('walks the seed flow: draft, submitted, rejected, resubmitted, approved, superseded', () => {
    const steps = [
      IdentityEvent.EDIT,
      IdentityEvent.SUBMIT,
      IdentityEvent.REJECT,
      IdentityEvent.EDIT,
      IdentityEvent.SUBMIT,
      IdentityEvent.APPROVE,
      IdentityEvent.SUPERSEDE,
    ];
    const states = steps.reduce<IdentityStatus[]>(
      (acc, event) => [...acc, applyIdentityEvent(acc[acc.length - 1]!, event) as IdentityStatus],
      [IdentityStatus.DRAFT],
    );
    expect(states).toEqual(['DRAFT', 'DRAFT', 'IN_REVIEW', 'REJECTED', 'REJECTED', 'IN_REVIEW', 'APPROVED', 'SUPERSEDED']);
  });
  it('never edits or deletes a reviewed identity in place', () => {
    for (const status of [IdentityStatus.IN_REVIEW, IdentityStatus.APPROVED, IdentityStatus.EXPIRED, IdentityStatus.SUPERSEDED]) {
      expect(applyIdentityEvent(status, IdentityEvent.EDIT)).toBeNull();
      expect(applyIdentityEvent(status, IdentityEvent.DELETE)).toBeNull();
    }
  });
});

describe('document review', () => {
  const pairs = Object.values(DocumentState).flatMap((from) => Object.values(DocumentEvent).map((event) => [from, event] as const));
  it.each(pairs)('%s + %s follows the table, and only the table', (from, event) => {
    const row = DOCUMENT_TRANSITIONS.find((t) => t.from === from && t.event === event);
    expect(applyDocumentEvent(from, event)).toBe(row ? row.to : null);
  });
  it('decides a document once: a second decision is refused', () => {
    const decided = applyDocumentEvent(DocumentState.PENDING, DocumentEvent.APPROVE) as DocumentState;
    expect(applyDocumentEvent(decided, DocumentEvent.REJECT)).toBeNull();
    expect(applyDocumentEvent(decided, DocumentEvent.APPROVE)).toBeNull();
  });
});
