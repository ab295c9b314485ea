import type { DataSource } from 'typeorm';
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

export const CREDIT_NOTE_USER_ERROR_CODES = {
  INVOICE_ALREADY_CREDITED: 'The invoice already has a credit note, or is itself a credit note.',
  INVALID_REASON: 'The reason is empty, longer than 200 characters, or contains control characters.',
} as const;

/**
 * Staff (`staff:billing`) cancel an invoice with a credit note: a new numbered document (same
 * gapless series) with the invoice's lines and amounts negated. The invoice itself is never
 * edited or renumbered. One credit note per invoice (unique index on `credited_invoice_id`).
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
        const issuedOn = billingPeriodAt(this.clock()).today;
        const id = newId();
        await tx.getRepository(Invoice).insert({
          ...invoice,
          id,
          number: await nextInvoiceNumber(tx, Number(issuedOn.slice(0, 4))),
          kind: InvoiceKind.CREDIT_NOTE,
          status: InvoiceStatus.PAID,
          paymentId: null,
          creditedInvoiceId: invoice.id,
          creditReason: reason,
          issuedOn,
          dueOn: issuedOn,
          subtotalMinor: -invoice.subtotalMinor,
          vatMinor: -invoice.vatMinor,
          totalMinor: -invoice.totalMinor,
          createdBy: who.subject,
          createdAt: undefined,
        });
        const lines = await tx.getRepository(InvoiceLine).find({ where: { invoiceId: invoice.id }, order: { position: 'ASC' } });
        if (lines.length)
          await tx.getRepository(InvoiceLine).insert(lines.map((line) => ({ ...line, id: newId(), invoiceId: id, amountMinor: -line.amountMinor })));
        return accept({ id });
      },
    });
    if (!outcome.ok) return { creditNote: null, userErrors: outcome.userErrors };
    return { creditNote: await this.db.getRepository(Invoice).findOneBy({ id: outcome.value.id }), userErrors: [] };
  }
}
