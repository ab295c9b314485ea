import { createHmac, hkdfSync, timingSafeEqual } from 'node:crypto';
import type { RequestHandler } from 'express';
import { ErrorCode } from './errors';

/** A link lives 5 minutes unless its minter asks otherwise, and never more than an hour. */
export const DEFAULT_LINK_TTL_SECONDS = 300;
export const MAX_LINK_TTL_SECONDS = 3600;

/** What a link grants: one purpose (e.g. "invoice-pdf"), one object, for the account it belongs to. */
export interface LinkClaims {
  purpose: string;
  objectId: string;
  accountId: string;
}

export type LinkCheck = { ok: true; accountId: string; expiresAt: Date } | { ok: false; reason: 'invalid' | 'expired' };

/**
 * Signs and checks the short-lived links of the public routes (an invoice PDF, an identity
 * document, a payment challenge page). The owning subgraph mints them in a GraphQL field, for an
 * object the caller may see, and checks them when the gateway proxies the link back; nobody else
 * holds its key (one key per subgraph, derived from LINK_SECRET). A link is bound to its purpose,
 * its object and the object's account, and expires: the route handler must still check that the
 * object belongs to `accountId`, so a link never outlives a change of owner.
 *
 * Format: `<prefix><objectId>?account=<id>&expires=<unix s>&signature=<base64url HMAC-SHA256>`.
 */
export class LinkSigner {
  private readonly key: Buffer;

  constructor(
    secret: string,
    /** The subgraph the key is for: billing's links are worthless to compliance and back. */
    owner: string,
    private readonly now: () => number = Date.now,
  ) {
    if (secret.length < 32) throw new Error('The link secret must be at least 32 characters.');
    this.key = Buffer.from(hkdfSync('sha256', secret, owner, 'customer-area signed links v1', 32));
  }

  /** The query string (without `?`) that makes a link to `claims.objectId` valid for `ttlSeconds`. */
  sign(claims: LinkClaims, ttlSeconds = DEFAULT_LINK_TTL_SECONDS): string {
    const ttl = Math.min(Math.max(1, Math.floor(ttlSeconds)), MAX_LINK_TTL_SECONDS);
    const expires = Math.floor(this.now() / 1000) + ttl;
    return new URLSearchParams({ account: claims.accountId, expires: String(expires), signature: this.mac(claims, expires) }).toString();
  }

  /** A path on the gateway's origin: `prefix` is the route table's (e.g. `/files/billing/`). */
  link(prefix: string, claims: LinkClaims, ttlSeconds?: number): string {
    return `${prefix}${encodeURIComponent(claims.objectId)}?${this.sign(claims, ttlSeconds)}`;
  }

  /** Checks a link's query parameters for this purpose and object. */
  verify(purpose: string, objectId: string, query: Record<string, unknown>): LinkCheck {
    const { account, expires, signature } = query;
    if (typeof account !== 'string' || typeof expires !== 'string' || typeof signature !== 'string' || !/^\d{1,12}$/.test(expires)) {
      return { ok: false, reason: 'invalid' };
    }
    const expected = Buffer.from(this.mac({ purpose, objectId, accountId: account }, Number(expires)));
    const given = Buffer.from(signature);
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { ok: false, reason: 'invalid' };
    if (Number(expires) * 1000 <= this.now()) return { ok: false, reason: 'expired' };
    return { ok: true, accountId: account, expiresAt: new Date(Number(expires) * 1000) };
  }

  private mac({ purpose, objectId, accountId }: LinkClaims, expires: number): string {
    // Fields joined by a byte none of them can hold, so no two claim sets sign the same text.
    return createHmac('sha256', this.key)
      .update(['v1', purpose, objectId, accountId, String(expires)].join('\n'))
      .digest('base64url');
  }
}

/**
 * Express guard for a public route: checks the link of `purpose` whose object id is the route
 * parameter `param`, then leaves `{ objectId, accountId }` in `res.locals.link`. A bad or expired
 * link gets 403 with a JSON error, the same shape as the API's.
 */
export function requireSignedLink(signer: LinkSigner, purpose: string, param = 'id'): RequestHandler {
  return (req, res, next) => {
    const objectId = String(req.params[param] ?? '');
    const check = signer.verify(purpose, objectId, req.query as Record<string, unknown>);
    if (!check.ok) {
      const message = check.reason === 'expired' ? 'This link has expired; ask for a new one.' : 'This link is not valid.';
      res.status(403).json({ errors: [{ message, extensions: { code: ErrorCode.FORBIDDEN } }] });
      return;
    }
    res.locals.link = { objectId, accountId: check.accountId };
    next();
  };
}
