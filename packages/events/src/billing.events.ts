import { defineEvent, type EventContract } from './contract';

/** The seats (users paid for) an account holds on one plan, after a change of its subscription. */
export const subscriptionSeatsChanged = defineEvent<{ subscriptionId: string; planId: string; family: string; quantity: number }>({
  type: 'billing.subscription.seats-changed',
  producer: 'billing',
  aggregateType: 'subscription',
  consumers: ['telephony'],
  description:
    "A subscription's quantity changed (a paid quote applied, a scheduled downgrade or removal applied at renewal); version 1 is its creation. Telephony refuses an extension on a plan without a free seat from these counts.",
  payload: {
    subscriptionId: 'The subscription (one per account and plan).',
    planId: 'Its plan.',
    family: 'The plan family: `PHONE_SYSTEM` (one extension per seat), `PREDICTIVE_DIALER` or `ROBOT_DIALER` (seats without extensions).',
    quantity: 'Seats on the plan after the change; 0 means the plan is inactive.',
  },
});

/** What billing decided for one extension when a paid plan change took effect. */
type ExtensionPlanFacts = { extensionId: string; planId: string | null; quoteLineId: string };

export const extensionPlanMoved = defineEvent<ExtensionPlanFacts>({
  type: 'billing.extension-plan.moved',
  producer: 'billing',
  aggregateType: 'extension-plan',
  consumers: ['telephony'],
  description: 'A paid Edit line took effect (at once for an upgrade, at the period start for a downgrade): the extension is now on `planId`.',
  payload: { extensionId: 'The extension (telephony owns it).', planId: 'The plan it moves to.', quoteLineId: 'The quote line that paid for the move.' },
});

export const extensionPlanRemoved = defineEvent<ExtensionPlanFacts>({
  type: 'billing.extension-plan.removed',
  producer: 'billing',
  aggregateType: 'extension-plan',
  consumers: ['telephony'],
  description: 'A Remove line naming an extension took effect (at the period start): its seat is gone and telephony removes the extension.',
  payload: { extensionId: 'The extension to remove.', planId: 'Always null.', quoteLineId: 'The quote line that removed it.' },
});

/** What billing tells numbering about paying a number order; numbered per order, in order. */
type NumberOrderPaymentFacts = { numberOrderId: string; quoteId: string; paymentId: string | null };

export const numberOrderCheckedOut = defineEvent<NumberOrderPaymentFacts>({
  type: 'billing.number-order.checked-out',
  producer: 'billing',
  aggregateType: 'number-order-payment',
  consumers: ['numbering'],
  description:
    "The customer checked out a number order's quote: numbering moves the order to PENDING_PAYMENT and holds its numbers while the payment (3-D Secure included) runs.",
  payload: {
    numberOrderId: 'The order (numbering owns it).',
    quoteId: 'The quote checked out.',
    paymentId: 'The payment that charges it.',
  },
});

export const numberOrderPaid = defineEvent<NumberOrderPaymentFacts>({
  type: 'billing.number-order.paid',
  producer: 'billing',
  aggregateType: 'number-order-payment',
  consumers: ['numbering'],
  description:
    "The order's payment succeeded and its numbers are on the account's Numbers Orders subscription: numbering moves the order on by its identity's state (PROVISIONING, IN_REVIEW or PENDING_DOCUMENTS).",
  payload: {
    numberOrderId: 'The order.',
    quoteId: 'The quote paid.',
    paymentId: 'The payment that succeeded.',
  },
});

/** Every event billing produces; a new one is declared with `defineEvent` and added here (and nowhere else). */
export const BILLING_EVENTS: EventContract<any>[] = [
  subscriptionSeatsChanged,
  extensionPlanMoved,
  extensionPlanRemoved,
  numberOrderCheckedOut,
  numberOrderPaid,
];
