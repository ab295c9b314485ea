import { useState } from 'react';
import {
  DecideIdentityDocumentDocument,
  IdentityReviewQueueDocument,
  type IdentityDocumentFieldsFragment,
  type RejectionReason,
  type UserErrorFieldsFragment,
} from '../gql/graphql';
import { DOCUMENT_LABELS } from './identities';
import { session } from './session';
import { describeError, useQuery } from './use-query';
import { Failure, FieldErrors, Show } from './widgets';

const REASONS: RejectionReason[] = [
  'UNREADABLE',
  'EXPIRED_DOCUMENT',
  'TOO_OLD',
  'NAME_MISMATCH',
  'ADDRESS_MISMATCH',
  'WRONG_DOCUMENT',
  'INCOMPLETE',
  'SUSPECTED_FORGERY',
];

/** Staff review (staff:review): identities waiting, oldest first; each document opened through its signed link, then decided. */
export function StaffReview() {
  const queue = useQuery(() => session.request()(IdentityReviewQueueDocument, {}), []);
  return (
    <section>
      <h1>Staff review</h1>
      <Show loaded={queue}>
        {(data) => {
          const identities = data.identityReviewQueue.edges.map((e) => e.node);
          if (identities.length === 0) return <p className="muted">Nothing to review.</p>;
          return identities.map((identity) => (
            <div className="card" key={identity.id} data-identity={identity.legalName}>
              <h2>
                {identity.legalName} <span className="muted">({identity.account.name})</span>
              </h2>
              <p className="muted">
                {identity.registrationNumber} · submitted {identity.submittedAt ? new Date(identity.submittedAt).toLocaleString() : '—'}
              </p>
              {identity.documents.map((d) => (
                <DocumentDecision key={d.id} document={d} onDecided={queue.reload} />
              ))}
            </div>
          ));
        }}
      </Show>
    </section>
  );
}

/** Validity the reviewer reads on the document: an ID's expiry, a KBIS's or bill's issue date. */
const needsExpiry = (d: IdentityDocumentFieldsFragment) => d.kind === 'ID_CARD_FRONT' || d.kind === 'ID_CARD_BACK' || d.kind === 'PASSPORT';

function DocumentDecision({ document, onDecided }: { document: IdentityDocumentFieldsFragment; onDecided: () => void }) {
  const today = new Date().toISOString().slice(0, 10);
  const inAYear = new Date(Date.now() + 365 * 86_400_000).toISOString().slice(0, 10);
  const [date, setDate] = useState(needsExpiry(document) ? inAYear : today);
  const [reason, setReason] = useState<RejectionReason>('UNREADABLE');
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<UserErrorFieldsFragment[]>([]);
  const [failure, setFailure] = useState<string | null>(null);
  const decide = async (decision: 'APPROVE' | 'REJECT') => {
    setFailure(null);
    try {
      const at = new Date(`${date}T00:00:00Z`).toISOString();
      const { decideIdentityDocument } = await session.request()(DecideIdentityDocumentDocument, {
        input: {
          documentId: document.id,
          expectedVersion: document.version,
          decision,
          ...(decision === 'REJECT' ? { reason, note: note || null } : needsExpiry(document) ? { validUntil: at } : { issuedOn: at }),
        },
      });
      setErrors(decideIdentityDocument.userErrors);
      if (decideIdentityDocument.userErrors.length === 0) onDecided();
    } catch (e) {
      setFailure(describeError(e));
    }
  };
  return (
    <div className="upload" data-kind={document.kind}>
      <p>
        <strong>{DOCUMENT_LABELS[document.kind]}</strong> — {document.state.toLowerCase()}{' '}
        {document.downloadPath && (
          <a href={session.apiUrl(document.downloadPath)} target="_blank" rel="noreferrer">
            Open {document.fileName}
          </a>
        )}
      </p>
      {document.state === 'PENDING' && (
        <div className="row wrap">
          <label>
            {needsExpiry(document) ? 'Valid until' : 'Issued on'}
            <input type="date" value={date} onChange={(e) => setDate(e.target.value)} />
            <FieldErrors errors={errors} field={needsExpiry(document) ? 'validUntil' : 'issuedOn'} />
          </label>
          <button onClick={() => decide('APPROVE')}>Approve</button>
          <label>
            Reason
            <select value={reason} onChange={(e) => setReason(e.target.value as RejectionReason)}>
              {REASONS.map((r) => (
                <option key={r} value={r}>
                  {r.toLowerCase().replace(/_/g, ' ')}
                </option>
              ))}
            </select>
            <FieldErrors errors={errors} field="reason" />
          </label>
          <label>
            Note
            <input value={note} onChange={(e) => setNote(e.target.value)} />
            <FieldErrors errors={errors} field="note" />
          </label>
          <button className="secondary" onClick={() => decide('REJECT')}>
            Reject
          </button>
        </div>
      )}
      <FieldErrors errors={errors} field={null} shown={['validUntil', 'issuedOn', 'reason', 'note']} />
      {failure && <Failure message={failure} />}
    </div>
  );
}
