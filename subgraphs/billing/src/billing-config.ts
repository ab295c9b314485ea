import { cleanEnv, num, str, url } from 'envalid';
import { developmentSecret } from '../../../packages/kit/src';
import { defaultBillingSettings, DEFAULT_PUBLIC_ORIGIN, sandboxChallengeUrl, type BillingSettings } from './billing-settings';
import Stripe from 'stripe';
import { SandboxPaymentProvider } from './payment/sandbox-payment-provider';
import { StripePaymentProvider } from './payment/stripe-payment-provider';

/** Billing's own settings from the environment (only main.ts passes it). */
export function billingSettingsFromEnv(env: NodeJS.ProcessEnv): BillingSettings {
  const config = cleanEnv(env, {
    PUBLIC_ORIGIN: url({ default: DEFAULT_PUBLIC_ORIGIN, desc: "The gateway's public origin: invoice links and the 3-D Secure page live there." }),
    RETURN_URL_ORIGINS: str({ default: 'http://127.0.0.1:3000,http://localhost:3000', desc: 'Comma-separated client origins a 3-D Secure return URL may point to.' }),
    BILLING_LINK_SECRET: str({ default: '', desc: 'Signs invoice download links (32+ characters); production needs it.' }),
    QUOTE_LIFETIME_MINUTES: num({ default: 60, desc: 'How long a quote can be checked out (never past the end of its month).' }),
    PAYMENT_PROVIDER: str({ choices: ['sandbox', 'stripe'], default: 'sandbox', desc: 'Who charges cards: the embedded sandbox, or Stripe.' }),
    STRIPE_SECRET_KEY: str({ default: '', desc: 'Stripe secret key (sk_...), with PAYMENT_PROVIDER=stripe.' }),
    NODE_ENV: str({ choices: ['development', 'test', 'production'], default: 'development' }),
  });
  if (!config.BILLING_LINK_SECRET && config.NODE_ENV === 'production') throw new Error('Production needs BILLING_LINK_SECRET.');
  if (config.PAYMENT_PROVIDER === 'stripe' && !config.STRIPE_SECRET_KEY) throw new Error('PAYMENT_PROVIDER=stripe needs STRIPE_SECRET_KEY.');
  const publicOrigin = config.PUBLIC_ORIGIN.replace(/\/$/, '');
  return {
    ...defaultBillingSettings(),
    publicOrigin,
    returnUrlOrigins: config.RETURN_URL_ORIGINS.split(',').map((origin) => origin.trim()).filter(Boolean),
    linkSecret: config.BILLING_LINK_SECRET || developmentSecret('data/dev-billing-link-secret'),
    quoteLifetimeMs: config.QUOTE_LIFETIME_MINUTES * 60_000,
    paymentProvider:
      config.PAYMENT_PROVIDER === 'stripe'
        ? new StripePaymentProvider(new Stripe(config.STRIPE_SECRET_KEY, { maxNetworkRetries: 0, timeout: 10_000 }))
        : new SandboxPaymentProvider(sandboxChallengeUrl(publicOrigin)),
  };
}
