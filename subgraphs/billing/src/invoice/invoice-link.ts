import { createHmac, timingSafeEqual } from 'node:crypto';
import express from 'express';
import type { DataSource } from 'typeorm';
import { Invoice, InvoiceLine } from './invoice.entity';
import { renderInvoicePdf } from './invoice-pdf';

/** Path prefix of invoice downloads on the public origin (the gateway's route table maps it to billing). */
export const INVOICE_PATH = '/invoices';
/** How long a download link works. */
export const INVOICE_LINK_TTL_MS = 5 * 60 * 1000;

const sign = (secret: string, payload: string) => createHmac('sha256', secret).update(payload).digest('base64url');

/** `<invoice id>.<expiry ms>.<HMAC>`: whoever holds it may download that invoice until it expires. */
export function signInvoiceToken(secret: string, invoiceId: string, expiresAt: Date): string {
  const payload = `${invoiceId}.${expiresAt.getTime()}`;
  return `${payload}.${sign(secret, payload)}`;
}

/** The invoice id of a valid, unexpired token; null otherwise. */
export function verifyInvoiceToken(secret: string, token: string, now: Date): string | null {
  const match = /^([0-9a-f-]{36})\.(\d{1,15})\.([A-Za-z0-9_-]{43})$/.exec(token);
  if (!match) return null;
  const [, invoiceId, expires, signature] = match;
  const expected = Buffer.from(sign(secret, `${invoiceId}.${expires}`));
  const given = Buffer.from(signature!);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  return Number(expires) > now.getTime() ? invoiceId! : null;
}

/** GET /:token: streams the invoice's PDF; 404 for a bad or expired link (never says which). */
export function createInvoiceRouter(deps: { db: DataSource; secret: string; clock: () => Date }): express.Router {
  const router = express.Router();
  router.get('/:token', async (req, res, next) => {
    try {
      const invoiceId = verifyInvoiceToken(deps.secret, req.params.token.replace(/\.pdf$/, ''), deps.clock());
      const invoice = invoiceId ? await deps.db.getRepository(Invoice).findOneBy({ id: invoiceId }) : null;
      if (!invoice) {
        res.status(404).type('text/plain').send('This link is not valid, or has expired.');
        return;
      }
      const lines = await deps.db.getRepository(InvoiceLine).find({ where: { invoiceId: invoice.id }, order: { position: 'ASC' } });
      res.status(200).type('application/pdf').setHeader('content-disposition', `attachment; filename="invoice-${invoice.number}.pdf"`);
      res.setHeader('cache-control', 'private, no-store');
      renderInvoicePdf(invoice, lines).pipe(res);
    } catch (error) {
      next(error);
    }
  });
  return router;
}
