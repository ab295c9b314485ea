import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { ConnectionType, PageArgs, requireCaller, requirePermission, type Page } from '../../../../packages/kit/src';
import { Account } from '../account/account.entity';
import type { BillingContext } from '../context';
import { Money } from '../money';
import { Payment } from '../payment/payment.entity';
import { requireBillingRead } from '../permissions';
import { BillingStatus } from '../renewal/renewal.entity';
import { INVOICE_LINK_TTL_SECONDS, INVOICE_PREFIX, LinkPurpose, publicLink } from '../public-links';
import { Invoice, InvoiceLine } from './invoice.entity';

export const InvoiceConnection = ConnectionType('Invoice', Invoice, 'invoice');

@Resolver(() => Invoice)
export class InvoiceResolver {
  @FieldResolver(() => Money, { description: 'Total excluding VAT.' })
  subtotal(@Root() invoice: Invoice): Money {
    return Money.of(invoice.subtotalMinor, invoice.currency);
  }

  @FieldResolver(() => Money, { description: 'VAT.' })
  vat(@Root() invoice: Invoice): Money {
    return Money.of(invoice.vatMinor, invoice.currency);
  }

  @FieldResolver(() => Money, { description: 'Total including VAT.' })
  total(@Root() invoice: Invoice): Money {
    return Money.of(invoice.totalMinor, invoice.currency);
  }

  @FieldResolver(() => [InvoiceLine], { description: 'The lines, in order.' })
  lines(@Root() invoice: Invoice, @Ctx() ctx: BillingContext): Promise<InvoiceLine[]> {
    return ctx.loaders.invoiceLines.load(invoice.id);
  }

  @FieldResolver(() => Payment, {
    nullable: true,
    description:
      "The payment that settles the invoice: the checkout's for a purchase, the off-session charge for a renewal (when it failed, pay it with `confirmPayment` and another card, or follow its `nextActionUrl` when the bank asks for 3-D Secure); null for a credit note, or a renewal of an account without a saved card.",
  })
  payment(@Root() invoice: Invoice, @Ctx() ctx: BillingContext): Promise<Payment | null> {
    return invoice.paymentId ? ctx.loaders.payment.load(invoice.paymentId) : ctx.loaders.paymentByInvoice.load(invoice.id);
  }

  @FieldResolver({ description: 'A link to the PDF on the public origin, valid 5 minutes. Needs `account:read` (the account) or `staff:billing` (staff).' })
  downloadUrl(@Root() invoice: Invoice, @Ctx() ctx: BillingContext): string {
    const caller = requireCaller(ctx.caller);
    requirePermission(caller, caller.role === 'STAFF' ? 'staff:billing' : 'account:read');
    // Bound to the invoice's account: staff get the same link the customer would.
    return publicLink(
      ctx.settings.publicOrigin,
      ctx.links,
      INVOICE_PREFIX,
      { purpose: LinkPurpose.INVOICE_PDF, objectId: invoice.id, accountId: invoice.accountId },
      INVOICE_LINK_TTL_SECONDS,
    );
  }
}

@Resolver(() => InvoiceLine)
export class InvoiceLineResolver {
  @FieldResolver(() => Money, { description: 'Amount of the line, excluding VAT.' })
  amount(@Root() line: InvoiceLine): Money {
    return Money.of(line.amountMinor, line.currency);
  }
}

@Resolver(() => Payment)
export class PaymentInvoiceResolver {
  @FieldResolver(() => Invoice, { nullable: true, description: 'The invoice issued when the payment succeeded.' })
  invoice(@Root() payment: Payment, @Ctx() ctx: BillingContext): Promise<Invoice | null> {
    return ctx.loaders.invoiceByPayment.load(payment.id);
  }
}

@Resolver(() => Account)
export class AccountInvoicesResolver {
  @FieldResolver(() => BillingStatus, {
    description: 'PAST_DUE while a renewal charge failed and its invoice is open. Needs `account:read` (customers) or `staff:read` (staff).',
  })
  async billingStatus(@Root() account: Account, @Ctx() ctx: BillingContext): Promise<BillingStatus> {
    requireBillingRead(ctx.caller);
    return (await ctx.loaders.pastDueByAccount.load(account.id)).length ? BillingStatus.PAST_DUE : BillingStatus.ACTIVE;
  }

  @FieldResolver(() => InvoiceConnection, {
    description: 'Invoices and credit notes of the account, by number. Needs `account:read` (customers) or `staff:read` (staff).',
  })
  invoices(@Root() account: Account, @Args() page: PageArgs, @Ctx() ctx: BillingContext): Promise<Page<Invoice>> {
    requireBillingRead(ctx.caller);
    return ctx.loaders.invoicePage.load({ accountId: account.id, page: { first: page.first, after: page.after } });
  }
}
