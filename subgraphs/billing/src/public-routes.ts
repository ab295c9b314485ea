import type { PublicRouteDeps } from '../../../packages/kit/src';
import type { Router } from 'express';
import type { BillingSettings } from './billing-settings';
import { mountInvoiceDownloads } from './invoice/invoice-link';
import { mountChallengePage } from './payment/challenge-page';
import { PaymentService } from './payment/payment.service';
import { SandboxPaymentProvider } from './payment/sandbox-payment-provider';
import { mountStripeWebhook } from './payment/stripe-webhook';

/**
 * Billing's public routes (SubgraphDefinition.publicRoutes), reached through the gateway's route
 * table only: invoice PDFs and the sandbox's 3-D Secure page behind links signed with the kit's
 * LinkSigner, and Stripe's webhook behind Stripe's signature. A route whose feature is off (the
 * challenge page with Stripe, the webhook without its secret) is not mounted: 404.
 */
export function billingPublicRoutes(settings: BillingSettings) {
  return (router: Router, { db, links }: PublicRouteDeps): void => {
    const payments = new PaymentService(db, settings.paymentProvider, settings.clock);
    mountInvoiceDownloads(router, links, db);
    if (settings.paymentProvider instanceof SandboxPaymentProvider) {
      mountChallengePage(router, links, { db, sandbox: settings.paymentProvider, payments, returnUrlOrigins: settings.returnUrlOrigins });
    }
    if (settings.stripeWebhook)
      mountStripeWebhook(router, { db, stripe: settings.stripeWebhook.stripe, webhookSecret: settings.stripeWebhook.secret, payments });
  };
}
