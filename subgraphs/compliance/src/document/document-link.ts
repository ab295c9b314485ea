import type { Router } from 'express';
import { requireSignedLink, type LinkSigner, type PublicRouteDeps } from '../../../../packages/kit/src';
import { IdentityDocument } from '../identity/identity-document.entity';
import { Identity } from '../identity/identity.entity';
import type { DocumentStorage } from '../storage/document-storage';

/**
 * Short-lived links that open an identity document, on the gateway's origin: the gateway's route
 * table (gateway/src/public-routes.ts) forwards `/files/compliance/` to compliance's `/public`
 * routes, streaming. The kit signs and checks them (signed-links.ts, compliance's own key derived
 * from LINK_SECRET), bound to the document and its account. Whoever holds a link may read the
 * file until it expires, so it is handed only to the account's users and reviewers, and lives minutes.
 */
export const DOCUMENT_LINK_PREFIX = '/files/compliance/';
export const DOCUMENT_LINK_PURPOSE = 'identity-document';
export const DEFAULT_DOCUMENT_LINK_TTL_SECONDS = 300;

/** A path on the API's origin that opens `document` (of an identity of `accountId`) for `ttlSeconds`. */
export function documentLink(links: LinkSigner, document: IdentityDocument, accountId: string, ttlSeconds: number): string {
  return links.link(DOCUMENT_LINK_PREFIX, { purpose: DOCUMENT_LINK_PURPOSE, objectId: document.id, accountId }, ttlSeconds);
}

/**
 * GET /files/compliance/:id?account&expires&signature streams the file with the type detected at
 * upload, as an attachment the browser must not sniff or cache. A bad or expired link is refused
 * by the kit's guard (403); a document gone, or no longer of the link's account, is 404.
 */
export function documentRoutes(router: Router, { db, links }: PublicRouteDeps, storage: DocumentStorage): void {
  router.get(`${DOCUMENT_LINK_PREFIX}:id`, requireSignedLink(links, DOCUMENT_LINK_PURPOSE), async (_req, res) => {
    const notFound = () => res.status(404).json({ errors: [{ message: 'This document is no longer available.', extensions: { code: 'NOT_FOUND' } }] });
    const { objectId, accountId } = res.locals.link as { objectId: string; accountId: string };
    const document = await db.getRepository(IdentityDocument).findOneBy({ id: objectId });
    const identity = document ? await db.getRepository(Identity).findOneBy({ id: document.identityId }) : null;
    // The link is bound to the account: the document must still belong to it.
    if (!document || !identity || identity.accountId !== accountId) return notFound();
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
  });
}

const extensionOf = (contentType: string) => ({ 'application/pdf': '.pdf', 'image/jpeg': '.jpg', 'image/png': '.png' })[contentType] ?? '';
