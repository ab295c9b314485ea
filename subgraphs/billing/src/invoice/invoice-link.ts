import type { Router } from 'express';
import type { DataSource } from 'typeorm';
import { ErrorCode, requireSignedLink, type LinkSigner } from '../../../../packages/kit/src';
import { INVOICE_PREFIX, LinkPurpose } from '../public-links';
import { Invoice, InvoiceLine } from './invoice.entity';
import { renderInvoicePdf } from './invoice-pdf';

/**
 * GET `/files/billing/:invoiceId` behind a signed link (purpose `invoice-pdf`): streams the PDF.
 * A bad or expired link gets 403 from `requireSignedLink`; a valid link whose invoice is not the
 * named account's gets 404, like an invoice that does not exist.
 */
export function mountInvoiceDownloads(router: Router, links: LinkSigner, db: DataSource): void {
  router.get(`${INVOICE_PREFIX}:invoiceId`, requireSignedLink(links, LinkPurpose.INVOICE_PDF, 'invoiceId'), async (req, res, next) => {
    try {
      const { objectId, accountId } = res.locals.link as { objectId: string; accountId: string };
      const invoice = await db.getRepository(Invoice).findOneBy({ id: objectId });
      if (!invoice || invoice.accountId !== accountId) {
        res.status(404).json({ errors: [{ message: 'No such invoice.', extensions: { code: ErrorCode.NOT_FOUND } }] });
        return;
      }
      const lines = await db.getRepository(InvoiceLine).find({ where: { invoiceId: invoice.id }, order: { position: 'ASC' } });
      res.status(200).type('application/pdf').setHeader('content-disposition', `attachment; filename="invoice-${invoice.number}.pdf"`);
      res.setHeader('cache-control', 'private, no-store');
      renderInvoicePdf(invoice, lines).pipe(res);
    } catch (error) {
      next(error);
    }
  });
}
