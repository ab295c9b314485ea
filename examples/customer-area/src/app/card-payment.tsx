import { useState } from 'react';
import { CheckoutQuoteDocument, ConfirmPaymentDocument, type PaymentFieldsFragment, type UserErrorFieldsFragment } from '../gql/graphql';
import { session } from './session';
import { describeError } from './use-query';
import { Failure, FieldErrors } from './widgets';

/** The sandbox provider's test cards (Stripe's test payment methods). */
export const SANDBOX_CARDS = [
  { id: 'pm_card_visa', label: 'Visa 4242 (succeeds)' },
  { id: 'pm_card_threeDSecure2Required', label: 'Visa 3155 (3-D Secure)' },
  { id: 'pm_card_chargeDeclined', label: 'Visa 0002 (declined)' },
  { id: 'pm_card_chargeDeclinedInsufficientFunds', label: 'Visa 9995 (insufficient funds)' },
];

/** Where the bank's 3-D Secure page sends the customer back (it adds &payment=…&state=…); PaymentReturn reads it. */
export function paymentReturnUrl(quoteId: string): string {
  return `${location.origin}/payment-return?quote=${encodeURIComponent(quoteId)}`;
}

/** The decline in words: the provider's decline code (or error code) made readable. */
export function declineMessage(payment: PaymentFieldsFragment): string {
  const code = payment.lastDeclineCode ?? payment.lastErrorCode;
  const reason =
    code === 'insufficient_funds'
      ? 'insufficient funds'
      : code === 'authentication_required' || code === 'payment_intent_authentication_failure'
        ? '3-D Secure was not completed'
        : (code ?? 'no reason given').replace(/_/g, ' ');
  return `Your card was declined (${reason}). Try another card.`;
}

/**
 * What an unfinished payment still needs from the customer: another card ('card': declined,
 * 3-D Secure refused, or not charged yet after a provider outage; confirmPayment on the same
 * payment), or 3-D Secure at the bank ('bank': nextActionUrl). Null when nothing is left to do.
 */
export function paymentToResume(payment: Pick<PaymentFieldsFragment, 'state' | 'nextActionUrl'> | null | undefined): 'card' | 'bank' | null {
  if (payment?.state === 'REQUIRES_PAYMENT_METHOD' || payment?.state === 'REQUIRES_CONFIRMATION') return 'card';
  if (payment?.state === 'REQUIRES_ACTION' && payment.nextActionUrl) return 'bank';
  return null;
}

/** The link to the bank's 3-D Secure page of a payment waiting on it (it comes back to /payment-return). */
export function FinishThreeDSecure({ payment }: { payment: Pick<PaymentFieldsFragment, 'nextActionUrl'> }) {
  if (!payment.nextActionUrl) return null;
  return (
    <a className="button" href={payment.nextActionUrl} data-testid="finish-3ds">
      Finish 3-D Secure
    </a>
  );
}

type CardPaymentProps = {
  quoteId: string;
  /** A payment already made for the quote (a decline, or back from 3-D Secure): the next attempt confirms it with another card. */
  payment?: PaymentFieldsFragment | null;
  /** The payment succeeded. */
  onPaid: (payment: PaymentFieldsFragment) => void;
  /** Checked out with nothing due now: no payment was needed. */
  onAccepted?: () => void;
  /** Back to the previous step, only offered before any payment exists. */
  onBack?: () => void;
};

/**
 * The card payment of a quote, shared by plan changes and number orders: the card (sandbox test
 * cards), Checkout (checkoutQuote) then, after a decline, "Pay with this card" (confirmPayment on
 * the same payment); 3-D Secure sends the browser to the bank's page, which comes back to
 * /payment-return. User errors naming no field and declines are shown next to the card.
 */
export function CardPayment({ quoteId, payment: initial = null, onPaid, onAccepted, onBack }: CardPaymentProps) {
  const [card, setCard] = useState(SANDBOX_CARDS[0]!.id);
  const [payment, setPayment] = useState<PaymentFieldsFragment | null>(initial);
  const [errors, setErrors] = useState<UserErrorFieldsFragment[]>([]);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const pay = async () => {
    setBusy(true);
    setFailure(null);
    try {
      const request = session.request();
      const answer = payment
        ? (await request(ConfirmPaymentDocument, { input: { paymentId: payment.id, paymentMethod: card } })).confirmPayment
        : (await request(CheckoutQuoteDocument, { input: { quoteId, idempotencyKey, paymentMethod: card, returnUrl: paymentReturnUrl(quoteId) } }))
            .checkoutQuote;
      setErrors(answer.userErrors);
      if (answer.payment) setPayment(answer.payment);
      if (answer.payment?.state === 'SUCCEEDED') onPaid(answer.payment);
      else if (answer.payment?.state === 'REQUIRES_ACTION' && answer.payment.nextActionUrl) location.assign(answer.payment.nextActionUrl);
      // Nothing due now (removals, downgrades): the quote is accepted without a payment.
      else if (answer.userErrors.length === 0 && !answer.payment) onAccepted?.();
    } catch (e) {
      setFailure(describeError(e));
    } finally {
      setBusy(false);
    }
  };
  const declined = payment?.state === 'REQUIRES_PAYMENT_METHOD';
  const pending = payment && (payment.state === 'PROCESSING' || payment.state === 'REQUIRES_CONFIRMATION');
  return (
    <div className="card" data-testid="card-payment" data-payment-id={payment?.id}>
      <h2>Card payment</h2>
      <label>
        Card (sandbox)
        <select name="card" value={card} onChange={(e) => setCard(e.target.value)} aria-invalid={declined || undefined}>
          {SANDBOX_CARDS.map((c) => (
            <option key={c.id} value={c.id}>
              {c.label}
            </option>
          ))}
        </select>
        {declined && (
          <span className="error" role="alert" data-testid="declined">
            {declineMessage(payment)}
          </span>
        )}
        <FieldErrors errors={errors} field="paymentMethod" />
      </label>
      {pending && <p className="muted">The payment is being processed: try again in a moment to confirm it.</p>}
      <FieldErrors errors={errors} field={null} shown={['paymentMethod']} />
      {failure && <Failure message={failure} />}
      <div className="row spread">
        {onBack ? (
          <button className="secondary" onClick={onBack} disabled={busy || !!payment}>
            Back
          </button>
        ) : (
          <span />
        )}
        <button onClick={pay} disabled={busy}>
          {payment ? 'Pay with this card' : 'Checkout'}
        </button>
      </div>
    </div>
  );
}
