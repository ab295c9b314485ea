/**
 * A payment provider (the sandbox, Stripe). Card details never reach us: the client's provider
 * library turns the card into a payment method reference ("pm_..."), which is all we pass on.
 * Every call carries an idempotency key derived from the payment and its attempt, so a retry
 * after a lost response is answered with the first outcome and never charges twice.
 */
export interface ProviderPayment {
  /** The provider's id of the payment (a PaymentIntent id). */
  id: string;
  status: 'succeeded' | 'requires_action' | 'requires_payment_method' | 'processing' | 'canceled';
  /** For the client's provider library (Stripe.js); null for the sandbox. */
  clientSecret: string | null;
  /** With requires_action: where the customer completes 3-D Secure. */
  nextActionUrl: string | null;
  /** With a decline: the provider's error code and decline code. */
  errorCode: string | null;
  declineCode: string | null;
}

export interface ConfirmRequest {
  amountMinor: number;
  currency: string;
  paymentMethod: string;
  idempotencyKey: string;
  /** Where the customer returns after 3-D Secure (already checked against the allow-list). */
  returnUrl: string | null;
  /** Our payment id, kept by the provider for webhooks and support. */
  paymentId: string;
  /** A renewal charges the saved card without the customer (Stripe `off_session`). */
  offSession: boolean;
}

/** Gives back part of a succeeded charge; the key makes a retry answer with the first refund. */
export interface RefundRequest {
  providerPaymentId: string;
  amountMinor: number;
  idempotencyKey: string;
}

export interface PaymentProvider {
  readonly name: string;
  /** Refunds `amountMinor` of a succeeded charge; resolves with the provider's refund id. */
  refund(request: RefundRequest): Promise<{ id: string }>;
  /** Creates and confirms a charge in one call (PaymentIntent create with confirm=true). */
  confirm(request: ConfirmRequest): Promise<ProviderPayment>;
  /** The charge as the provider sees it now (after 3-D Secure, or to recover after a crash). */
  retrieve(providerPaymentId: string): Promise<ProviderPayment>;
}

/** The provider did not answer (down, timeout): nothing is known to have been charged; retry with the same key. */
export class PaymentProviderUnavailable extends Error {}
