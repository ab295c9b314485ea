import express from 'express';
import type { DataSource } from 'typeorm';
import { Money } from '../money';
import { Payment } from './payment.entity';
import type { PaymentService } from './payment.service';
import type { SandboxPaymentProvider } from './sandbox-payment-provider';

/** Path prefix of the sandbox's 3-D Secure pages on the public origin (the gateway's route table maps it to billing). */
export const CHALLENGE_PATH = '/payments/3ds';

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The sandbox bank's page: the amount, and two buttons. */
export function renderChallengePage(intentId: string, amount: Money): string {
  const action = `${CHALLENGE_PATH}/${encodeURIComponent(intentId)}`;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>3-D Secure (sandbox)</title></head>
<body>
  <h1>Confirm your payment</h1>
  <p>Sandbox bank: approve the payment of <strong>${escapeHtml(amount.formatted)}</strong>?</p>
  <form method="post" action="${escapeHtml(action)}"><input type="hidden" name="decision" value="approve"><button type="submit">Approve</button></form>
  <form method="post" action="${escapeHtml(action)}"><input type="hidden" name="decision" value="deny"><button type="submit">Deny</button></form>
</body></html>`;
}

export interface ChallengeDependencies {
  db: DataSource;
  sandbox: SandboxPaymentProvider;
  payments: PaymentService;
}

/**
 * The customer's answer: tells the sandbox bank, records the payment's new state (applying the
 * plan change when approved), and says where to send the customer: the return URL given at
 * checkout (checked against the allow-list then, read from our database now: no open redirect).
 */
export async function handleChallengeDecision(deps: ChallengeDependencies, intentId: string, approve: boolean): Promise<{ status: number; location: string | null }> {
  const payment = await deps.db.getRepository(Payment).findOneBy({ providerPaymentId: intentId });
  if (!payment || !deps.sandbox.decideChallenge(intentId, approve)) return { status: 404, location: null };
  await deps.payments.refresh(payment.id);
  const after = await deps.db.getRepository(Payment).findOneByOrFail({ id: payment.id });
  if (!payment.returnUrl) return { status: 200, location: null };
  const target = new URL(payment.returnUrl);
  target.searchParams.set('payment', payment.id);
  target.searchParams.set('state', after.state);
  return { status: 303, location: target.toString() };
}

/** Routes of the 3-D Secure page, to mount on the public route table (edge issue) under CHALLENGE_PATH. */
export function createChallengeRouter(deps: ChallengeDependencies): express.Router {
  const router = express.Router();
  router.get('/:intentId', (req, res) => {
    const pending = deps.sandbox.pending(req.params.intentId);
    if (!pending) {
      res.status(404).type('text/plain').send('No payment waits for 3-D Secure here.');
      return;
    }
    res.status(200).type('text/html').send(renderChallengePage(req.params.intentId, Money.of(pending.amountMinor, pending.currency)));
  });
  router.post('/:intentId', express.urlencoded({ extended: false, limit: '1kb' }), async (req, res, next) => {
    try {
      const decision = (req.body as { decision?: string }).decision;
      if (decision !== 'approve' && decision !== 'deny') {
        res.status(400).type('text/plain').send('decision must be approve or deny');
        return;
      }
      const outcome = await handleChallengeDecision(deps, req.params.intentId, decision === 'approve');
      if (outcome.location) res.redirect(outcome.status, outcome.location);
      else res.status(outcome.status).type('text/plain').send(outcome.status === 404 ? 'No payment waits for 3-D Secure here.' : 'Done: you can close this page.');
    } catch (error) {
      next(error);
    }
  });
  return router;
}
