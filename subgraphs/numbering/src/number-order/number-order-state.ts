import { registerEnumType } from 'type-graphql';
import { applyTransition, type TransitionResult } from '../../../../packages/kit/src';

export enum NumberOrderState {
  DRAFT = 'DRAFT',
  PENDING_PAYMENT = 'PENDING_PAYMENT',
  PENDING_DOCUMENTS = 'PENDING_DOCUMENTS',
  IN_REVIEW = 'IN_REVIEW',
  ACTION_REQUIRED = 'ACTION_REQUIRED',
  PROVISIONING = 'PROVISIONING',
  COMPLETED = 'COMPLETED',
  FAILED = 'FAILED',
  CANCELLED = 'CANCELLED',
}
registerEnumType(NumberOrderState, {
  name: 'NumberOrderState',
  description: 'Where a number order stands (README, "Ordering numbers", has the whole table).',
  valuesConfig: {
    DRAFT: { description: 'Numbers reserved, action and identity chosen; not paid yet.' },
    PENDING_PAYMENT: { description: 'Checkout started; waiting for the payment.' },
    PENDING_DOCUMENTS: { description: 'Paid; the identity is a draft or lacks documents.' },
    IN_REVIEW: { description: "Paid; the provider's team reviews the identity." },
    ACTION_REQUIRED: { description: 'The identity was rejected: correct it and submit it again.' },
    PROVISIONING: { description: 'Paid and identity approved: the carrier activates the numbers.' },
    COMPLETED: { description: 'Every number is settled: active, or failed and refunded (see each line).' },
    FAILED: { description: 'No number could be activated; every line is refunded.' },
    CANCELLED: { description: 'Cancelled by the customer, or its reservation ran out unpaid.' },
  },
});

export enum NumberOrderEvent {
  CHECKOUT_STARTED = 'CHECKOUT_STARTED',
  CANCELLED_BY_CUSTOMER = 'CANCELLED_BY_CUSTOMER',
  RESERVATION_EXPIRED = 'RESERVATION_EXPIRED',
  PAID_IDENTITY_APPROVED = 'PAID_IDENTITY_APPROVED',
  PAID_IDENTITY_INCOMPLETE = 'PAID_IDENTITY_INCOMPLETE',
  PAID_IDENTITY_IN_REVIEW = 'PAID_IDENTITY_IN_REVIEW',
  IDENTITY_SUBMITTED = 'IDENTITY_SUBMITTED',
  IDENTITY_APPROVED = 'IDENTITY_APPROVED',
  IDENTITY_REJECTED = 'IDENTITY_REJECTED',
  IDENTITY_RESUBMITTED = 'IDENTITY_RESUBMITTED',
  NUMBERS_SETTLED = 'NUMBERS_SETTLED',
  ALL_NUMBERS_FAILED = 'ALL_NUMBERS_FAILED',
}
registerEnumType(NumberOrderEvent, {
  name: 'NumberOrderEvent',
  description: 'What moved an order from one state to the next.',
  valuesConfig: {
    CHECKOUT_STARTED: { description: "Billing's checkout started for the order." },
    CANCELLED_BY_CUSTOMER: { description: 'The customer cancelled the order.' },
    RESERVATION_EXPIRED: { description: 'The reservation ran out before the payment.' },
    PAID_IDENTITY_APPROVED: { description: 'Paid, and the identity was already approved.' },
    PAID_IDENTITY_INCOMPLETE: { description: 'Paid, and the identity is still a draft or lacks documents.' },
    PAID_IDENTITY_IN_REVIEW: { description: 'Paid, and the identity is submitted and under review.' },
    IDENTITY_SUBMITTED: { description: 'The identity was completed and submitted.' },
    IDENTITY_APPROVED: { description: 'The identity was approved.' },
    IDENTITY_REJECTED: { description: 'The identity was rejected.' },
    IDENTITY_RESUBMITTED: { description: 'The identity was corrected and submitted again.' },
    NUMBERS_SETTLED: { description: 'The carrier settled every number, at least one active.' },
    ALL_NUMBERS_FAILED: { description: 'The carrier could activate none of the numbers.' },
  },
});

