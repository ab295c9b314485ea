import { useState } from 'react';
import {
  AvailableNumbersDocument,
  CreateNumberOrderDocument,
  NumberOrderFormDocument,
  NumberOrdersDocument,
  ReservePhoneNumbersDocument,
  type NumberOrderFieldsFragment,
  type RouteAction,
  type UserErrorFieldsFragment,
} from '../gql/graphql';
import { session } from './session';
import { describeError, useQuery } from './use-query';
import { Failure, FieldErrors, Loading, Show } from './widgets';

/** The API lists no countries on sale; these are the ones the numbering inventory holds (reported as a gap). */
const COUNTRIES = [
  { code: 'FR', name: 'France' },
  { code: 'GB', name: 'United Kingdom' },
  { code: 'DE', name: 'Germany' },
  { code: 'US', name: 'United States' },
];
const ACTIONS: { action: RouteAction; label: string }[] = [
  { action: 'FORWARD_TO_EXTENSION', label: 'Forward to an extension' },
  { action: 'EXTENSION_VOICEMAIL', label: "An extension's voicemail" },
  { action: 'FORWARD_TO_NUMBER', label: 'Forward to a number' },
  { action: 'VOICEMAIL', label: 'Voicemail' },
  { action: 'HANG_UP', label: 'Hang up' },
];

/** The Number Orders tab of My plans: the orders and their progress, and Order Now. */
export function NumberOrdersTab() {
  const loaded = useQuery(() => session.request()(NumberOrdersDocument, {}), []);
  return (
    <div className="card">
      <div className="row spread">
        <h2>Number orders</h2>
        <a className="button" href="#/numbers/new">
          Order Now
        </a>
      </div>
      <Show loaded={loaded}>
        {(data) => {
          const orders = (data.viewer.account?.numberOrders?.edges ?? []).map((e) => e.node);
          if (orders.length === 0) return <p className="muted">No number order yet.</p>;
          return orders.map((o) => <OrderProgress key={o.id} order={o} />);
        }}
      </Show>
    </div>
  );
}

function OrderProgress({ order }: { order: NumberOrderFieldsFragment }) {
  return (
    <div className="upload" data-testid="order">
      <p>
        Order of {new Date(order.createdAt).toLocaleDateString()}: <strong data-testid="order-state">{order.state}</strong>
      </p>
      <ul>
        {order.lines.map((l) => (
          <li key={l.id}>
            {l.e164} {l.locality && `(${l.locality})`} — {l.state.toLowerCase()}, {l.setupPrice.formatted} setup, {l.monthlyPrice.formatted}/month;{' '}
            {l.inboundAction.action.toLowerCase().replace(/_/g, ' ')}
            {l.inboundAction.forwardTo && ` ${l.inboundAction.forwardTo}`}
            {l.failureReason && <span className="error"> {l.failureReason}</span>}
          </li>
        ))}
      </ul>
      <ol className="muted">
        {order.history.edges
          .map((e) => e.node)
          .filter((h) => !h.e164)
          .map((h) => (
            <li key={h.id}>
              {h.toState} <span>{new Date(h.at).toLocaleString()}</span>
            </li>
          ))}
      </ol>
    </div>
  );
}

