import { createHmac, timingSafeEqual } from 'node:crypto';
import type { RequestHandler } from 'express';
import type { DataSource } from 'typeorm';
import { IdentityDocument } from '../identity/identity-document.entity';
import type { DocumentStorage } from '../storage/document-storage';

/**
 * Short-lived signed links to open a document: `<prefix><documentId>.<expiry>.<signature>`.
 * Compliance signs and checks its own links (HMAC-SHA256 with its link secret); the gateway's
 * public route table is to forward the prefix here unchanged, streaming (edge helper, issue 10).
 * A link names one document until its expiry; whoever holds it may read it, so it is handed
 * only to the account's owner and reviewers, and lives minutes.
 */
export const DOCUMENT_LINK_PREFIX = '/documents/';

export interface DocumentLinkSettings {
  secret: string;
  ttlSeconds: number;
}

const signature = (secret: string, payload: string) => createHmac('sha256', secret).update(payload).digest('base64url');

export function signDocumentLink(settings: DocumentLinkSettings, documentId: string, now = Date.now()): string {
  const payload = `${documentId}.${Math.floor(now / 1000) + settings.ttlSeconds}`;
  return `${DOCUMENT_LINK_PREFIX}${payload}.${signature(settings.secret, payload)}`;
}

/** The document id a link token names, or null when it is forged, altered or expired. */
export function verifyDocumentLink(settings: DocumentLinkSettings, token: string, now = Date.now()): string | null {
  const match = /^([0-9a-f-]{36})\.(\d{1,12})\.([A-Za-z0-9_-]{43})$/.exec(token);
  if (!match) return null;
  const [, documentId, expiry, given] = match;
  const expected = Buffer.from(signature(settings.secret, `${documentId}.${expiry}`));
  if (!timingSafeEqual(expected, Buffer.from(given!))) return null;
  return Number(expiry) * 1000 > now ? documentId! : null;
}

/**
 * GET <prefix>:token streams the file with the type detected at upload, as an attachment the
 * browser must not sniff or cache. Every failure is the same 404: a probe learns nothing.
 */
export function documentLinkHandler(db: DataSource, storage: DocumentStorage, settings: DocumentLinkSettings): RequestHandler {
  return async (req, res) => {
    const notFound = () => res.status(404).json({ errors: [{ message: 'This link is invalid or has expired.', extensions: { code: 'NOT_FOUND' } }] });
    const documentId = verifyDocumentLink(settings, String(req.params.token ?? ''));
    const document = documentId ? await db.getRepository(IdentityDocument).findOneBy({ id: documentId }) : null;
    if (!document) return notFound();
    let file;
    try {
      file = await storage.get(document.id);
    } catch {
      return notFound();
    }
    res.set({
      'content-type': document.contentType,
      'content-length': String(document.sizeBytes),
      'content-disposition': `attachment; filename="${document.kind.toLowerCase()}${extensionOf(document.contentType)}"`,
      'x-content-type-options': 'nosniff',
      'cache-control': 'private, no-store',
    });
    file.on('error', () => res.destroy());
    file.pipe(res);
  };
}

const extensionOf = (contentType: string) => ({ 'application/pdf': '.pdf', 'image/jpeg': '.jpg', 'image/png': '.png' })[contentType] ?? '';
