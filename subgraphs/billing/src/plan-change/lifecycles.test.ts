import { applyTransition } from '../../../../packages/kit/src';
import { effectiveQuoteState, QUOTE_TRANSITIONS, QuoteState } from '../quote/quote-state';
import { PLAN_CHANGE_TRANSITIONS, PlanChangeState, type PlanChangeEvent } from './plan-change-state';

describe('plan change lifecycle', () => {
  const events: PlanChangeEvent[] = ['EDIT', 'CHECK_OUT', 'PAYMENT_FAILED', 'APPLY', 'CANCEL'];
  const allowed: Record<string, string> = {
    'OPEN/EDIT': 'OPEN',
    'OPEN/CHECK_OUT': 'CHECKED_OUT',
    'OPEN/CANCEL': 'CANCELLED',
    'CHECKED_OUT/PAYMENT_FAILED': 'OPEN',
    'CHECKED_OUT/APPLY': 'APPLIED',
  };
  for (const state of Object.values(PlanChangeState)) {
    for (const event of events) {
      const expected = allowed[`${state}/${event}`];
      it(`${state} + ${event} -> ${expected ?? 'refused'}`, () => {
        const result = applyTransition(PLAN_CHANGE_TRANSITIONS, state, event);
        expect(result).toEqual(expected ? { ok: true, to: expected } : { ok: false, reason: `${event} is not allowed in state ${state}` });
      });
    }
  }
});

describe('quote lifecycle', () => {
  for (const state of Object.values(QuoteState)) {
    for (const event of ['EXPIRE', 'SUPERSEDE', 'ACCEPT'] as const) {
      const expected = state === QuoteState.OPEN ? { EXPIRE: 'EXPIRED', SUPERSEDE: 'SUPERSEDED', ACCEPT: 'ACCEPTED' }[event] : undefined;
      it(`${state} + ${event} -> ${expected ?? 'refused'}`, () => {
        expect(applyTransition(QUOTE_TRANSITIONS, state, event).ok).toBe(Boolean(expected));
        if (expected) expect(applyTransition(QUOTE_TRANSITIONS, state, event)).toEqual({ ok: true, to: expected });
      });
    }
  }

  it('reads an open quote as expired once its time ran out, and as superseded when its plan change moved on', () => {
    const quote = { state: QuoteState.OPEN, expiresAt: new Date('2026-06-16T11:00:00Z'), planChangeVersion: 3 };
    expect(effectiveQuoteState(quote, 3, new Date('2026-06-16T10:59:59Z'))).toBe(QuoteState.OPEN);
    expect(effectiveQuoteState(quote, 3, new Date('2026-06-16T11:00:00Z'))).toBe(QuoteState.EXPIRED);
    expect(effectiveQuoteState(quote, 4, new Date('2026-06-16T10:00:00Z'))).toBe(QuoteState.SUPERSEDED);
    expect(effectiveQuoteState({ ...quote, state: QuoteState.ACCEPTED }, 4, new Date('2026-07-16T10:00:00Z'))).toBe(QuoteState.ACCEPTED);
  });
});
