import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import { requireSignedLink, type SubgraphDefinition } from '../../packages/kit/src';
import { billing } from '../../subgraphs/billing/src/subgraph';
import { Subscription } from '../../subgraphs/billing/src/subscription/subscription.entity';

/** The purpose of the test download links. */
export const TEST_FILE_PURPOSE = 'test-subscription-file';
const CHUNK = 64 * 1024;

/** Byte `i` of every test file: a pattern, so the client can check each byte it receives. */
export function* fileChunks(size: number): Generator<Buffer> {
  for (let offset = 0; offset < size; offset += CHUNK) {
    const length = Math.min(CHUNK, size - offset);
    const chunk = Buffer.allocUnsafe(length);
    for (let i = 0; i < length; i++) chunk[i] = (offset + i) % 251;
    yield chunk;
  }
}

export function fileSha256(size: number): string {
  const hash = createHash('sha256');
  for (const chunk of fileChunks(size)) hash.update(chunk);
  return hash.digest('hex');
}

/**
 * The real billing subgraph plus public routes that exercise the mechanism the billing and
 * identities issues will plug into (no subgraph owns a real route yet):
 * - GET /files/billing/:id?size=N: a signed link to one of the account's subscriptions, which
 *   streams a generated file of N bytes (made chunk by chunk, never held whole);
 * - POST /webhooks/stripe: answers the SHA-256 of the raw body it received and the headers that
 *   reached it (a webhook signature is computed over exactly these bytes);
 * - GET /pay/slow never answers; GET /pay/boom throws an error full of internal details.
 */
export const billingWithTestRoutes: SubgraphDefinition<any> = {
  ...billing,
  publicRoutes(router, { db, links }) {
    router.get('/files/billing/:id', requireSignedLink(links, TEST_FILE_PURPOSE), async (req, res) => {
      const { objectId, accountId } = res.locals.link as { objectId: string; accountId: string };
      // The link is bound to the account: the object must (still) belong to it.
      const subscription = await db.getRepository(Subscription).findOneBy({ id: objectId });
      if (!subscription || subscription.accountId !== accountId) {
        res.status(404).json({ errors: [{ message: 'No such file.', extensions: { code: 'NOT_FOUND' } }] });
        return;
      }
      const size = Number(req.query.size ?? 1024);
      res.set({ 'content-type': 'application/octet-stream', 'content-length': String(size), 'x-powered-by': 'leaky' });
      Readable.from(fileChunks(size)).pipe(res);
    });
    router.post('/webhooks/stripe', async (req, res) => {
      const hash = createHash('sha256');
      let length = 0;
      for await (const chunk of req) {
        hash.update(chunk as Buffer);
        length += (chunk as Buffer).length;
      }
      res.json({
        sha256: hash.digest('hex'),
        length,
        signature: req.headers['stripe-signature'] ?? null,
        cookie: req.headers.cookie ?? null,
        authorization: req.headers.authorization ?? null,
      });
    });
    router.get('/pay/slow', () => {
      // Never answers: the gateway's time limit for the route must.
    });
    router.get('/pay/boom', () => {
      throw new Error('database at mysql://billing:hunter2@10.0.0.7:3306 refused');
    });
  },
};
