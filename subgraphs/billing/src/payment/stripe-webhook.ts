import type Stripe from 'stripe';
import type { DataSource } from 'typeorm';
import { accept, runMutation } from '../../../../packages/kit/src';
import { Payment } from './payment.entity';
import type { PaymentService } from './payment.service';
import { fromPaymentIntent } from './stripe-payment-provider';

export interface StripeWebhookDependencies {
  db: DataSource;
  stripe: Stripe;
  /** The endpoint's signing secret ("whsec_..."). */
  webhookSecret: string;
  payments: PaymentService;
}

const PAYMENT_EVENTS = new Set(['payment_intent.succeeded', 'payment_intent.payment_failed', 'payment_intent.requires_action', 'payment_intent.processing', 'payment_intent.canceled']);

/**
 * Stripe's webhook: the signature is checked by the SDK over the raw body (a bad one: 400,
 * nothing changes); each event is handled once, by its id (an idempotency record); a payment
 * event is recorded like the answer to a confirm, so success applies the plan change once.
 * To mount on the public route table (edge issue) with `express.raw({ type: 'application/json' })`.
 */
export async function handleStripeWebhook(deps: StripeWebhookDependencies, rawBody: Buffer, signature: string | undefined): Promise<{ status: number; body: string }> {
  let event: Stripe.Event;
  try {
    event = deps.stripe.webhooks.constructEvent(rawBody, signature ?? '', deps.webhookSecret);
  } catch {
    return { status: 400, body: 'invalid signature' };
  }
  if (!PAYMENT_EVENTS.has(event.type)) return { status: 200, body: 'ignored' };
  const intent = event.data.object as Stripe.PaymentIntent;
  const payment = await deps.db.getRepository(Payment).findOneBy({ providerPaymentId: intent.id });
  if (!payment) return { status: 200, body: 'unknown payment' };
  const outcome = await runMutation(deps.db, {
    idempotency: { scope: 'stripe', operation: 'stripeWebhook', key: event.id, input: { id: event.id } },
    check: async () => accept(null),
    write: async (tx) => {
      await deps.payments.recordIn(tx, payment.id, payment.attempt, fromPaymentIntent(intent));
      return accept({ eventId: event.id });
    },
  });
  return { status: 200, body: outcome.replayed ? 'duplicate' : 'ok' };
}
