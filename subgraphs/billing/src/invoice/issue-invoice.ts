import type { EntityManager } from 'typeorm';
import { newId } from '../../../../packages/kit/src';
import { BillingProfile } from '../billing-profile/billing-profile.entity';
import type { Payment } from '../payment/payment.entity';
import { billingPeriodAt } from '../quote/billing-calendar';
import { QuoteLine, type Quote } from '../quote/quote.entity';
import { SELLER } from '../seller';
import { Invoice, InvoiceKind, InvoiceLine, InvoiceStatus } from './invoice.entity';
import { nextInvoiceNumber } from './invoice-number';

/** Mentions French law requires on every invoice between businesses (Code de commerce L441-9). */
export const INVOICE_MENTIONS = {
  latePenalty: 'Late payment penalties: three times the French legal interest rate, from the day after the due date.',
  recoveryIndemnity: 'Fixed indemnity for recovery costs in case of late payment: EUR 40 (Code de commerce, articles L441-10 and D441-5).',
  noDiscount: 'No discount for early payment.',
} as const;

/**
 * Issues the invoice of a paid quote, in the transaction that records the payment: its number is
 * taken there (gapless), and seller, buyer and VAT are copied in as they are now.
 */
export async function issueInvoiceForPayment(tx: EntityManager, payment: Payment, quote: Quote, now: Date): Promise<Invoice> {
  const [profile, quoteLines] = await Promise.all([
    tx.getRepository(BillingProfile).findOneByOrFail({ accountId: quote.accountId }),
    tx.getRepository(QuoteLine).find({ where: { quoteId: quote.id }, order: { position: 'ASC' } }),
  ]);
  const issuedOn = billingPeriodAt(now).today;
  const invoice: Invoice = Object.assign(new Invoice(), {
    id: newId(),
    accountId: quote.accountId,
    number: await nextInvoiceNumber(tx, Number(issuedOn.slice(0, 4))),
    kind: InvoiceKind.INVOICE,
    status: InvoiceStatus.PAID,
    paymentId: payment.id,
    quoteId: quote.id,
    creditedInvoiceId: null,
    creditReason: null,
    createdBy: null,
    issuedOn,
    dueOn: issuedOn,
    seller: {
      legalName: SELLER.legalName,
      legalForm: SELLER.legalForm,
      shareCapital: SELLER.shareCapital,
      siren: SELLER.siren,
      vatNumber: SELLER.vatNumber,
      address: SELLER.address,
    },
    buyerLegalName: profile.legalName,
    buyerAddress: [profile.addressLine1, profile.addressLine2, `${profile.postalCode} ${profile.city}`, profile.countryCode].filter(Boolean).join(', '),
    buyerVatNumber: profile.vatNumber,
    currency: quote.currency,
    subtotalMinor: quote.subtotalMinor,
    vatRateBasisPoints: quote.vatRateBasisPoints,
    vatMinor: quote.vatMinor,
    totalMinor: quote.totalMinor,
    vatMention: quote.vatMention,
  });
  await tx.getRepository(Invoice).insert(invoice);
  const charged = quoteLines.filter((line) => line.dueNowMinor !== 0);
  await tx.getRepository(InvoiceLine).insert(
    charged.map((line, position) => ({
      id: newId(),
      invoiceId: invoice.id,
      position,
      description: `${line.description}, ${quote.daysCharged}/${quote.daysInPeriod} days from ${quote.prorationDate}`,
      quantity: line.quantity,
      amountMinor: line.dueNowMinor,
      currency: quote.currency,
    })),
  );
  return invoice;
}
