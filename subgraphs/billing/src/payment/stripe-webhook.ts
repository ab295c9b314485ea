import express, { type Router } from 'express';
import type Stripe from 'stripe';
import type { DataSource } from 'typeorm';
import { accept, runMutation } from '../../../../packages/kit/src';
import { Payment } from './payment.entity';
import type { PaymentService } from './payment.service';
import { STRIPE_WEBHOOK_PATH } from '../public-links';
import { fromPaymentIntent } from './stripe-payment-provider';

export interface StripeWebhookDependencies {
  db: DataSource;
  stripe: Stripe;
  /** The endpoint's signing secret ("whsec_..."). */
  webhookSecret: string;
  payments: PaymentService;
}

const PAYMENT_EVENTS = new Set([
  'payment_intent.succeeded',
  'payment_intent.payment_failed',
  'payment_intent.requires_action',
  'payment_intent.processing',
  'payment_intent.canceled',
]);

/**
 * Stripe's webhook: the signature is checked by the SDK over the raw body (a bad one: 400,
 * nothing changes); each event is handled once, by its id (an idempotency record); a payment
 * event is recorded like the answer to a confirm, so success applies the plan change once.
 * Mounted by `mountStripeWebhook` at POST /webhooks/stripe (the gateway forwards the body byte for
 * byte with the `stripe-signature` header).
 */
export async function handleStripeWebhook(
  deps: StripeWebhookDependencies,
  rawBody: Buffer,
  signature: string | undefined,
): Promise<{ status: number; body: string }> {
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

/** Stripe's events reach their owner at most this large (the gateway's route allows 512 KiB too). */
const WEBHOOK_BODY_LIMIT = '512kb';

/** POST /webhooks/stripe: the raw body, whatever its content type says, to `handleStripeWebhook`. */
export function mountStripeWebhook(router: Router, deps: StripeWebhookDependencies): void {
  router.post(STRIPE_WEBHOOK_PATH, express.raw({ type: () => true, limit: WEBHOOK_BODY_LIMIT }), async (req, res, next) => {
    try {
      const body = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
      const outcome = await handleStripeWebhook(deps, body, req.header('stripe-signature'));
      res.status(outcome.status).type('text/plain').send(outcome.body);
    } catch (error) {
      next(error);
    }
  });
}
