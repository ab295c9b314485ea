import { useState } from 'react';
import { MyPlansDocument, NumberSubscriptionLinesDocument, type NumberSubscriptionState, type PlanFamily, type PlanFieldsFragment } from '../gql/graphql';
import { NumberOrdersTab } from './number-orders';
import { session } from './session';
import { useQuery } from './use-query';
import { OrderNowHeader, Show } from './widgets';

/** The seed's four tabs (three plan families, and number orders), and the Numbers Orders family: the numbers bought. */
const TABS: { key: PlanFamily | 'NUMBER_ORDERS' | 'NUMBERS'; label: string }[] = [
  { key: 'PHONE_SYSTEM', label: 'Phone system' },
  { key: 'NUMBER_ORDERS', label: 'Number Orders' },
  { key: 'NUMBERS', label: 'Numbers Orders' },
  { key: 'PREDICTIVE_DIALER', label: 'Predictive Dialer' },
  { key: 'ROBOT_DIALER', label: 'Robot Dialer' },
];

export function MyPlans() {
  const loaded = useQuery(() => session.request()(MyPlansDocument, {}), []);
  const [tab, setTab] = useState<(typeof TABS)[number]['key']>('PHONE_SYSTEM');
  return (
    <section>
      <h1>My plans</h1>
      <nav className="tabs" role="tablist">
        {TABS.map((t) => (
          <button key={t.key} role="tab" aria-selected={tab === t.key} onClick={() => setTab(t.key)}>
            {t.label}
          </button>
        ))}
      </nav>
      <Show loaded={loaded}>
        {(data) => {
          const account = data.viewer.account;
          if (!account) return <p className="muted">No customer account: staff tokens have no plans.</p>;
          if (tab === 'NUMBER_ORDERS') return <NumberOrdersTab />;
          if (tab === 'NUMBERS') return <NumbersOrdersFamily />;
          const family = tab;
          const users = new Map(account.subscriptions.filter((s) => s.plan.family === family).map((s) => [s.plan.id, s.quantity]));
          const plans = data.plans.filter((p) => p.family === family);
          const active = plans.filter((p) => (users.get(p.id) ?? 0) > 0).length;
          return (
            <div className="card">
              <div className="row spread">
                <p>
                  Active plans: <strong data-testid="active-plans">{active}</strong>
                </p>
                <a className="button" href={`#/change/${family}`}>
                  Upgrade/Downgrade
                </a>
              </div>
              <table className="plans">
                <thead>
                  <tr>
                    <th>Plan</th>
                    <th>Price per user</th>
                    <th>Users</th>
                    {family === 'PHONE_SYSTEM' && <th>Destinations</th>}
                  </tr>
                </thead>
                <tbody>
                  {plans.map((plan) => (
                    <PlanRow key={plan.id} plan={plan} users={users.get(plan.id) ?? 0} withDestinations={family === 'PHONE_SYSTEM'} />
                  ))}
                </tbody>
              </table>
              <p className="muted">Monthly total, all plans, excl. VAT: {account.monthlyTotal.formatted}</p>
            </div>
          );
        }}
      </Show>
    </section>
  );
}

const LINE_STATES: Record<NumberSubscriptionState, string> = { ACTIVE: 'active', ENDING: 'ending', REFUNDED: 'refunded' };

/** The "Numbers Orders" subscription: one line per number bought, its monthly fee and state. */
function NumbersOrdersFamily() {
  const loaded = useQuery(() => session.request()(NumberSubscriptionLinesDocument, {}), []);
  return (
    <div className="card" data-testid="numbers-orders">
      <OrderNowHeader title="Numbers Orders" />
      <Show loaded={loaded}>
        {(data) => {
          const lines = (data.viewer.account?.numberSubscriptionLines.edges ?? []).map((e) => e.node);
          if (lines.length === 0) return <p className="muted">No number on your subscription yet: order one with Order Now.</p>;
          return (
            <table className="plans">
              <thead>
                <tr>
                  <th>Number</th>
                  <th>Monthly fee</th>
                  <th>State</th>
                </tr>
              </thead>
              <tbody>
                {lines.map((l) => (
                  <tr key={l.id} className={l.state === 'ACTIVE' ? '' : 'inactive'} data-e164={l.e164}>
                    <td data-label="Number">{l.e164}</td>
                    <td data-label="Monthly fee">{l.monthlyFee.formatted}</td>
                    <td data-label="State" data-testid="line-state">
                      <span className="badge">{LINE_STATES[l.state]}</span>
                      {l.endsOn && <span className="muted"> until {l.endsOn}</span>}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          );
        }}
      </Show>
      <p className="muted">Monthly fees excl. VAT, billed with your plans each month.</p>
    </div>
  );
}

function PlanRow({ plan, users, withDestinations }: { plan: PlanFieldsFragment; users: number; withDestinations: boolean }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <tr className={users === 0 ? 'inactive' : ''} data-plan={plan.code}>
        <td data-label="Plan">
          {plan.name} {users === 0 && <span className="badge">inactive</span>}
        </td>
        <td data-label="Price per user">{plan.pricePerUser.formatted}</td>
        <td data-label="Users" data-testid="users">
          {users}
        </td>
        {withDestinations && (
          <td data-label="Destinations">
            <button className="link" aria-expanded={open} onClick={() => setOpen(!open)}>
              {plan.destinationCount} {plan.destinationCount === 1 ? 'destination' : 'destinations'}
            </button>
          </td>
        )}
      </tr>
      {open && (
        <tr>
          <td colSpan={4}>
            <ul className="destinations">
              {plan.destinations.map((d) => (
                <li key={d.code}>{d.name}</li>
              ))}
            </ul>
          </td>
        </tr>
      )}
    </>
  );
}
