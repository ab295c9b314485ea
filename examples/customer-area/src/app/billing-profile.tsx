import { useState } from 'react';
import { SaveBillingProfileDocument, type UserErrorFieldsFragment } from '../gql/graphql';
import { session } from './session';
import { describeError } from './use-query';
import { Failure, FieldErrors } from './widgets';

const FIELDS = [
  ['legalName', 'Legal name'],
  ['addressLine1', 'Billing address'],
  ['postalCode', 'Postal code'],
  ['city', 'City'],
  ['siren', 'SIREN'],
  ['vatNumber', 'VAT number'],
] as const;

/** The billing profile the API asks for before the first quote (BILLING_PROFILE_REQUIRED): a French business here. */
export function BillingProfileForm({ onSaved }: { onSaved: () => void }) {
  const [form, setForm] = useState<Record<(typeof FIELDS)[number][0], string>>({
    legalName: '',
    addressLine1: '',
    postalCode: '',
    city: '',
    siren: '',
    vatNumber: '',
  });
  const [errors, setErrors] = useState<UserErrorFieldsFragment[]>([]);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const save = async () => {
    setBusy(true);
    setFailure(null);
    try {
      const { saveBillingProfile } = await session.request()(SaveBillingProfileDocument, {
        input: { ...form, siren: form.siren || null, vatNumber: form.vatNumber || null, countryCode: 'FR', customerKind: 'BUSINESS' },
      });
      setErrors(saveBillingProfile.userErrors);
      if (saveBillingProfile.billingProfile) onSaved();
    } catch (e) {
      setFailure(describeError(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <form
      className="card"
      data-testid="billing-profile"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <h2>Billing profile</h2>
      <p className="muted">Who your quotes and invoices are addressed to (needed once, before the first quote).</p>
      {FIELDS.map(([name, label]) => (
        <label key={name}>
          {label}
          <input name={name} value={form[name]} onChange={(e) => setForm({ ...form, [name]: e.target.value })} />
          <FieldErrors errors={errors} field={name} />
        </label>
      ))}
      <FieldErrors errors={errors} field={null} shown={FIELDS.map(([name]) => name)} />
      {failure && <Failure message={failure} />}
      <button type="submit" disabled={busy}>
        Save and continue
      </button>
    </form>
  );
}
