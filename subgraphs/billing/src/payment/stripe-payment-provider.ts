import Stripe from 'stripe';
import { PaymentProviderUnavailable, type ConfirmRequest, type PaymentProvider, type ProviderPayment, type RefundRequest } from './payment-provider';

type PaymentIntent = Stripe.PaymentIntent;

/** Stripe's PaymentIntent as our provider answer. `requires_confirmation` and `requires_capture` do not arise with confirm=true and automatic capture. */
export function fromPaymentIntent(intent: PaymentIntent): ProviderPayment {
  const status: ProviderPayment['status'] =
    intent.status === 'succeeded'
      ? 'succeeded'
      : intent.status === 'requires_action'
        ? 'requires_action'
        : intent.status === 'processing'
          ? 'processing'
          : intent.status === 'canceled'
            ? 'canceled'
            : 'requires_payment_method';
  return {
    id: intent.id,
    status,
    clientSecret: intent.client_secret,
    nextActionUrl: intent.next_action?.redirect_to_url?.url ?? null,
    errorCode: intent.last_payment_error?.code ?? null,
    declineCode: intent.last_payment_error?.decline_code ?? null,
  };
}

/**
 * Stripe through its official SDK: one PaymentIntent per attempt, created and confirmed at once,
 * with our idempotency key, so Stripe answers a retry with the first outcome. A decline comes
 * back as a card error carrying the PaymentIntent; network failures and Stripe's 5xx are
 * PAYMENT_PROVIDER_UNAVAILABLE (nothing recorded; a retry with the same key is safe).
 */
export class StripePaymentProvider implements PaymentProvider {
  readonly name = 'stripe';

  constructor(private readonly stripe: Stripe) {}

  async confirm(request: ConfirmRequest): Promise<ProviderPayment> {
    return this.call(() =>
      this.stripe.paymentIntents.create(
        {
          amount: request.amountMinor,
          currency: request.currency.toLowerCase(),
          payment_method: request.paymentMethod,
          confirm: true,
          ...(request.returnUrl ? { return_url: request.returnUrl } : {}),
          ...(request.offSession ? { off_session: true } : {}),
          metadata: { paymentId: request.paymentId },
        },
        { idempotencyKey: request.idempotencyKey },
      ),
    );
  }

  async retrieve(providerPaymentId: string): Promise<ProviderPayment> {
    return this.call(() => this.stripe.paymentIntents.retrieve(providerPaymentId));
  }

  async refund(request: RefundRequest): Promise<{ id: string }> {
    try {
      const refund = await this.stripe.refunds.create(
        { payment_intent: request.providerPaymentId, amount: request.amountMinor },
        { idempotencyKey: request.idempotencyKey },
      );
      return { id: refund.id };
    } catch (error) {
      throw unavailableOr(error);
    }
  }

  private async call(request: () => Promise<PaymentIntent>): Promise<ProviderPayment> {
    try {
      return fromPaymentIntent(await request());
    } catch (error) {
      if (error instanceof Stripe.errors.StripeCardError && error.payment_intent) return fromPaymentIntent(error.payment_intent);
      throw unavailableOr(error);
    }
  }
}

/** Network failures, Stripe's 5xx and rate limits: PAYMENT_PROVIDER_UNAVAILABLE (retry with the same key); anything else as it is. */
function unavailableOr(error: unknown): unknown {
  const transient =
    error instanceof Stripe.errors.StripeConnectionError ||
    error instanceof Stripe.errors.StripeAPIError ||
    error instanceof Stripe.errors.StripeRateLimitError;
  return transient ? new PaymentProviderUnavailable(error.message) : error;
}
