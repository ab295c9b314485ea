import { useEffect, useState } from 'react';
import {
  AvailableNumbersDocument,
  CreateNumberOrderDocument,
  NumberOrderFormDocument,
  NumberOrdersDocument,
  NumberOrderStatusDocument,
  RequestNumberOrderQuoteDocument,
  ReservePhoneNumbersDocument,
  type NumberOrderFieldsFragment,
  type NumberOrderState,
  type PaymentFieldsFragment,
  type RequestNumberOrderQuoteMutation,
  type RouteAction,
  type UserErrorFieldsFragment,
} from '../gql/graphql';
import { BillingProfileForm } from './billing-profile';
import { CardPayment, declineMessage, FinishThreeDSecure, paymentToResume } from './card-payment';
import { NextMonthly, PriceTotalRows } from './price-totals';
import { session } from './session';
import { describeError, useQuery } from './use-query';
import { Failure, FieldErrors, Loading, OrderNowHeader, Show } from './widgets';

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
      <OrderNowHeader title="Number orders" />
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

type OrderPayment = NonNullable<NumberOrderFieldsFragment['payment']>;
type OrderLine = NumberOrderFieldsFragment['lines'][number];

/** Orders whose payment can be resumed from the order: a draft, or a checkout still waiting for the payment. */
const PAYABLE: NumberOrderState[] = ['DRAFT', 'PENDING_PAYMENT'];

/** Where the order's payment stands, from the order (NumberOrder.payment): so the list and #/numbers/<id> say it too. */
export function canResumePayment(order: NumberOrderFieldsFragment): 'quote' | 'card' | 'bank' | null {
  if (!PAYABLE.includes(order.state)) return null;
  if (!order.payment) return order.state === 'DRAFT' ? 'quote' : null;
  return paymentToResume(order.payment);
}

/** The inbound action of a line in words: "forward to extension 901", "forward to +33612345678". */
function describeAction({ inboundAction: a }: OrderLine): string {
  const extension = a.extension ? `extension ${a.extension.number}` : 'an extension no longer there';
  switch (a.action) {
    case 'FORWARD_TO_EXTENSION':
      return `forward to ${extension}`;
    case 'EXTENSION_VOICEMAIL':
      return `voicemail of ${extension}`;
    case 'FORWARD_TO_NUMBER':
      return `forward to ${a.forwardTo ?? 'a number'}`;
    default:
      return a.action.toLowerCase().replace(/_/g, ' ');
  }
}

function PaymentLine({ payment }: { payment: OrderPayment }) {
  switch (payment.state) {
    case 'SUCCEEDED':
      return (
        <p data-testid="order-payment">
          {payment.amount.formatted} paid{payment.invoice && `, invoice ${payment.invoice.number}`}.
        </p>
      );
    case 'REQUIRES_PAYMENT_METHOD':
      return (
        <p className="error" data-testid="order-payment">
          {payment.amount.formatted} not paid: {declineMessage(payment)}
        </p>
      );
    case 'REQUIRES_ACTION':
      return (
        <p className="error" data-testid="order-payment">
          {payment.amount.formatted} not paid yet: your bank asks for 3-D Secure.
        </p>
      );
    case 'CANCELED':
      return (
        <p className="muted" data-testid="order-payment">
          The payment of {payment.amount.formatted} was abandoned: nothing was charged.
        </p>
      );
    default:
      return (
        <p className="muted" data-testid="order-payment">
          {payment.amount.formatted}: the payment is being processed.
        </p>
      );
  }
}

