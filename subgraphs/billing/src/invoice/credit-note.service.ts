import type { DataSource, EntityManager } from 'typeorm';
import {
  accept,
  checkDisplayText,
  newId,
  notFound,
  refuse,
  requirePermission,
  runMutation,
  userError,
  type Caller,
  type UserErrorValue,
} from '../../../../packages/kit/src';
import { billingPeriodAt } from '../quote/billing-calendar';
import { Invoice, InvoiceKind, InvoiceLine, InvoiceStatus } from './invoice.entity';
import { nextInvoiceNumber } from './invoice-number';
import { Refund } from '../number-order/number-subscription.entity';

export const CREDIT_NOTE_USER_ERROR_CODES = {
  INVOICE_ALREADY_CREDITED: 'The invoice already has a credit note, or is itself a credit note.',
  INVALID_REASON: 'The reason is empty, longer than 200 characters, or contains control characters.',
} as const;

/**
 * Staff (`staff:billing`) cancel an invoice with a credit note: a new numbered document (same
 * gapless series) with the invoice's lines and amounts negated. The invoice itself is never
 * edited or renumbered. One whole credit note per invoice (unique index on `credited_invoice_id`),
 * and none for an invoice partly refunded already (its refunds have their own credit notes).
 */
export class CreditNoteService {
  constructor(
    private readonly db: DataSource,
    private readonly clock: () => Date,
  ) {}

  async issue(caller: Caller | null, input: { invoiceId: string; reason: string }): Promise<{ creditNote: Invoice | null; userErrors: UserErrorValue[] }> {
    const who = requirePermission(caller, 'staff:billing');
    const invoice = await this.db.getRepository(Invoice).findOneBy({ id: input.invoiceId });
    if (!invoice) return { creditNote: null, userErrors: [notFound('invoice', 'invoiceId')] };
    const outcome = await runMutation(this.db, {
      check: async () => {
        const reason = checkDisplayText(input.reason, { code: 'INVALID_REASON', field: 'reason', label: 'The reason', maxLength: 200 });
        if (!reason.ok) return reason;
        if (invoice.kind !== InvoiceKind.INVOICE) return refuse(userError('INVOICE_ALREADY_CREDITED', 'A credit note cannot be credited.', 'invoiceId'));
        return accept(reason.value);
      },
      write: async (tx, reason) => {
        if (await tx.getRepository(Invoice).existsBy({ creditedInvoiceId: invoice.id }))
          return refuse(userError('INVOICE_ALREADY_CREDITED', `Invoice ${invoice.number} already has a credit note.`, 'invoiceId'));
        // A paid number refunded already has its own (partial) credit note: a whole one would credit it twice.
        if (invoice.paymentId && (await tx.getRepository(Refund).existsBy({ paymentId: invoice.paymentId })))
          return refuse(userError('INVOICE_ALREADY_CREDITED', `Invoice ${invoice.number} was partly refunded, with its own credit notes.`, 'invoiceId'));
        const lines = await tx.getRepository(InvoiceLine).find({ where: { invoiceId: invoice.id }, order: { position: 'ASC' } });
        const id = await writeCreditNote(tx, invoice, {
          creditedInvoiceId: invoice.id,
          reason,
          createdBy: who.subject,
          issuedOn: billingPeriodAt(this.clock()).today,
          subtotalMinor: invoice.subtotalMinor,
          vatMinor: invoice.vatMinor,
          lines: lines.map((line) => ({ description: line.description, quantity: line.quantity, amountMinor: line.amountMinor })),
        });
        return accept({ id });
      },
    });
    if (!outcome.ok) return { creditNote: null, userErrors: outcome.userErrors };
    return { creditNote: await this.db.getRepository(Invoice).findOneBy({ id: outcome.value.id }), userErrors: [] };
  }
}

/** What a credit note gives back, in positive amounts (written negated). */
export interface CreditedAmounts {
  /** The invoice a whole credit note cancels (one at most: unique index); null for a partial one (a refund). */
  creditedInvoiceId: string | null;
  reason: string;
  createdBy: string | null;
  issuedOn: string;
  subtotalMinor: number;
  vatMinor: number;
  lines: { description: string; quantity: number; amountMinor: number }[];
}

/**
 * THE way a credit note is written, whole (staff) or partial (a refunded number): a new document
 * of the same gapless series, with the invoice's seller, buyer, VAT rate and mention, and the
 * credited amounts negated. The invoice itself is never edited. Returns the credit note's id.
 */
export async function writeCreditNote(tx: EntityManager, invoice: Invoice, credit: CreditedAmounts): Promise<string> {
  const id = newId();
  await tx.getRepository(Invoice).insert({
    ...invoice,
    id,
    number: await nextInvoiceNumber(tx, Number(credit.issuedOn.slice(0, 4))),
    kind: InvoiceKind.CREDIT_NOTE,
    status: InvoiceStatus.PAID,
    paymentId: null,
    quoteId: null,
    creditedInvoiceId: credit.creditedInvoiceId,
    creditReason: credit.reason,
    issuedOn: credit.issuedOn,
    dueOn: credit.issuedOn,
    subtotalMinor: -credit.subtotalMinor,
    vatMinor: -credit.vatMinor,
    totalMinor: -(credit.subtotalMinor + credit.vatMinor),
    createdBy: credit.createdBy,
    createdAt: undefined,
  });
  if (credit.lines.length)
    await tx.getRepository(InvoiceLine).insert(
      credit.lines.map((line, position) => ({
        id: newId(),
        invoiceId: id,
        position,
        description: line.description,
        quantity: line.quantity,
        amountMinor: -line.amountMinor,
        currency: invoice.currency,
      })),
    );
  return id;
}
