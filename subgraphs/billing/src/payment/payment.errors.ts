import { userError } from '../../../../packages/kit/src';

export const PAYMENT_USER_ERROR_CODES = {
  PAYMENT_METHOD_REQUIRED: 'Something is due now: give a payment method reference made by the provider\'s client library ("pm_...").',
  RETURN_URL_NOT_ALLOWED: 'The return URL is not on the allow-list of client origins (no open redirect).',
  PAYMENT_PROVIDER_UNAVAILABLE: 'The payment provider did not answer; nothing was applied. Retry (confirmPayment): it never charges twice.',
  PAYMENT_NOT_RETRYABLE: 'The payment is not waiting for a card (already paid, cancelled, or waiting for 3-D Secure).',
} as const;

export const paymentErrors = {
  methodRequired: () => userError('PAYMENT_METHOD_REQUIRED', 'Something is due now: give the payment method reference from the card form.', 'paymentMethod'),
  returnUrlNotAllowed: () => userError('RETURN_URL_NOT_ALLOWED', 'The return URL must be on one of the allowed client origins.', 'returnUrl'),
  unavailable: () =>
    userError('PAYMENT_PROVIDER_UNAVAILABLE', 'The payment provider is unavailable; nothing was applied. Try again: you will not be charged twice.', null),
  notRetryable: () => userError('PAYMENT_NOT_RETRYABLE', 'This payment is not waiting for a card.', 'paymentId'),
};

/** A return URL is acceptable when its origin is one of the allowed client origins. */
export function isAllowedReturnUrl(url: string, allowedOrigins: readonly string[]): boolean {
  try {
    const parsed = new URL(url);
    return (parsed.protocol === 'https:' || parsed.protocol === 'http:') && allowedOrigins.includes(parsed.origin) && !parsed.username && !parsed.password;
  } catch {
    return false;
  }
}