/** An order: its state, payment (with Pay or Finish 3-D Secure while it can be resumed, unless resuming it here), lines, refunds, steps. */
function OrderProgress({ order, resuming = false }: { order: NumberOrderFieldsFragment; resuming?: boolean }) {
  const resume = resuming ? null : canResumePayment(order);
  const refunds = order.payment?.refunds ?? [];
  return (
    <div className="upload" data-testid="order" data-order-id={order.id}>
      <div className="row spread">
        <p>
          Order of {new Date(order.createdAt).toLocaleDateString()}: <strong data-testid="order-state">{order.state}</strong>
        </p>
        {(resume === 'quote' || resume === 'card') && (
          <a className="button" href={`#/numbers/pay/${order.id}`}>
            Pay
          </a>
        )}
        {resume === 'bank' && order.payment && <FinishThreeDSecure payment={order.payment} />}
      </div>
      {order.payment && !resuming && <PaymentLine payment={order.payment} />}
      <ul>
        {order.lines.map((l) => (
          <li key={l.id} data-testid="order-line">
            {l.e164} {l.locality && `(${l.locality})`} — {l.state.toLowerCase()}, {l.setupPrice.formatted} setup, {l.monthlyPrice.formatted}/month;{' '}
            {describeAction(l)}
            {l.failureReason && <span className="error"> {l.failureReason}</span>}
          </li>
        ))}
      </ul>
      {refunds.length > 0 && (
        <ul className="lines" data-testid="refunds">
          {refunds.map((r) => (
            <li key={r.id}>
              {r.e164}: {r.amount.formatted} refunded <span className="muted">— {r.reason}</span>
            </li>
          ))}
        </ul>
      )}
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
          <p className="muted">The numbers are held for you while you pay; the order stays a draft until then.</p>
          <div className="row spread">
            <a href="#/plans">Back to My plans</a>
            <a className="button" href={`#/numbers/pay/${order.id}`}>
              Continue
            </a>
          </div>
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
                      {data.countriesOnSale.map(({ country: c, currency }) => (
                        <option key={c.code} value={c.code}>
                          {c.name} ({currency})
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

type NumberQuote = NonNullable<RequestNumberOrderQuoteMutation['requestNumberOrderQuote']['quote']>;

/**
 * Continue after Order, or Pay on an order of the list: the order is read first. Checked out
 * already (NumberOrder.payment), the payment is resumed: declined or 3-D Secure refused, the card
 * form on that payment (confirmPayment); waiting on 3-D Secure, the bank's page; paid, the
 * progress. Not checked out, the order's quote, then the card payment, then its progress.
 */
export function PayNumberOrder({ orderId }: { orderId: string }) {
  const [order, setOrder] = useState<NumberOrderFieldsFragment | null>(null);
  const [quote, setQuote] = useState<NumberQuote | null>(null);
  const [errors, setErrors] = useState<UserErrorFieldsFragment[]>([]);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(true);
  const [missing, setMissing] = useState(false);
  const [paid, setPaid] = useState<PaymentFieldsFragment | null>(null);
  const [firstKey] = useState(() => crypto.randomUUID());
  /** A retry of the same Continue reuses its key; after the billing profile is saved, a new one (the input is the same, the answer is not). */
  const requestQuote = async (idempotencyKey: string) => {
    setBusy(true);
    setFailure(null);
    try {
      const { requestNumberOrderQuote } = await session.request()(RequestNumberOrderQuoteDocument, { input: { numberOrderId: orderId, idempotencyKey } });
      setErrors(requestNumberOrderQuote.userErrors);
      setQuote(requestNumberOrderQuote.quote ?? null);
    } catch (e) {
      setFailure(describeError(e));
    } finally {
      setBusy(false);
    }
  };
  const start = async () => {
    setBusy(true);
    setFailure(null);
    try {
      const { numberOrder } = await session.request()(NumberOrderStatusDocument, { id: orderId });
      if (!numberOrder) return setMissing(true);
      setOrder(numberOrder);
      if (!numberOrder.payment) return await requestQuote(firstKey);
    } catch (e) {
      setFailure(describeError(e));
    } finally {
      setBusy(false);
    }
  };
  useEffect(() => void start(), [orderId]);

  const payment = order?.payment ?? null;
  if (paid || (payment && !paymentToResume(payment) && payment.state !== 'CANCELED')) return <OrderTracker orderId={orderId} payment={paid ?? payment} />;
  const needsProfile = errors.some((e) => e.code === 'BILLING_PROFILE_REQUIRED');
  return (
    <section>
      <p>
        <a href="#/plans">← My plans</a>
      </p>
      <h1>Pay your number order</h1>
      {busy && <Loading />}
      {failure && (
        <div className="card">
          <Failure message={failure} />
          <button className="secondary" onClick={() => void start()} disabled={busy}>
            Try again
          </button>
        </div>
      )}
      {missing && <p className="error">This order was not found.</p>}
      {!quote && errors.length > 0 && (
        <div className="card">
          <FieldErrors errors={errors} field="numberOrderId" />
          <FieldErrors errors={errors} field={null} shown={['numberOrderId']} />
          {!busy && !needsProfile && <a href="#/plans">Back to My plans</a>}
        </div>
      )}
      {/* The billing profile screen: the API asks for one before the first quote; saved, the quote is asked again. */}
      {needsProfile && <BillingProfileForm onSaved={() => void requestQuote(crypto.randomUUID())} />}
      {quote && (
        <>
          <NumberQuoteView quote={quote} />
          <CardPayment quoteId={quote.id} onPaid={setPaid} onAccepted={() => (location.hash = `#/numbers/${orderId}`)} />
        </>
      )}
      {/* Checked out already: the order and its payment, resumed where it stopped. */}
      {order && payment && (
        <>
          <div className="card">
            <OrderProgress order={order} resuming />
          </div>
          {paymentToResume(payment) === 'card' && payment.quote && <CardPayment quoteId={payment.quote.id} payment={payment} onPaid={setPaid} />}
          {paymentToResume(payment) === 'bank' && (
            <div className="card">
              <p>Your bank asks for 3-D Secure to confirm the payment of {payment.amount.formatted}.</p>
              <FinishThreeDSecure payment={payment} />
            </div>
          )}
          {payment.state === 'CANCELED' && <a href="#/plans">Back to My plans</a>}
        </>
      )}
    </section>
  );
}

function NumberQuoteView({ quote }: { quote: NumberQuote }) {
  const s = quote.summary;
  return (
    <div className="card" data-testid="quote">
      <h2>Your quote</h2>
      <p className="muted">
        For {quote.buyerLegalName}; monthly fees prorated for {s.daysCharged} of {s.daysInPeriod} days; valid until {new Date(quote.expiresAt).toLocaleString()}
        .
      </p>
      <table className="quote-lines">
        <thead>
          <tr>
            <th>Number</th>
            <th className="amount">Setup fee</th>
            <th className="amount">Monthly fee</th>
            <th className="amount">Due now</th>
          </tr>
        </thead>
        <tbody>
          {s.numberLines.map((l) => (
            <tr key={l.numberOrderLineId} data-testid="quote-line" title={l.description}>
              <td data-label="Number">{l.e164}</td>
              <td data-label="Setup fee" className="amount">
                {l.setupFee.formatted}
              </td>
              <td data-label="Monthly fee" className="amount">
                {l.monthlyFee.formatted}
              </td>
              <td data-label="Due now" className="amount">
                {l.dueNow.formatted}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <table>
        <tbody>
          <PriceTotalRows totals={s} />
        </tbody>
      </table>
      <NextMonthly totals={s} after=", on the Numbers Orders subscription" />
    </div>
  );
}

/** Where polling stops: settled, or waiting on the customer (documents to send or correct). */
const SETTLED: NumberOrderState[] = ['COMPLETED', 'FAILED', 'CANCELLED'];
const WAITING_ON_CUSTOMER: NumberOrderState[] = ['PENDING_DOCUMENTS', 'ACTION_REQUIRED'];

const STATE_NOTES: Partial<Record<NumberOrderState, string>> = {
  DRAFT: 'Not paid yet.',
  PENDING_PAYMENT: 'Waiting for the payment to be confirmed…',
  PROVISIONING: 'Paid: the carrier is activating your numbers…',
  IN_REVIEW: 'Paid: our team is reviewing your identity; the numbers are activated once it is approved.',
  PENDING_DOCUMENTS: 'Paid: your identity lacks documents. Send them to have your numbers activated.',
  ACTION_REQUIRED: 'Paid: your identity was rejected. Correct it and send it again to have your numbers activated.',
  COMPLETED: 'Done: your numbers are active (a number that could not be activated is refunded).',
  FAILED: 'No number could be activated: the whole order is refunded.',
  CANCELLED: 'Cancelled: the numbers are back on sale.',
};

/** After an order settles, how many more reads wait for the refund of a failed line (billing refunds it on numbering's event). */
const REFUND_POLLS = 30;

/** A paid line that failed or was cancelled, whose refund billing has not recorded yet. */
function refundPending(order: NumberOrderFieldsFragment): boolean {
  const payment = order.payment;
  if (payment?.state !== 'SUCCEEDED') return false;
  return order.lines.some((l) => (l.state === 'FAILED' || l.state === 'CANCELLED') && !l.refund);
}

/**
 * The order after payment (or #/numbers/<id>, opened from anywhere): its state and its payment
 * (NumberOrder.payment: amount, refunds), read again every second until it settles (and a failed
 * line's refund arrived) or waits on the customer (documents, a declined card, 3-D Secure).
 */
export function OrderTracker({ orderId, payment: paid = null }: { orderId: string; payment?: PaymentFieldsFragment | null }) {
  const [order, setOrder] = useState<NumberOrderFieldsFragment | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [missing, setMissing] = useState(false);
  useEffect(() => {
    let live = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let refundPolls = 0;
    const poll = async () => {
      try {
        const { numberOrder } = await session.request()(NumberOrderStatusDocument, { id: orderId });
        if (!live) return;
        setFailure(null);
        if (!numberOrder) return setMissing(true);
        setOrder(numberOrder);
        if (WAITING_ON_CUSTOMER.includes(numberOrder.state) || (numberOrder.payment && paymentToResume(numberOrder.payment))) return;
        if (SETTLED.includes(numberOrder.state) && (!refundPending(numberOrder) || ++refundPolls > REFUND_POLLS)) return;
      } catch (e) {
        // A failed read (a restart, the network): shown, and read again at the next tick.
        if (live) setFailure(describeError(e));
      }
      if (live) timer = setTimeout(() => void poll(), 1000);
    };
    void poll();
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [orderId]);
  // The order's payment once read; until then the one just made (PayNumberOrder, the 3-D Secure return).
  const payment = order?.payment ?? paid;
  const resume = order && canResumePayment(order);
  return (
    <section>
      <h1>Your number order</h1>
      {payment?.state === 'SUCCEEDED' && (
        <div className="card success" role="status" data-testid="paid">
          <h2>Payment received</h2>
          <p>
            {payment.amount.formatted} paid{payment.invoice && `, invoice ${payment.invoice.number}`}.
          </p>
        </div>
      )}
      <div className="card">
        {missing ? (
          <p className="error">This order was not found.</p>
        ) : !order ? (
          <Loading />
        ) : (
          <>
            <OrderProgress order={order} />
            <p
              className={WAITING_ON_CUSTOMER.includes(order.state) || order.state === 'FAILED' || resume === 'card' || resume === 'bank' ? 'error' : 'muted'}
              data-testid="order-note"
            >
              {resume === 'card'
                ? 'Not paid: pay with another card (Pay) while the numbers are held for you.'
                : resume === 'bank'
                  ? 'Not paid yet: your bank asks for 3-D Secure (Finish 3-D Secure).'
                  : STATE_NOTES[order.state]}
            </p>
            {(WAITING_ON_CUSTOMER.includes(order.state) || order.state === 'IN_REVIEW') && (
              <p>
                <a href="/#/identities">Go to my identities</a>
              </p>
            )}
          </>
        )}
        {failure && <Failure message={failure} />}
        <a href="/#/plans">Back to My plans</a>
      </div>
    </section>
  );
}
