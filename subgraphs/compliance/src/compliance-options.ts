import { join, resolve } from 'node:path';
import { DEFAULT_DOCUMENT_LINK_TTL_SECONDS } from './document/document-link';
import type { DocumentStorage } from './storage/document-storage';
import { LocalDocumentStorage } from './storage/local-document-storage';
import { S3DocumentStorage } from './storage/s3-document-storage';

/** Limits compliance applies to uploads itself (the gateway applies the same ones first). */
export interface UploadLimits {
  maxFileBytes: number;
  maxFiles: number;
}

export const DEFAULT_UPLOAD_LIMITS: UploadLimits = { maxFileBytes: 10 * 1024 * 1024, maxFiles: 4 };

export interface ComplianceOptions {
  storage: DocumentStorage;
  /** How long a document link lives (the kit signs it with compliance's link key). */
  documentLinkTtlSeconds: number;
  uploads: UploadLimits;
  /** How often approved identities whose validity ended are marked EXPIRED; 0 turns it off (tests run it by hand). */
  expiryCheckMs?: number;
}

/** The embedded default: files in data/compliance-documents (never served), links of 5 minutes. */
export function defaultComplianceOptions(folder = join('data', 'compliance-documents')): ComplianceOptions {
  return {
    storage: new LocalDocumentStorage(resolve(folder)),
    documentLinkTtlSeconds: DEFAULT_DOCUMENT_LINK_TTL_SECONDS,
    uploads: DEFAULT_UPLOAD_LIMITS,
  };
}

/** What main.ts read from the environment (compliance-config.ts). */
export interface StorageSettings {
  DOCUMENT_STORAGE: 'local' | 's3';
  DOCUMENTS_DIR: string;
  S3_ENDPOINT: string;
  S3_REGION: string;
  S3_BUCKET: string;
  S3_ACCESS_KEY_ID: string;
  S3_SECRET_ACCESS_KEY: string;
}

export function storageFrom(settings: StorageSettings): DocumentStorage {
  if (settings.DOCUMENT_STORAGE === 'local') return new LocalDocumentStorage(resolve(settings.DOCUMENTS_DIR));
  return new S3DocumentStorage({
    endpoint: settings.S3_ENDPOINT || undefined,
    region: settings.S3_REGION,
    bucket: settings.S3_BUCKET,
    accessKeyId: settings.S3_ACCESS_KEY_ID,
    secretAccessKey: settings.S3_SECRET_ACCESS_KEY,
  });
}
