import { registerEnumType } from 'type-graphql';
import type { TransitionsTable } from '../../../../packages/kit/src';

export enum PlanChangeState {
  OPEN = 'OPEN',
  CHECKED_OUT = 'CHECKED_OUT',
  APPLIED = 'APPLIED',
  CANCELLED = 'CANCELLED',
}
registerEnumType(PlanChangeState, {
  name: 'PlanChangeState',
  description: 'Where a plan change (the Upgrade/Downgrade cart) stands.',
  valuesConfig: {
    OPEN: { description: 'Being edited: lines can change, quotes can be asked for.' },
    CHECKED_OUT: { description: 'A quote of it is being paid; its lines are frozen.' },
    APPLIED: { description: 'Paid (or nothing was due) and applied to the subscriptions; scheduled lines wait for the next period.' },
    CANCELLED: { description: 'Abandoned by the customer; nothing was applied.' },
  },
});

export type PlanChangeEvent = 'EDIT' | 'CHECK_OUT' | 'PAYMENT_FAILED' | 'APPLY' | 'CANCEL';

/** The plan change lifecycle. A failed payment reopens the cart, so the customer can retry. */
export const PLAN_CHANGE_TRANSITIONS: TransitionsTable<PlanChangeState, PlanChangeEvent> = [
  { from: PlanChangeState.OPEN, event: 'EDIT', to: PlanChangeState.OPEN },
  { from: PlanChangeState.OPEN, event: 'CHECK_OUT', to: PlanChangeState.CHECKED_OUT },
  { from: PlanChangeState.OPEN, event: 'CANCEL', to: PlanChangeState.CANCELLED },
  { from: PlanChangeState.CHECKED_OUT, event: 'PAYMENT_FAILED', to: PlanChangeState.OPEN },
  { from: PlanChangeState.CHECKED_OUT, event: 'APPLY', to: PlanChangeState.APPLIED },
];
