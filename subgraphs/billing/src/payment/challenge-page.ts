import express, { type Router } from 'express';
import type { DataSource } from 'typeorm';
import { requireSignedLink, type LinkSigner } from '../../../../packages/kit/src';
import { Money } from '../money';
import { CHALLENGE_PREFIX, LinkPurpose } from '../public-links';
import { isAllowedReturnUrl } from './payment.errors';
import { Payment } from './payment.entity';
import type { PaymentService } from './payment.service';
import type { SandboxPaymentProvider } from './sandbox-payment-provider';

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The sandbox bank's page: the amount, and two buttons posting back to the same signed link. */
export function renderChallengePage(action: string, amount: Money): string {
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
  /** Checked again when redirecting: a return URL recorded before the list changed is not followed. */
  returnUrlOrigins: readonly string[];
}

/** The payment behind a link: its intent, bound to the link's account (a link never outlives a change of owner). */
async function paymentOf(db: DataSource, intentId: string, accountId: string): Promise<Payment | null> {
  const payment = await db.getRepository(Payment).findOneBy({ providerPaymentId: intentId });
  return payment && payment.accountId === accountId ? payment : null;
}

/**
 * The customer's answer: tells the sandbox bank, records the payment's new state (applying the
 * plan change when approved), and says where to send the customer: the return URL given at
 * checkout (checked against the allow-list then and now, read from our database, never from the
 * request: no open redirect).
 */
export async function handleChallengeDecision(
  deps: ChallengeDependencies,
  payment: Payment,
  approve: boolean,
): Promise<{ status: number; location: string | null }> {
  if (!deps.sandbox.decideChallenge(payment.providerPaymentId!, approve)) return { status: 404, location: null };
  await deps.payments.refresh(payment.id);
  const after = await deps.db.getRepository(Payment).findOneByOrFail({ id: payment.id });
  if (!payment.returnUrl || !isAllowedReturnUrl(payment.returnUrl, deps.returnUrlOrigins)) return { status: 200, location: null };
  const target = new URL(payment.returnUrl);
  target.searchParams.set('payment', payment.id);
  target.searchParams.set('state', after.state);
  return { status: 303, location: target.toString() };
}

const notFound = (res: express.Response) => res.status(404).type('text/plain').send('No payment waits for 3-D Secure here.');

/** GET and POST `/pay/:intentId` behind a signed link (purpose `payment-challenge`, bound to the payment's account). */
export function mountChallengePage(router: Router, links: LinkSigner, deps: ChallengeDependencies): void {
  const signed = requireSignedLink(links, LinkPurpose.PAYMENT_CHALLENGE, 'intentId');
  const path = `${CHALLENGE_PREFIX}:intentId`;
  router.get(path, signed, async (req, res, next) => {
    try {
      const payment = await paymentOf(deps.db, req.params.intentId as string, res.locals.link.accountId);
      const pending = payment ? deps.sandbox.pending(payment.providerPaymentId!) : null;
      if (!pending) return void notFound(res);
      // The forms post back to this very link (same path and signature, on the gateway's origin).
      const action = `${CHALLENGE_PREFIX}${encodeURIComponent(req.params.intentId as string)}?${new URLSearchParams(req.query as Record<string, string>).toString()}`;
      res
        .status(200)
        .type('text/html')
        .set('cache-control', 'no-store')
        .send(renderChallengePage(action, Money.of(pending.amountMinor, pending.currency)));
    } catch (error) {
      next(error);
    }
  });
  router.post(path, signed, express.urlencoded({ extended: false, limit: '1kb' }), async (req, res, next) => {
    try {
      const decision = (req.body as { decision?: string } | undefined)?.decision;
      if (decision !== 'approve' && decision !== 'deny') {
        res.status(400).type('text/plain').send('decision must be approve or deny');
        return;
      }
      const payment = await paymentOf(deps.db, req.params.intentId as string, res.locals.link.accountId);
      if (!payment) return void notFound(res);
      const outcome = await handleChallengeDecision(deps, payment, decision === 'approve');
      if (outcome.location) res.redirect(outcome.status, outcome.location);
      else if (outcome.status === 404) notFound(res);
      else res.status(outcome.status).type('text/plain').send('Done: you can close this page.');
    } catch (error) {
      next(error);
    }
  });
}
