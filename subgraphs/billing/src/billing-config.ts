import { cleanEnv, num, str, url } from 'envalid';
import { defaultBillingSettings, DEFAULT_PUBLIC_ORIGIN, type BillingSettings } from './billing-settings';
import Stripe from 'stripe';
import { SandboxPaymentProvider } from './payment/sandbox-payment-provider';
import { StripePaymentProvider } from './payment/stripe-payment-provider';

/** Billing's own settings from the environment (only main.ts passes it). */
export function billingSettingsFromEnv(env: NodeJS.ProcessEnv): BillingSettings {
  const config = cleanEnv(env, {
    PUBLIC_ORIGIN: url({ default: DEFAULT_PUBLIC_ORIGIN, desc: "The gateway's public origin: invoice links and the 3-D Secure page live there." }),
    RETURN_URL_ORIGINS: str({
      default: 'http://127.0.0.1:3000,http://localhost:3000',
      desc: 'Comma-separated client origins a 3-D Secure return URL may point to.',
    }),
    QUOTE_LIFETIME_MINUTES: num({ default: 60, desc: 'How long a quote can be checked out (never past the end of its month).' }),
    PAYMENT_PROVIDER: str({ choices: ['sandbox', 'stripe'], default: 'sandbox', desc: 'Who charges cards: the embedded sandbox, or Stripe.' }),
    STRIPE_SECRET_KEY: str({ default: '', desc: 'Stripe secret key (sk_...), with PAYMENT_PROVIDER=stripe.' }),
    STRIPE_WEBHOOK_SECRET: str({
      default: '',
      desc: 'Signing secret of the Stripe webhook endpoint (whsec_...); without it POST /webhooks/stripe answers 404.',
    }),
    RENEWAL_CHECK_MINUTES: num({
      default: 15,
      desc: 'How often each replica checks whether the month is due for renewal (on the 1st); 0 turns the scheduled renewal off.',
    }),
    NODE_ENV: str({ choices: ['development', 'test', 'production'], default: 'development' }),
  });
  if (config.PAYMENT_PROVIDER === 'stripe' && !config.STRIPE_SECRET_KEY) throw new Error('PAYMENT_PROVIDER=stripe needs STRIPE_SECRET_KEY.');
  // Without the webhook, a payment Stripe settles later (3-D Secure, processing) is only seen at the next confirm or restart.
  if (config.PAYMENT_PROVIDER === 'stripe' && config.NODE_ENV === 'production' && !config.STRIPE_WEBHOOK_SECRET)
    throw new Error('Production with PAYMENT_PROVIDER=stripe needs STRIPE_WEBHOOK_SECRET.');
  const publicOrigin = config.PUBLIC_ORIGIN.replace(/\/$/, '');
  const stripe = config.STRIPE_SECRET_KEY ? new Stripe(config.STRIPE_SECRET_KEY, { maxNetworkRetries: 0, timeout: 10_000 }) : null;
  return {
    ...defaultBillingSettings(),
    publicOrigin,
    returnUrlOrigins: config.RETURN_URL_ORIGINS.split(',')
      .map((origin) => origin.trim())
      .filter(Boolean),
    quoteLifetimeMs: config.QUOTE_LIFETIME_MINUTES * 60_000,
    renewalCheckIntervalMs: config.RENEWAL_CHECK_MINUTES * 60_000,
    paymentProvider: config.PAYMENT_PROVIDER === 'stripe' && stripe ? new StripePaymentProvider(stripe) : new SandboxPaymentProvider(),
    stripeWebhook: stripe && config.STRIPE_WEBHOOK_SECRET ? { stripe, secret: config.STRIPE_WEBHOOK_SECRET } : null,
  };
}
