import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { RequestHandler } from 'express';
import { recordErrorCode } from '../../packages/kit/src';

/**
 * Trusted documents (persisted operations) for first-party apps: with TRUSTED_DOCUMENTS=<path>
 * the gateway runs only the operations of the manifest that codegen writes
 * (`examples/customer-area/src/gql/persisted-documents.json`: `sha256:<hash>` to document text) and
 * refuses any other before parsing it. A client sends the hash alone
 * (`extensions.persistedQuery.sha256Hash`, Apollo's shape, or `documentId: "sha256:<hash>"`) or
 * the exact document text.
 */
export type TrustedDocuments = ReadonlyMap<string, string>;

export function loadTrustedDocuments(path: string): TrustedDocuments {
  const manifest = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
  const documents = new Map<string, string>();
  for (const [key, text] of Object.entries(manifest)) {
    const hash = key.replace(/^sha256:/, '');
    if (typeof text !== 'string') throw new Error(`Trusted documents manifest ${path}: entry ${key} is not a document.`);
    if (sha256(text) !== hash) throw new Error(`Trusted documents manifest ${path}: entry ${key} does not match its document's sha256.`);
    documents.set(hash, text);
  }
  return documents;
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

function refuse(res: Parameters<RequestHandler>[1], code: string, message: string) {
  recordErrorCode(code);
  res.status(400).json({ errors: [{ message, extensions: { code } }] });
}

interface OperationBody {
  query?: unknown;
  documentId?: unknown;
  extensions?: { persistedQuery?: { sha256Hash?: unknown } } & Record<string, unknown>;
}

/** Express middleware after the JSON body parser; passes everything through when `documents` is null. */
export function trustedDocumentsOnly(documents: TrustedDocuments | null | undefined): RequestHandler {
  if (!documents) return (_req, _res, next) => next();
  return (req, res, next) => {
    if (req.method === 'OPTIONS') return next();
    // GET operations live in the URL, where Express 5 cannot rewrite them: trusted mode is POST only.
    if (req.method !== 'POST') return refuse(res, 'OPERATION_NOT_TRUSTED', 'Send trusted documents with POST.');
    const body = (req.body ?? {}) as OperationBody;
    const documentId = typeof body.documentId === 'string' ? body.documentId.replace(/^sha256:/, '') : undefined;
    const persisted = body.extensions?.persistedQuery?.sha256Hash;
    const hash = documentId ?? (typeof persisted === 'string' ? persisted : undefined);
    if (typeof body.query === 'string') {
      if (!documents.has(sha256(body.query)) || (hash && hash !== sha256(body.query))) {
        return refuse(res, 'OPERATION_NOT_TRUSTED', 'This API accepts only the operations of its trusted documents.');
      }
    } else if (hash) {
      const text = documents.get(hash);
      if (!text) return refuse(res, 'PERSISTED_QUERY_NOT_FOUND', 'Unknown trusted document.');
      body.query = text;
    } else {
      return refuse(res, 'OPERATION_NOT_TRUSTED', 'This API accepts only the operations of its trusted documents.');
    }
    // The document is in hand: Apollo's automatic persisted queries must not take over.
    delete body.documentId;
    if (body.extensions) delete body.extensions.persistedQuery;
    next();
  };
}
