import { randomUUID } from 'node:crypto';
import { CHALLENGE_PREFIX } from '../public-links';
import { PaymentProviderUnavailable, type ConfirmRequest, type PaymentProvider, type ProviderPayment, type RefundRequest } from './payment-provider';

/** The sandbox cards, named like Stripe's test payment methods. */
export const SANDBOX_CARDS = {
  pm_card_visa: 'succeeds',
  pm_card_chargeDeclined: 'declined: card_declined / generic_decline',
  pm_card_chargeDeclinedInsufficientFunds: 'declined: card_declined / insufficient_funds',
  pm_card_threeDSecure2Required: 'requires 3-D Secure: approve or deny on the challenge page',
} as const;

interface SandboxIntent extends ProviderPayment {
  amountMinor: number;
  currency: string;
  returnUrl: string | null;
  /** How many charges were made: a test proves retries never charge twice. */
  charges: number;
}

/**
 * The default provider (embedded, no network), behaving like Stripe's test payment methods.
 * Intents live in memory: a sandbox restarted forgets them (documented; Stripe keeps its own).
 * Its 3-D Secure "bank" is billing's own page (`/pay/<intent id>`): the path recorded as the
 * payment's next action, which `Payment.nextActionUrl` turns into a signed link on the gateway's origin.
 */
export class SandboxPaymentProvider implements PaymentProvider {
  readonly name = 'sandbox';
  private readonly intents = new Map<string, SandboxIntent>();
  private readonly byKey = new Map<string, string>();
  private readonly refundsByKey = new Map<string, { id: string; intentId: string; amountMinor: number }>();
  /** Tests flip it to play a provider that is down. */
  unavailable = false;
  /** Tests set it to play a charge whose answer is lost (the charge happens, the caller sees a failure). */
  loseNextAnswer = false;

  private readonly challengeUrl = (intentId: string) => `${CHALLENGE_PREFIX}${intentId}`;

  async confirm(request: ConfirmRequest): Promise<ProviderPayment> {
    if (this.unavailable) throw new PaymentProviderUnavailable('sandbox provider unavailable');
    const known = this.byKey.get(request.idempotencyKey);
    if (known) return this.snapshot(this.intents.get(known)!);
    const id = `pi_sandbox_${randomUUID().replace(/-/g, '')}`;
    const base: SandboxIntent = {
      id,
      status: 'processing',
      amountMinor: request.amountMinor,
      currency: request.currency,
      returnUrl: request.returnUrl,
      clientSecret: null,
      nextActionUrl: null,
      errorCode: null,
      declineCode: null,
      charges: 0,
    };
    const intent: SandboxIntent = this.outcome(base, request.paymentMethod);
    this.intents.set(id, intent);
    this.byKey.set(request.idempotencyKey, id);
    if (this.loseNextAnswer) {
      this.loseNextAnswer = false;
      throw new PaymentProviderUnavailable('sandbox: answer lost');
    }
    return this.snapshot(intent);
  }

  async retrieve(providerPaymentId: string): Promise<ProviderPayment> {
    if (this.unavailable) throw new PaymentProviderUnavailable('sandbox provider unavailable');
    const intent = this.intents.get(providerPaymentId);
    if (!intent) throw new Error(`sandbox knows no payment ${providerPaymentId}`);
    return this.snapshot(intent);
  }

  async refund(request: RefundRequest): Promise<{ id: string }> {
    if (this.unavailable) throw new PaymentProviderUnavailable('sandbox provider unavailable');
    const known = this.refundsByKey.get(request.idempotencyKey);
    if (known) return { id: known.id };
    const intent = this.intents.get(request.providerPaymentId);
    if (!intent || intent.status !== 'succeeded') throw new Error(`sandbox cannot refund ${request.providerPaymentId}: not a succeeded payment`);
    if (this.refundedOn(intent.id) + request.amountMinor > intent.amountMinor) throw new Error(`sandbox cannot refund more than was charged on ${intent.id}`);
    const refund = { id: `re_sandbox_${randomUUID().replace(/-/g, '')}`, intentId: intent.id, amountMinor: request.amountMinor };
    this.refundsByKey.set(request.idempotencyKey, refund);
    return { id: refund.id };
  }

  /** Refunded so far on an intent (minor units). */
  refundedOn(providerPaymentId: string): number {
    return [...this.refundsByKey.values()].filter((r) => r.intentId === providerPaymentId).reduce((sum, r) => sum + r.amountMinor, 0);
  }

  /** The customer's answer on the challenge page; false when there is no challenge pending. */
  decideChallenge(providerPaymentId: string, approve: boolean): boolean {
    const intent = this.intents.get(providerPaymentId);
    if (!intent || intent.status !== 'requires_action') return false;
    Object.assign(
      intent,
      approve
        ? { status: 'succeeded', nextActionUrl: null, charges: intent.charges + 1 }
        : { status: 'requires_payment_method', nextActionUrl: null, errorCode: 'payment_intent_authentication_failure', declineCode: null },
    );
    return true;
  }

  /** For the challenge page and tests: what the customer is asked to approve. */
  pending(providerPaymentId: string): { amountMinor: number; currency: string; returnUrl: string | null } | null {
    const intent = this.intents.get(providerPaymentId);
    return intent?.status === 'requires_action' ? { amountMinor: intent.amountMinor, currency: intent.currency, returnUrl: intent.returnUrl } : null;
  }

  /** Charges made for an intent (succeeded ones count 1). */
  chargesOf(providerPaymentId: string): number {
    return this.intents.get(providerPaymentId)?.charges ?? 0;
  }

  private outcome(intent: SandboxIntent, paymentMethod: string): SandboxIntent {
    switch (paymentMethod) {
      case 'pm_card_visa':
        return { ...intent, status: 'succeeded', charges: 1 };
      case 'pm_card_chargeDeclined':
        return { ...intent, status: 'requires_payment_method', errorCode: 'card_declined', declineCode: 'generic_decline' };
      case 'pm_card_chargeDeclinedInsufficientFunds':
        return { ...intent, status: 'requires_payment_method', errorCode: 'card_declined', declineCode: 'insufficient_funds' };
      case 'pm_card_threeDSecure2Required':
        return { ...intent, status: 'requires_action', nextActionUrl: this.challengeUrl(intent.id) };
      default:
        return { ...intent, status: 'requires_payment_method', errorCode: 'resource_missing', declineCode: null };
    }
  }

  private snapshot(intent: SandboxIntent): ProviderPayment {
    const { id, status, clientSecret, nextActionUrl, errorCode, declineCode } = intent;
    return { id, status, clientSecret, nextActionUrl, errorCode, declineCode };
  }
}