/** Order Now: country and location (Next), the inbound action (Next), the identity, Order. */
export function OrderNumber() {
  const [country, setCountry] = useState('FR');
  const form = useQuery(() => session.request()(NumberOrderFormDocument, { countryCode: country }), [country]);
  const [step, setStep] = useState<1 | 2 | 3>(1);
  const [locality, setLocality] = useState('');
  const [reservation, setReservation] = useState<{ id: string; e164: string } | null>(null);
  const [action, setAction] = useState<RouteAction>('FORWARD_TO_EXTENSION');
  const [extensionId, setExtensionId] = useState('');
  const [forwardTo, setForwardTo] = useState('');
  const [identityId, setIdentityId] = useState('');
  const [errors, setErrors] = useState<UserErrorFieldsFragment[]>([]);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [order, setOrder] = useState<NumberOrderFieldsFragment | null>(null);
  const run = async (body: () => Promise<void>) => {
    setBusy(true);
    setFailure(null);
    try {
      await body();
    } catch (e) {
      setFailure(describeError(e));
    } finally {
      setBusy(false);
    }
  };
  /** Next on step 1: the first number on sale there is reserved while the order is completed. */
  const reserve = () =>
    run(async () => {
      const request = session.request();
      const found = await request(AvailableNumbersDocument, { filter: { countryCode: country, locality: locality || null, type: 'LOCAL' } });
      const number = found.availablePhoneNumbers.edges[0]?.node;
      if (!number) return setErrors([{ code: 'NOT_FOUND', field: 'locality', message: 'No number is on sale there now.' } as UserErrorFieldsFragment]);
      const { reservePhoneNumbers } = await request(ReservePhoneNumbersDocument, { input: { numberIds: [number.id], idempotencyKey: crypto.randomUUID() } });
      setErrors(reservePhoneNumbers.userErrors);
      if (reservePhoneNumbers.reservation) {
        setReservation({ id: reservePhoneNumbers.reservation.id, e164: number.e164 });
        setStep(2);
      }
    });
  const placeOrder = () =>
    run(async () => {
      if (!reservation) return;
      const { createNumberOrder } = await session.request()(CreateNumberOrderDocument, {
        input: {
          reservationId: reservation.id,
          identityId,
          idempotencyKey: crypto.randomUUID(),
          inboundAction: {
            action,
            extensionId: action.includes('EXTENSION') ? extensionId : null,
            forwardTo: action === 'FORWARD_TO_NUMBER' ? forwardTo : null,
          },
        },
      });
      setErrors(createNumberOrder.userErrors);
      if (createNumberOrder.order) setOrder(createNumberOrder.order);
    });

  if (order)
    return (
      <section>
        <h1>Your number order</h1>
        <div className="card">
          <OrderProgress order={order} />
          <p className="muted">Payment of number orders is not offered by the API yet: the order stays a draft until it is.</p>
          <a href="#/plans">Back to My plans</a>
        </div>
      </section>
    );
  return (
    <section>
      <p>
        <a href="#/plans">← My plans</a>
      </p>
      <h1>Order a number</h1>
      <Show loaded={form}>
        {(data) => {
          const extensions = (data.viewer.account?.extensions?.edges ?? []).map((e) => e.node);
          const identities = (data.viewer.account?.identities?.edges ?? []).map((e) => e.node);
          return (
            <div className="card">
              {step === 1 && (
                <>
                  <label>
                    Country
                    <select
                      name="country"
                      value={country}
                      onChange={(e) => {
                        setCountry(e.target.value);
                        setLocality('');
                      }}
                    >
                      {COUNTRIES.map((c) => (
                        <option key={c.code} value={c.code}>
                          {c.name}
                        </option>
                      ))}
                    </select>
                  </label>
                  <label>
                    Location
                    <select name="locality" value={locality} onChange={(e) => setLocality(e.target.value)}>
                      <option value="">Any</option>
                      {data.localities.map((l) => (
                        <option key={l.name} value={l.name}>
                          {l.name} ({l.availableCount})
                        </option>
                      ))}
                    </select>
                    <FieldErrors errors={errors} field="locality" />
                  </label>
                  <FieldErrors errors={errors} field={null} shown={['locality']} />
                  <button onClick={reserve} disabled={busy}>
                    Next
                  </button>
                </>
              )}
              {step === 2 && (
                <>
                  <p>
                    Number reserved: <strong data-testid="reserved">{reservation?.e164}</strong>
                  </p>
                  <label>
                    Action
                    <select name="action" value={action} onChange={(e) => setAction(e.target.value as RouteAction)}>
                      {ACTIONS.map((a) => (
                        <option key={a.action} value={a.action}>
                          {a.label}
                        </option>
                      ))}
                    </select>
                  </label>
                  {action.includes('EXTENSION') && (
                    <label>
                      Extension
                      <select name="extension" value={extensionId} onChange={(e) => setExtensionId(e.target.value)}>
                        <option value="">Choose…</option>
                        {extensions.map((x) => (
                          <option key={x.id} value={x.id}>
                            {x.number} {x.displayName}
                          </option>
                        ))}
                      </select>
                      <FieldErrors errors={errors} field="inboundAction.extensionId" />
                    </label>
                  )}
                  {action === 'FORWARD_TO_NUMBER' && (
                    <label>
                      Number
                      <input value={forwardTo} placeholder="+33612345678" onChange={(e) => setForwardTo(e.target.value)} />
                      <FieldErrors errors={errors} field="inboundAction.forwardTo" />
                    </label>
                  )}
                  <button onClick={() => setStep(3)}>Next</button>
                </>
              )}
              {step === 3 && (
                <>
                  <label>
                    Identity
                    <select
                      name="identity"
                      value={identityId}
                      onChange={(e) => {
                        if (e.target.value === 'new') location.hash = '#/identities/new';
                        else setIdentityId(e.target.value);
                      }}
                    >
                      <option value="">Choose…</option>
                      {identities.map((i) => (
                        <option key={i.id} value={i.id}>
                          {i.legalName}
                          {i.status === 'APPROVED' ? ' — approved' : ` — ${i.status.toLowerCase().replace('_', ' ')}`}
                        </option>
                      ))}
                      <option value="new">New</option>
                    </select>
                    <FieldErrors errors={errors} field="identityId" />
                  </label>
                  <FieldErrors errors={errors} field={null} shown={['identityId', 'inboundAction']} />
                  <FieldErrors errors={errors} field="inboundAction" />
                  <div className="row spread">
                    <button className="secondary" onClick={() => setStep(2)}>
                      Back
                    </button>
                    <button onClick={placeOrder} disabled={busy || !identityId}>
                      Order
                    </button>
                  </div>
                </>
              )}
              {busy && <Loading />}
              {failure && <Failure message={failure} />}
            </div>
          );
        }}
      </Show>
    </section>
  );
}
