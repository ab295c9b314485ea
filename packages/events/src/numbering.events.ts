import { defineEvent, type EventContract } from './contract';

/** One number of a paid order that the account will not get: billing refunds it. */
export const numberOrderLineFailed = defineEvent<{ numberOrderId: string; numberOrderLineId: string; e164: string; reason: string }>({
  type: 'numbering.number-order-line.failed',
  producer: 'numbering',
  aggregateType: 'number-order-line',
  consumers: ['billing'],
  description:
    'A paid number will not be activated: the carrier failed it, or the order was cancelled (its reservation ran out) before the payment succeeded. Billing refunds the line (setup fee, prorated monthly fee and VAT) and ends its subscription line.',
  payload: {
    numberOrderId: 'The order.',
    numberOrderLineId: 'The line (one number): the key of the refund, so it is refunded once.',
    e164: 'The number, in E.164 form.',
    reason: 'Why, in words (shown on the refund).',
  },
});

/** A number the account released: billing stops its monthly fee at the end of the period already paid. */
export const phoneNumberReleased = defineEvent<{ phoneNumberId: string; e164: string }>({
  type: 'numbering.phone-number.released',
  producer: 'numbering',
  aggregateType: 'phone-number',
  consumers: ['billing'],
  description:
    'The account released a number: it stopped ringing at once. Billing ends its Numbers Orders subscription line at the end of the current period (no refund for the days left; nothing renews).',
  payload: { phoneNumberId: 'The released number (its row is gone from numbering).', e164: 'The number, in E.164 form.' },
});

/** Every event numbering produces; a new one is declared with `defineEvent` and added here (and nowhere else). */
export const NUMBERING_EVENTS: EventContract<any>[] = [numberOrderLineFailed, phoneNumberReleased];
