import PDFDocument from 'pdfkit';
import { Money } from '../money';
import { formatRate } from '../money-math';
import type { Invoice, InvoiceLine } from './invoice.entity';
import { INVOICE_MENTIONS } from './issue-invoice';

/**
 * The invoice as a PDF (pdfkit, standard Helvetica: no font files to ship). Returns the document
 * as a stream, so a download is streamed as it is written.
 */
export function renderInvoicePdf(invoice: Invoice, lines: readonly InvoiceLine[]): PDFKit.PDFDocument {
  const money = (minor: number) => Money.of(minor, invoice.currency).formatted;
  const doc = new PDFDocument({ size: 'A4', margin: 50, info: { Title: `Invoice ${invoice.number}`, Author: invoice.seller.legalName } });
  const { seller } = invoice;
  doc.fontSize(18).text(invoice.kind === 'CREDIT_NOTE' ? `Credit note ${invoice.number}` : `Invoice ${invoice.number}`);
  doc.moveDown(0.5).fontSize(10).text(`Issued on ${invoice.issuedOn}, due on ${invoice.dueOn}`);
  doc.moveDown().fontSize(10).text(`${seller.legalName} ${seller.legalForm}, share capital ${seller.shareCapital}`);
  doc.text(seller.address).text(`SIREN ${seller.siren} - VAT number ${seller.vatNumber}`);
  doc.moveDown().text('Billed to:').text(invoice.buyerLegalName).text(invoice.buyerAddress);
  if (invoice.buyerVatNumber) doc.text(`VAT number ${invoice.buyerVatNumber}`);
  doc.moveDown();
  for (const line of lines) doc.text(`${line.quantity} x ${line.description}`, { continued: true }).text(`  ${money(line.amountMinor)}`, { align: 'right' });
  doc.moveDown();
  doc.text(`Total excluding VAT: ${money(invoice.subtotalMinor)}`, { align: 'right' });
  doc.text(`VAT ${formatRate(invoice.vatRateBasisPoints)} on ${money(invoice.subtotalMinor)}: ${money(invoice.vatMinor)}`, { align: 'right' });
  doc
    .fontSize(12)
    .text(`Total including VAT: ${money(invoice.totalMinor)}`, { align: 'right' })
    .fontSize(10);
  if (invoice.vatMention) doc.moveDown().text(invoice.vatMention);
  doc.moveDown().fontSize(8).text(INVOICE_MENTIONS.latePenalty).text(INVOICE_MENTIONS.recoveryIndemnity).text(INVOICE_MENTIONS.noDiscount);
  doc.end();
  return doc;
}
