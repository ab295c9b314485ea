import { useState } from 'react';
import {
  CreateIdentityDocument,
  IdentityDetailDocument,
  MyIdentitiesDocument,
  SubmitIdentityDocument,
  UploadIdentityDocumentDocument,
  type DocumentKind,
  type IdentityFieldsFragment,
  type UserErrorFieldsFragment,
} from '../gql/graphql';
import { session } from './session';
import { describeError, useQuery } from './use-query';
import { Failure, FieldErrors, Show } from './widgets';

/** The seed's four documents of a French business identity, in its words. */
export const DOCUMENT_LABELS: Record<DocumentKind, string> = {
  ID_CARD_FRONT: 'ID card front',
  ID_CARD_BACK: 'ID card back',
  CERTIFICATE_OF_INCORPORATION: 'Certificate of Incorporation (KBIS)',
  PROOF_OF_ADDRESS: 'Proof of address',
  PASSPORT: 'Passport',
};
const UPLOADS: DocumentKind[] = ['ID_CARD_FRONT', 'ID_CARD_BACK', 'CERTIFICATE_OF_INCORPORATION', 'PROOF_OF_ADDRESS'];

export function Identities() {
  const loaded = useQuery(() => session.request()(MyIdentitiesDocument, {}), []);
  return (
    <section>
      <div className="row spread">
        <h1>Identities</h1>
        <a className="button" href="#/identities/new">
          New
        </a>
      </div>
      <Show loaded={loaded}>
        {(data) => {
          const identities = (data.viewer.account?.identities?.edges ?? []).map((e) => e.node);
          if (identities.length === 0) return <p className="muted">No identity yet.</p>;
          return (
            <div className="card">
              <table>
                <tbody>
                  {identities.map((i) => (
                    <tr key={i.id}>
                      <td data-label="Identity">{i.legalName}</td>
                      <td data-label="Country">{i.country.name}</td>
                      <td data-label="Status">
                        <span className="badge">{i.status.toLowerCase().replace('_', ' ')}</span>
                      </td>
                      <td>
                        <a href={`#/identities/${i.id}`}>Documents</a>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          );
        }}
      </Show>
    </section>
  );
}

/** New identity: the form, then the four uploads and "Send for verification". */
export function NewIdentity({ existingId }: { existingId?: string }) {
  const existing = useQuery(async () => {
    if (!existingId) return null;
    return (await session.request()(IdentityDetailDocument, { id: existingId })).identity;
  }, [existingId]);
  if (existing.state !== 'ready') return <Show loaded={existing}>{() => null}</Show>;
  return <IdentityEditor initial={existing.data} />;
}

function IdentityEditor({ initial }: { initial: IdentityFieldsFragment | null }) {
  const [identity, setIdentity] = useState<IdentityFieldsFragment | null>(initial);
  const [errors, setErrors] = useState<UserErrorFieldsFragment[]>([]);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [form, setForm] = useState({ legalName: '', registrationNumber: '', line: '', postalCode: '', city: '', contactEmail: '' });
  const field = (name: keyof typeof form, label: string, apiField = name as string) => (
    <label>
      {label}
      <input name={name} value={form[name]} onChange={(e) => setForm({ ...form, [name]: e.target.value })} />
      <FieldErrors errors={errors} field={apiField} />
    </label>
  );
  const create = async () => {
    setBusy(true);
    setFailure(null);
    try {
      const { createIdentity } = await session.request()(CreateIdentityDocument, {
        input: {
          kind: 'BUSINESS',
          countryCode: 'FR',
          numberUse: 'LOCAL',
          legalName: form.legalName,
          registrationNumber: form.registrationNumber || null,
          address: { line: form.line, postalCode: form.postalCode, city: form.city, countryCode: 'FR' },
          contactEmail: form.contactEmail || null,
          idempotencyKey: crypto.randomUUID(),
        },
      });
      setErrors(createIdentity.userErrors);
      if (createIdentity.identity) setIdentity(createIdentity.identity);
    } catch (e) {
      setFailure(describeError(e));
    } finally {
      setBusy(false);
    }
  };
  const submit = async () => {
    if (!identity) return;
    setBusy(true);
    try {
      const { submitIdentity } = await session.request()(SubmitIdentityDocument, { input: { id: identity.id, expectedVersion: identity.version } });
      setErrors(submitIdentity.userErrors);
      if (submitIdentity.identity) setIdentity(submitIdentity.identity);
    } catch (e) {
      setFailure(describeError(e));
    } finally {
      setBusy(false);
    }
  };
  if (!identity)
    return (
      <section>
        <h1>New identity</h1>
        <form
          className="card"
          onSubmit={(e) => {
            e.preventDefault();
            void create();
          }}
        >
          {field('legalName', 'Company name')}
          {field('registrationNumber', 'SIREN or SIRET')}
          {field('line', 'Address', 'address.line')}
          {field('postalCode', 'Postal code', 'address.postalCode')}
          {field('city', 'City', 'address.city')}
          {field('contactEmail', 'Contact email')}
          <FieldErrors errors={errors} field={null} shown={['legalName', 'registrationNumber', 'address', 'contactEmail']} />
          {failure && <Failure message={failure} />}
          <button type="submit" disabled={busy}>
            Create
          </button>
        </form>
      </section>
    );
  const editable = identity.status === 'DRAFT' || identity.status === 'REJECTED';
  return (
    <section>
      <h1>{identity.legalName}</h1>
      <p>
        Status: <strong data-testid="identity-status">{identity.status}</strong>
      </p>
      {identity.rejectionReason && <p className="error">{identity.rejectionReason}</p>}
      <div className="card">
        <h2>Documents</h2>
        {UPLOADS.map((kind) => (
          <DocumentUpload key={kind} identity={identity} kind={kind} disabled={!editable} onUploaded={setIdentity} />
        ))}
      </div>
      {identity.missingRequirements.length > 0 && (
        <ul className="muted" data-testid="missing">
          {identity.missingRequirements.map((m) => (
            <li key={m.code + m.documentKinds.join()}>{m.message}</li>
          ))}
        </ul>
      )}
      <FieldErrors errors={errors} field={null} />
      {failure && <Failure message={failure} />}
      {editable && (
        <button onClick={submit} disabled={busy || identity.missingRequirements.length > 0}>
          Send for verification
        </button>
      )}
      {identity.status === 'IN_REVIEW' && <p className="muted">Our verification team will get back to you as soon as possible.</p>}
    </section>
  );
}

function DocumentUpload({
  identity,
  kind,
  disabled,
  onUploaded,
}: {
  identity: IdentityFieldsFragment;
  kind: DocumentKind;
  disabled: boolean;
  onUploaded: (identity: IdentityFieldsFragment) => void;
}) {
  const [progress, setProgress] = useState<number | null>(null);
  const [errors, setErrors] = useState<UserErrorFieldsFragment[]>([]);
  const [failure, setFailure] = useState<string | null>(null);
  const current = identity.documents.find((d) => d.kind === kind);
  const upload = async (file: File) => {
    setErrors([]);
    setFailure(null);
    setProgress(0);
    try {
      const { uploadIdentityDocument } = await session.upload()(
        UploadIdentityDocumentDocument,
        { input: { identityId: identity.id, kind, file } },
        'input.file',
        file,
        setProgress,
      );
      setErrors(uploadIdentityDocument.userErrors);
      if (uploadIdentityDocument.identity) onUploaded(uploadIdentityDocument.identity);
    } catch (e) {
      setFailure(describeError(e));
    } finally {
      setProgress(null);
    }
  };
  return (
    <div className="upload" data-kind={kind}>
      <label>
        {DOCUMENT_LABELS[kind]}
        <input
          type="file"
          accept="application/pdf,image/jpeg,image/png"
          disabled={disabled || progress !== null}
          onChange={(e) => {
            const file = e.target.files?.[0];
            if (file) void upload(file);
            e.target.value = '';
          }}
        />
      </label>
      {progress !== null && <progress value={progress} max={1} />}
      {current && (
        <p className="muted" data-testid={`uploaded-${kind}`}>
          {current.fileName} — {current.state.toLowerCase()}
          {current.rejectionReason && `: ${current.rejectionReason}`}
        </p>
      )}
      <FieldErrors errors={errors} field={null} />
      {failure && <Failure message={failure} />}
    </div>
  );
}
