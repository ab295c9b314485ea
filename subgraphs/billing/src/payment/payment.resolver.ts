import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { MAX_LISTED_PAYMENT_ATTEMPTS } from '../../../../packages/kit/src';
import type { BillingContext } from '../context';
import { Money } from '../money';
import { CHALLENGE_LINK_TTL_SECONDS, CHALLENGE_PREFIX, LinkPurpose, publicLink } from '../public-links';
import { Quote } from '../quote/quote.entity';
import { Payment, PaymentAttempt } from './payment.entity';

/** How many attempts a payment lists (one per card tried and per 3-D Secure answer). */
const ATTEMPTS_LISTED = MAX_LISTED_PAYMENT_ATTEMPTS;

@Resolver(() => Payment)
export class PaymentResolver {
  @FieldResolver(() => Money, { description: 'Amount charged, VAT included.' })
  amount(@Root() payment: Payment): Money {
    return Money.of(payment.amountMinor, payment.currency);
  }

  @FieldResolver(() => [PaymentAttempt], { description: `Every answer of the provider, oldest first, with decline codes (the first ${ATTEMPTS_LISTED}).` })
  async attempts(@Root() payment: Payment, @Ctx() ctx: BillingContext): Promise<PaymentAttempt[]> {
    return (await ctx.loaders.paymentAttempts.load(payment.id)).slice(0, ATTEMPTS_LISTED);
  }

  /**
   * The sandbox records its own page's path (`/pay/<intent>`): read as a fresh signed link on the
   * public origin, bound to the payment's account. A provider's own URL (Stripe's) is given as is.
   */
  @FieldResolver(() => String, { nullable: true })
  nextActionUrl(@Root() payment: Payment, @Ctx() ctx: BillingContext): string | null {
    const url = payment.nextActionUrl;
    if (!url?.startsWith(CHALLENGE_PREFIX) || !payment.providerPaymentId) return url;
    return publicLink(
      ctx.settings.publicOrigin,
      ctx.links,
      CHALLENGE_PREFIX,
      { purpose: LinkPurpose.PAYMENT_CHALLENGE, objectId: payment.providerPaymentId, accountId: payment.accountId },
      CHALLENGE_LINK_TTL_SECONDS,
    );
  }

  @FieldResolver(() => Quote, { nullable: true, description: 'The quote paid; null for a renewal payment.' })
  quote(@Root() payment: Payment, @Ctx() ctx: BillingContext): Promise<Quote | null> {
    return payment.quoteId ? ctx.loaders.quote.load(payment.quoteId) : Promise.resolve(null);
  }
}

@Resolver(() => Quote)
export class QuotePaymentResolver {
  @FieldResolver(() => Payment, { nullable: true, description: 'The payment of the quote once checked out; null before, or when nothing was due.' })
  payment(@Root() quote: Quote, @Ctx() ctx: BillingContext): Promise<Payment | null> {
    return ctx.loaders.paymentByQuote.load(quote.id);
  }
}
