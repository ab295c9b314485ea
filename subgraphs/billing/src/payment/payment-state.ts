import { registerEnumType } from 'type-graphql';
import type { TransitionsTable } from '../../../../packages/kit/src';

/** Stripe's PaymentIntent states, kept as they are so the Stripe adapter maps one to one. */
export enum PaymentState {
  REQUIRES_PAYMENT_METHOD = 'REQUIRES_PAYMENT_METHOD',
  REQUIRES_CONFIRMATION = 'REQUIRES_CONFIRMATION',
  REQUIRES_ACTION = 'REQUIRES_ACTION',
  PROCESSING = 'PROCESSING',
  SUCCEEDED = 'SUCCEEDED',
  CANCELED = 'CANCELED',
}
registerEnumType(PaymentState, {
  name: 'PaymentState',
  description: "Where a payment stands (the payment provider's states).",
  valuesConfig: {
    REQUIRES_PAYMENT_METHOD: { description: 'Declined (see `lastDeclineCode`) or 3-D Secure denied: retry with another card (confirmPayment).' },
    REQUIRES_CONFIRMATION: { description: 'A card is attached but not charged yet (also after the provider was unavailable): confirm again.' },
    REQUIRES_ACTION: { description: 'The bank asks for 3-D Secure: send the customer to `nextActionUrl`.' },
    PROCESSING: { description: 'The provider is still processing the charge.' },
    SUCCEEDED: { description: 'Paid: the plan change is applied.' },
    CANCELED: { description: 'Abandoned or expired: nothing was charged or applied.' },
  },
});

/** ATTACH: a new card; the others are what the provider answered, plus CANCEL. */
export type PaymentEvent = 'ATTACH' | 'SUCCEED' | 'DECLINE' | 'REQUIRE_ACTION' | 'PROCESS' | 'CANCEL';

const S = PaymentState;
export const PAYMENT_TRANSITIONS: TransitionsTable<PaymentState, PaymentEvent> = [
  { from: S.REQUIRES_PAYMENT_METHOD, event: 'ATTACH', to: S.REQUIRES_CONFIRMATION },
  { from: S.REQUIRES_PAYMENT_METHOD, event: 'CANCEL', to: S.CANCELED },
  { from: S.REQUIRES_CONFIRMATION, event: 'SUCCEED', to: S.SUCCEEDED },
  { from: S.REQUIRES_CONFIRMATION, event: 'DECLINE', to: S.REQUIRES_PAYMENT_METHOD },
  { from: S.REQUIRES_CONFIRMATION, event: 'REQUIRE_ACTION', to: S.REQUIRES_ACTION },
  { from: S.REQUIRES_CONFIRMATION, event: 'PROCESS', to: S.PROCESSING },
  { from: S.REQUIRES_CONFIRMATION, event: 'CANCEL', to: S.CANCELED },
  { from: S.REQUIRES_ACTION, event: 'SUCCEED', to: S.SUCCEEDED },
  { from: S.REQUIRES_ACTION, event: 'DECLINE', to: S.REQUIRES_PAYMENT_METHOD },
  { from: S.REQUIRES_ACTION, event: 'PROCESS', to: S.PROCESSING },
  { from: S.REQUIRES_ACTION, event: 'CANCEL', to: S.CANCELED },
  { from: S.PROCESSING, event: 'SUCCEED', to: S.SUCCEEDED },
  { from: S.PROCESSING, event: 'DECLINE', to: S.REQUIRES_PAYMENT_METHOD },
];
