import {
  applyNumberOrderEvent,
  canMoveLine,
  FINAL_ORDER_STATES,
  NumberOrderEvent as E,
  NumberOrderState as S,
  OrderLineState as L,
} from './number-order-state';

/** The table, written out independently of NUMBER_ORDER_TRANSITIONS. */
const ALLOWED: [S, E, S][] = [
  [S.DRAFT, E.CHECKOUT_STARTED, S.PENDING_PAYMENT],
  [S.DRAFT, E.CANCELLED_BY_CUSTOMER, S.CANCELLED],
  [S.PENDING_PAYMENT, E.CANCELLED_BY_CUSTOMER, S.CANCELLED],
  [S.DRAFT, E.RESERVATION_EXPIRED, S.CANCELLED],
  [S.PENDING_PAYMENT, E.RESERVATION_EXPIRED, S.CANCELLED],
  [S.PENDING_PAYMENT, E.PAID_IDENTITY_APPROVED, S.PROVISIONING],
  [S.PENDING_PAYMENT, E.PAID_IDENTITY_INCOMPLETE, S.PENDING_DOCUMENTS],
  [S.PENDING_PAYMENT, E.PAID_IDENTITY_IN_REVIEW, S.IN_REVIEW],
  [S.PENDING_DOCUMENTS, E.IDENTITY_SUBMITTED, S.IN_REVIEW],
  [S.IN_REVIEW, E.IDENTITY_APPROVED, S.PROVISIONING],
  [S.IN_REVIEW, E.IDENTITY_REJECTED, S.ACTION_REQUIRED],
  [S.ACTION_REQUIRED, E.IDENTITY_RESUBMITTED, S.IN_REVIEW],
  [S.PROVISIONING, E.NUMBERS_SETTLED, S.COMPLETED],
  [S.PROVISIONING, E.ALL_NUMBERS_FAILED, S.FAILED],
];

describe('number order lifecycle', () => {
  it.each(ALLOWED)('%s --%s--> %s', (from, event, to) => {
    expect(applyNumberOrderEvent(from, event)).toEqual({ ok: true, to });
  });

  const allowed = new Set(ALLOWED.map(([from, event]) => `${from}/${event}`));
  const forbidden = Object.values(S).flatMap((from) =>
    Object.values(E)
      .filter((event) => !allowed.has(`${from}/${event}`))
      .map((event) => [from, event] as [S, E]),
  );

  it('walks every forbidden pair', () => {
    expect(forbidden).toHaveLength(Object.values(S).length * Object.values(E).length - ALLOWED.length);
  });

  it.each(forbidden)('%s refuses %s', (from, event) => {
    expect(applyNumberOrderEvent(from, event)).toEqual({ ok: false, reason: `An order in ${from} cannot take ${event}.` });
  });

  it('leaves final states only by nothing', () => {
    for (const state of FINAL_ORDER_STATES) for (const event of Object.values(E)) expect(applyNumberOrderEvent(state, event).ok).toBe(false);
  });

  it('walks the seed order and the review loop', () => {
    const walk = (events: E[]) =>
      events.reduce<S>((state, event) => {
        const next = applyNumberOrderEvent(state, event);
        if (!next.ok) throw new Error(next.reason);
        return next.to;
      }, S.DRAFT);
    expect(walk([E.CHECKOUT_STARTED, E.PAID_IDENTITY_APPROVED, E.NUMBERS_SETTLED])).toBe(S.COMPLETED);
    expect(
      walk([
        E.CHECKOUT_STARTED,
        E.PAID_IDENTITY_INCOMPLETE,
        E.IDENTITY_SUBMITTED,
        E.IDENTITY_REJECTED,
        E.IDENTITY_RESUBMITTED,
        E.IDENTITY_APPROVED,
        E.NUMBERS_SETTLED,
      ]),
    ).toBe(S.COMPLETED);
  });
});

describe('order line lifecycle', () => {
  const moves: [L, L, boolean][] = Object.values(L).flatMap((from) =>
    Object.values(L).map((to) => [from, to, from === L.PENDING && to !== L.PENDING] as [L, L, boolean]),
  );
  it.each(moves)('%s -> %s allowed: %s', (from, to, ok) => {
    expect(canMoveLine(from, to)).toBe(ok);
  });
});
