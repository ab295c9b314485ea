import { useEffect, useMemo, useState } from 'react';
import {
  PlanChangeCartDocument,
  RequestQuoteDocument,
  StartPlanChangeDocument,
  UpdatePlanChangeDocument,
  type PaymentFieldsFragment,
  type PlanChangeCartQuery,
  type PlanChangeFieldsFragment,
  type PlanFamily,
  type PriceSummaryFieldsFragment,
  type RequestQuoteMutation,
  type UpdatePlanChangeInput,
  type UserErrorFieldsFragment,
} from '../gql/graphql';
import { BillingProfileForm } from './billing-profile';
import { CardPayment } from './card-payment';
import { NextMonthly, PriceTotalRows } from './price-totals';
import { session } from './session';
import { describeError, useQuery } from './use-query';
import { Failure, FieldErrors, Loading, Show } from './widgets';

const FAMILY_NAMES: Record<PlanFamily, string> = { PHONE_SYSTEM: 'Phone system', PREDICTIVE_DIALER: 'Predictive Dialer', ROBOT_DIALER: 'Robot Dialer' };

type Lines = Pick<UpdatePlanChangeInput, 'additions' | 'edits' | 'removals'>;
type Quote = NonNullable<RequestQuoteMutation['requestQuote']['quote']>;

/** Upgrade/Downgrade of one family: the summary, Add / Edit / Remove (or the dialer's quantity), Continue, the quote, Checkout. */
export function PlanChangePage({ family }: { family: PlanFamily }) {
  const request = session.request();
  const cart = useQuery(() => request(PlanChangeCartDocument, { family }), [family]);
  const [change, setChange] = useState<PlanChangeFieldsFragment | null>(null);
  const [errors, setErrors] = useState<UserErrorFieldsFragment[]>([]);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [lines, setLines] = useState<Lines>({ additions: [], edits: [], removals: [] });
  const [quote, setQuote] = useState<Quote | null>(null);

  useEffect(() => {
    request(StartPlanChangeDocument, { input: { family } }).then(
      ({ startPlanChange }) => (startPlanChange.planChange ? setChange(startPlanChange.planChange) : setErrors(startPlanChange.userErrors)),
      (e: unknown) => setFailure(describeError(e)),
    );
  }, [family]);

  /** Every edit sends the whole set of lines again: the API replaces them and prices the cart. */
  const save = async (next: Lines) => {
    if (!change) return;
    setLines(next);
    setBusy(true);
    try {
      const { updatePlanChange } = await request(UpdatePlanChangeDocument, { input: { id: change.id, expectedVersion: change.version, ...next } });
      setErrors(updatePlanChange.userErrors);
      if (updatePlanChange.planChange) setChange(updatePlanChange.planChange);
    } catch (e) {
      setFailure(describeError(e));
    } finally {
      setBusy(false);
    }
  };

  const onContinue = async () => {
    if (!change) return;
    setBusy(true);
    try {
      const { requestQuote } = await request(RequestQuoteDocument, {
        input: { planChangeId: change.id, expectedVersion: change.version, idempotencyKey: crypto.randomUUID() },
      });
      setErrors(requestQuote.userErrors);
      if (requestQuote.quote) setQuote(requestQuote.quote);
    } catch (e) {
      setFailure(describeError(e));
    } finally {
      setBusy(false);
    }
  };

  if (failure) return <Failure message={failure} />;
  if (quote) return <QuoteView quote={quote} family={family} onBack={() => setQuote(null)} />;
  return (
    <section>
      <p>
        <a href="#/plans">← My plans</a>
      </p>
      <h1>Upgrade/Downgrade: {FAMILY_NAMES[family]}</h1>
      <FieldErrors errors={errors} field={null} shown={['additions', 'edits', 'removals']} />
      <Show loaded={cart}>
        {(data) =>
          !change ? (
            <Loading />
          ) : (
            <>
              <Summary summary={change.summary} />
              {family === 'PHONE_SYSTEM' ? (
                <PhoneSystemLines data={data} lines={lines} errors={errors} onChange={save} busy={busy} />
              ) : (
                <DialerQuantity data={data} summary={change.summary} lines={lines} errors={errors} onChange={save} busy={busy} />
              )}
              {errors.some((e) => e.code === 'BILLING_PROFILE_REQUIRED') && <BillingProfileForm onSaved={() => void onContinue()} />}
              <div className="row end">
                <button onClick={onContinue} disabled={busy || change.summary.lines.length === 0}>
                  Continue
                </button>
              </div>
            </>
          )
        }
      </Show>
    </section>
  );
}

