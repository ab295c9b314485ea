import { PaymentStatusDocument } from '../gql/graphql';
import { CardPayment } from './card-payment';
import { OrderTracker } from './number-orders';
import { PaymentDone } from './plan-change';
import { session } from './session';
import { useQuery } from './use-query';
import { Show } from './widgets';

/**
 * Where the bank's 3-D Secure page sends the customer back: /payment-return?quote=…&payment=…&state=…
 * (plan changes and number orders alike). The payment is read again from the API (the query string
 * is only a hint): paid, a number order's progress or the plan change's receipt; declined or
 * 3-D Secure denied, the card payment again (confirmPayment with another card).
 */
export function PaymentReturn() {
  const quoteId = new URLSearchParams(location.search).get('quote') ?? '';
  const loaded = useQuery(() => session.request()(PaymentStatusDocument, { id: quoteId }), [quoteId]);
  return (
    <Show loaded={loaded}>
      {({ quote }) => {
        const payment = quote?.payment;
        const order = quote?.numberOrder;
        if (payment?.state === 'SUCCEEDED') {
          if (order) return <OrderTracker orderId={order.id} payment={payment} />;
          return (
            <section>
              <h1>Card payment</h1>
              <PaymentDone payment={payment} />
            </section>
          );
        }
        return (
          <section>
            <h1>Card payment</h1>
            <div className="card">
              <p className="error" role="alert" data-testid="not-paid">
                The payment was not completed ({payment?.state ?? 'unknown quote'}). Nothing was charged.
              </p>
              <a href="/#/plans">Back to My plans</a>
            </div>
            {quote && payment?.state === 'REQUIRES_PAYMENT_METHOD' && <CardPayment quoteId={quote.id} payment={payment} onPaid={() => location.reload()} />}
          </section>
        );
      }}
    </Show>
  );
}