export interface NumberOrderTransition {
  from: readonly NumberOrderState[];
  event: NumberOrderEvent;
  to: NumberOrderState;
}

const S = NumberOrderState;
const E = NumberOrderEvent;

/** The order lifecycle of issue 15, whole: every allowed move, nothing else. */
export const NUMBER_ORDER_TRANSITIONS: readonly NumberOrderTransition[] = [
  { from: [S.DRAFT], event: E.CHECKOUT_STARTED, to: S.PENDING_PAYMENT },
  { from: [S.DRAFT, S.PENDING_PAYMENT], event: E.CANCELLED_BY_CUSTOMER, to: S.CANCELLED },
  { from: [S.DRAFT, S.PENDING_PAYMENT], event: E.RESERVATION_EXPIRED, to: S.CANCELLED },
  { from: [S.PENDING_PAYMENT], event: E.PAID_IDENTITY_APPROVED, to: S.PROVISIONING },
  { from: [S.PENDING_PAYMENT], event: E.PAID_IDENTITY_INCOMPLETE, to: S.PENDING_DOCUMENTS },
  { from: [S.PENDING_PAYMENT], event: E.PAID_IDENTITY_IN_REVIEW, to: S.IN_REVIEW },
  { from: [S.PENDING_DOCUMENTS], event: E.IDENTITY_SUBMITTED, to: S.IN_REVIEW },
  { from: [S.IN_REVIEW], event: E.IDENTITY_APPROVED, to: S.PROVISIONING },
  { from: [S.IN_REVIEW], event: E.IDENTITY_REJECTED, to: S.ACTION_REQUIRED },
  { from: [S.ACTION_REQUIRED], event: E.IDENTITY_RESUBMITTED, to: S.IN_REVIEW },
  { from: [S.PROVISIONING], event: E.NUMBERS_SETTLED, to: S.COMPLETED },
  { from: [S.PROVISIONING], event: E.ALL_NUMBERS_FAILED, to: S.FAILED },
];

/** Pure: where `event` takes an order in `state`, or why it cannot. */
export function applyNumberOrderEvent(state: NumberOrderState, event: NumberOrderEvent): TransitionResult<NumberOrderState> {
  const result = applyTransition(NUMBER_ORDER_TRANSITIONS, state, event);
  return result.ok ? result : { ok: false, reason: `An order in ${state} cannot take ${event}.` };
}

/** Settled states: nothing moves an order out of them. */
export const FINAL_ORDER_STATES: readonly NumberOrderState[] = [S.COMPLETED, S.FAILED, S.CANCELLED];

export enum OrderLineState {
  PENDING = 'PENDING',
  ACTIVE = 'ACTIVE',
  FAILED = 'FAILED',
  CANCELLED = 'CANCELLED',
}
registerEnumType(OrderLineState, {
  name: 'OrderLineState',
  description: 'The outcome of one number of an order.',
  valuesConfig: {
    PENDING: { description: 'Not activated yet.' },
    ACTIVE: { description: 'Activated by the carrier: the number is the account’s (`phoneNumber`).' },
    FAILED: { description: 'The carrier could not activate it; refunded through billing.' },
    CANCELLED: { description: 'The order was cancelled before activation.' },
  },
});

/** Each line's own lifecycle: activated or failed once, or cancelled with its order. */
export const ORDER_LINE_TRANSITIONS: Readonly<Record<OrderLineState, readonly OrderLineState[]>> = {
  PENDING: [OrderLineState.ACTIVE, OrderLineState.FAILED, OrderLineState.CANCELLED],
  ACTIVE: [],
  FAILED: [],
  CANCELLED: [],
};

export const canMoveLine = (from: OrderLineState, to: OrderLineState): boolean => ORDER_LINE_TRANSITIONS[from].includes(to);
