import type { LinkClaims, LinkSigner } from '../../../packages/kit/src';

/**
 * Billing's paths on the gateway's origin: the prefixes of the gateway's route table
 * (gateway/src/public-routes.ts), served by billing under `/public` (public-routes.ts here).
 */
export const INVOICE_PREFIX = '/files/billing/';
export const CHALLENGE_PREFIX = '/pay/';
export const STRIPE_WEBHOOK_PATH = '/webhooks/stripe';

/** What each signed link grants: one purpose per route, so an invoice link never opens a payment page. */
export const LinkPurpose = { INVOICE_PDF: 'invoice-pdf', PAYMENT_CHALLENGE: 'payment-challenge' } as const;

/** An invoice link lives 5 minutes (the field is read again for a new one). */
export const INVOICE_LINK_TTL_SECONDS = 300;
/** The bank's page gives the customer time to find their phone. */
export const CHALLENGE_LINK_TTL_SECONDS = 900;

/** An absolute signed link on the public origin (the gateway's). */
export function publicLink(publicOrigin: string, links: LinkSigner, prefix: string, claims: LinkClaims, ttlSeconds: number): string {
  return `${publicOrigin}${links.link(prefix, claims, ttlSeconds)}`;
}
