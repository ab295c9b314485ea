import { Arg, Args, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { canAccessAccount, ConnectionType, emptyPage, PageArgs, type Page } from '../../../../packages/kit/src';
import { Account } from '../account/account.entity';
import type { BillingContext } from '../context';
import { NumberOrder, NumberOrderLine } from '../external/number-order.stub';
import { Invoice } from '../invoice/invoice.entity';
import { Money } from '../money';
import { requireBillingRead } from '../permissions';
import { Payment } from '../payment/payment.entity';
import { RequestQuotePayload } from '../plan-change/plan-change.payloads';
import { Quote } from '../quote/quote.entity';
import { RequestNumberOrderQuoteInput } from './number-order-billing.inputs';
import { NumberSubscriptionLine, Refund } from './number-subscription.entity';

export const NumberSubscriptionLineConnection = ConnectionType('NumberSubscriptionLine', NumberSubscriptionLine, 'number of the Numbers Orders subscription');

/** What billing adds for paying number orders: their quote, the Numbers Orders subscription, refunds. */
@Resolver(() => Quote)
export class NumberOrderQuoteResolver {
  @Mutation(() => RequestQuotePayload, {
    description:
      'Prices a DRAFT number order as a quote (read from numbering): setup fees in full, monthly fees prorated to the month end, VAT. Check it out with checkoutQuote. Needs a billing profile, and `billing:purchase` (customers) or `staff:billing` (staff).',
  })
  async requestNumberOrderQuote(
    @Arg('input', () => RequestNumberOrderQuoteInput, { description: 'The order to price.' }) input: RequestNumberOrderQuoteInput,
    @Ctx() ctx: BillingContext,
  ): Promise<RequestQuotePayload> {
    const { value, userErrors } = await ctx.numberOrderQuotes.requestQuote(input);
    return { quote: value, userErrors };
  }

  @FieldResolver(() => NumberOrder, { nullable: true, description: "The number order the quote prices; null for a plan change's quote." })
  numberOrder(@Root() quote: Quote): NumberOrder | null {
    return quote.numberOrderId ? Object.assign(new NumberOrder(), { id: quote.numberOrderId }) : null;
  }
}

@Resolver(() => NumberOrder)
export class NumberOrderPaymentResolver {
  @FieldResolver(() => Payment, {
    nullable: true,
    description:
      'The payment of the order (of its checked-out quote): its state, `nextActionUrl` for 3-D Secure, `refunds`; retry a declined one with confirmPayment. Null before checkout, or when nothing was due.',
  })
  async payment(@Root() order: NumberOrder, @Ctx() ctx: BillingContext): Promise<Payment | null> {
    const quote = await ctx.loaders.checkedOutQuoteByNumberOrder.load(order.id);
    return quote ? ctx.loaders.paymentByQuote.load(quote.id) : null;
  }
}

@Resolver(() => NumberOrderLine)
export class NumberOrderLineRefundResolver {
  @FieldResolver(() => Refund, {
    nullable: true,
    description:
      'A FAILED line (or every line of an order cancelled after it was paid): its refund once billing made it; null before, and for a line that needs none.',
  })
  refund(@Root() line: NumberOrderLine, @Ctx() ctx: BillingContext): Promise<Refund | null> {
    return ctx.loaders.refundByOrderLine.load(line.id);
  }
}

export const numberOrderLineReference = {
  __resolveReference: (reference: { id: string }): NumberOrderLine => Object.assign(new NumberOrderLine(), { id: reference.id }),
};

export const numberOrderReference = {
  __resolveReference: (reference: { id: string }): NumberOrder => Object.assign(new NumberOrder(), { id: reference.id }),
};

@Resolver(() => NumberSubscriptionLine)
export class NumberSubscriptionLineResolver {
  @FieldResolver(() => Money, { description: 'The monthly fee, excluding VAT.' })
  monthlyFee(@Root() line: NumberSubscriptionLine): Money {
    return Money.of(line.monthlyFeeMinor, line.currency);
  }
}

@Resolver(() => Refund)
export class RefundResolver {
  @FieldResolver(() => Money, { description: 'Amount given back, VAT included.' })
  amount(@Root() refund: Refund): Money {
    return Money.of(refund.amountMinor, refund.currency);
  }

  @FieldResolver(() => Invoice, {
    nullable: true,
    description: 'The credit note that documents it: a partial one of the paid invoice, numbered in the same series; null when nothing was given back.',
  })
  creditNote(@Root() refund: Refund, @Ctx() ctx: BillingContext): Promise<Invoice | null> | null {
    return refund.creditNoteId ? ctx.loaders.invoice.load(refund.creditNoteId) : null;
  }
}

@Resolver(() => Payment)
export class PaymentRefundsResolver {
  @FieldResolver(() => [Refund], { description: 'Refunds taken from this payment (one per paid number never activated), oldest first.' })
  refunds(@Root() payment: Payment, @Ctx() ctx: BillingContext): Promise<Refund[]> {
    return ctx.loaders.refundsByPayment.load(payment.id);
  }
}

@Resolver(() => Account)
export class AccountNumberSubscriptionResolver {
  @FieldResolver(() => NumberSubscriptionLineConnection, {
    description:
      'The "Numbers Orders" subscription: one line per number bought, with its monthly fee, by id. Needs `account:read` (customers) or `staff:read` (staff).',
  })
  numberSubscriptionLines(
    @Root() account: Account,
    @Args() page: PageArgs,
    @Ctx() ctx: BillingContext,
  ): Promise<Page<NumberSubscriptionLine>> | Page<NumberSubscriptionLine> {
    requireBillingRead(ctx.caller);
    if (!canAccessAccount(ctx.caller, account.id)) return emptyPage<NumberSubscriptionLine>();
    return ctx.loaders.numberSubscriptionPage.load({ accountId: account.id, page: { first: page.first, after: page.after } });
  }
}