function Summary({ summary }: { summary: PriceSummaryFieldsFragment }) {
  return (
    <div className="card">
      <h2>Summary</h2>
      <table>
        <thead>
          <tr>
            <th>Plan</th>
            <th>Users now</th>
            <th>After</th>
          </tr>
        </thead>
        <tbody>
          {summary.seats.map((s) => (
            <tr key={s.plan.id}>
              <td data-label="Plan">{s.plan.name}</td>
              <td data-label="Users now">{s.usersBefore}</td>
              <td data-label="After">{s.usersAfter}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {summary.lines.length > 0 && (
        <ul className="lines" data-testid="cart-lines">
          {summary.lines.map((l, i) => (
            <li key={i}>
              {l.description} <span className="muted">— due now {l.dueNow.formatted} excl. VAT</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

type LinesProps = { data: PlanChangeCartQuery; lines: Lines; errors: UserErrorFieldsFragment[]; onChange: (lines: Lines) => void; busy: boolean };

function PhoneSystemLines({ data, lines, errors, onChange, busy }: LinesProps) {
  const [tab, setTab] = useState<'Add' | 'Edit' | 'Remove'>('Add');
  const [planId, setPlanId] = useState(data.plans[0]?.id ?? '');
  const [quantity, setQuantity] = useState(1);
  const extensions = (data.viewer.account?.extensions?.edges ?? []).map((e) => e.node);
  const additions = lines.additions ?? [];
  const edits = lines.edits ?? [];
  const removals = lines.removals ?? [];
  return (
    <div className="card">
      <nav className="tabs" role="tablist">
        {(['Add', 'Edit', 'Remove'] as const).map((t) => (
          <button key={t} role="tab" aria-selected={tab === t} onClick={() => setTab(t)}>
            {t}
          </button>
        ))}
      </nav>
      {tab === 'Add' && (
        <form
          className="row wrap"
          onSubmit={(e) => {
            e.preventDefault();
            onChange({ ...lines, additions: [...additions, { planId, quantity }] });
          }}
        >
          <label>
            Plan
            <select name="plan" value={planId} onChange={(e) => setPlanId(e.target.value)}>
              {data.plans.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name} — {p.pricePerUser.formatted}/user
                </option>
              ))}
            </select>
          </label>
          <label>
            Quantity
            <input name="quantity" type="number" min={1} value={quantity} onChange={(e) => setQuantity(Number(e.target.value))} />
          </label>
          <button type="submit" disabled={busy}>
            Add plan
          </button>
          <FieldErrors errors={errors} field="additions" />
        </form>
      )}
      {tab === 'Edit' && (
        <>
          {extensions.length === 0 && <p className="muted">No extensions yet.</p>}
          <table>
            <tbody>
              {extensions.map((x) => {
                const edit = edits.find((e) => e.extensionId === x.id);
                return (
                  <tr key={x.id}>
                    <td data-label="Extension">
                      {x.number} {x.displayName}
                    </td>
                    <td data-label="Plan">
                      <select
                        aria-label={`Plan of extension ${x.number}`}
                        value={edit?.planId ?? x.plan?.id ?? ''}
                        disabled={busy}
                        onChange={(e) => {
                          const others = edits.filter((d) => d.extensionId !== x.id);
                          onChange({ ...lines, edits: e.target.value === x.plan?.id ? others : [...others, { extensionId: x.id, planId: e.target.value }] });
                        }}
                      >
                        {!x.plan && <option value="">No plan</option>}
                        {data.plans.map((p) => (
                          <option key={p.id} value={p.id}>
                            {p.name}
                          </option>
                        ))}
                      </select>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          <FieldErrors errors={errors} field="edits" />
        </>
      )}
      {tab === 'Remove' && (
        <>
          {extensions.length === 0 && <p className="muted">No lines to remove.</p>}
          <ul className="checklist">
            {extensions.map((x) => (
              <li key={x.id}>
                <label>
                  <input
                    type="checkbox"
                    aria-label={`Remove extension ${x.number}`}
                    checked={removals.some((r) => r.extensionId === x.id)}
                    disabled={busy}
                    onChange={(e) =>
                      onChange({ ...lines, removals: e.target.checked ? [...removals, { extensionId: x.id }] : removals.filter((r) => r.extensionId !== x.id) })
                    }
                  />
                  {x.number} {x.displayName} <span className="muted">{x.plan?.name ?? 'no plan'}</span>
                </label>
              </li>
            ))}
          </ul>
          <FieldErrors errors={errors} field="removals" />
        </>
      )}
    </div>
  );
}

/** Predictive and Robot Dialer: the number of users per plan; the difference becomes Add or Remove lines. */
function DialerQuantity({ data, summary, lines, errors, onChange, busy }: LinesProps & { summary: PriceSummaryFieldsFragment }) {
  const current = useMemo(() => new Map(summary.seats.map((s) => [s.plan.id, s.usersBefore])), [summary.seats]);
  const [wanted, setWanted] = useState<Record<string, number>>({});
  const quantityOf = (planId: string) => wanted[planId] ?? current.get(planId) ?? 0;
  const apply = () => {
    const additions: NonNullable<Lines['additions']> = [];
    const removals: NonNullable<Lines['removals']> = [];
    for (const plan of data.plans) {
      const delta = quantityOf(plan.id) - (current.get(plan.id) ?? 0);
      if (delta > 0) additions.push({ planId: plan.id, quantity: delta });
      if (delta < 0) removals.push({ planId: plan.id, quantity: -delta });
    }
    onChange({ ...lines, additions, removals, edits: [] });
  };
  return (
    <form
      className="card"
      onSubmit={(e) => {
        e.preventDefault();
        apply();
      }}
    >
      {data.plans.map((p) => (
        <label key={p.id}>
          Users of {p.name} ({p.pricePerUser.formatted}/user)
          <input
            type="number"
            min={0}
            name={`users-${p.id}`}
            value={quantityOf(p.id)}
            onChange={(e) => setWanted({ ...wanted, [p.id]: Number(e.target.value) })}
          />
        </label>
      ))}
      <FieldErrors errors={errors} field="additions" />
      <FieldErrors errors={errors} field="removals" />
      <button type="submit" disabled={busy}>
        Update quantity
      </button>
    </form>
  );
}

function QuoteView({ quote, family, onBack }: { quote: Quote; family: PlanFamily; onBack: () => void }) {
  const s = quote.summary;
  const [paid, setPaid] = useState<PaymentFieldsFragment | null>(null);
  const [accepted, setAccepted] = useState(false);
  return (
    <section>
      <h1>Your quote: {FAMILY_NAMES[family]}</h1>
      <div className="card" data-testid="quote">
        <p className="muted">
          For {quote.buyerLegalName}; prorated for {s.daysCharged} of {s.daysInPeriod} days; valid until {new Date(quote.expiresAt).toLocaleString()}.
        </p>
        <table>
          <tbody>
            {s.lines.map((l, i) => (
              <tr key={i}>
                <td>{l.description}</td>
                <td className="amount">{l.dueNow.formatted}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <PriceTotalRows totals={s} />
          </tfoot>
        </table>
        <NextMonthly totals={s} />
      </div>
      {accepted ? (
        <div className="card success" role="status" data-testid="accepted">
          <h2>Done</h2>
          <p>Nothing is due now: the change applies from {s.lines[0]?.effectiveOn ?? 'the next period'}.</p>
          <a href="/#/plans" className="button">
            Back to My plans
          </a>
        </div>
      ) : paid ? (
        <PaymentDone payment={paid} />
      ) : (
        <CardPayment quoteId={quote.id} onPaid={setPaid} onAccepted={() => setAccepted(true)} onBack={onBack} />
      )}
    </section>
  );
}

export function PaymentDone({ payment }: { payment: PaymentFieldsFragment }) {
  return (
    <div className="card success" role="status" data-testid="paid">
      <h2>Payment received</h2>
      <p>
        {payment.amount.formatted} paid{payment.invoice && `, invoice ${payment.invoice.number}`}. Your plans are updated.
      </p>
      <a href="/#/plans" className="button">
        Back to My plans
      </a>
    </div>
  );
}
