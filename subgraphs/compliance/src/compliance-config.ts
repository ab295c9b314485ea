import { cleanEnv, num, str } from 'envalid';
import { DEFAULT_UPLOAD_LIMITS, storageFrom, type ComplianceOptions } from './compliance-options';
import { DEFAULT_DOCUMENT_LINK_TTL_SECONDS } from './document/document-link';

/** Compliance's own settings, read once by main.ts (the kit reads the common ones). */
export function complianceConfig(env: NodeJS.ProcessEnv): ComplianceOptions {
  const raw = cleanEnv(env, {
    NODE_ENV: str({ choices: ['development', 'test', 'production'], default: 'development' }),
    DOCUMENT_STORAGE: str({ choices: ['local', 's3'] as const, default: 'local', desc: 'Where identity documents are stored.' }),
    DOCUMENTS_DIR: str({ default: 'data/compliance-documents', desc: 'Folder of the local storage; must not be served over HTTP.' }),
    S3_ENDPOINT: str({ default: '', desc: 'S3-compatible endpoint (empty: AWS).' }),
    S3_REGION: str({ default: 'us-east-1' }),
    S3_BUCKET: str({ default: '', desc: 'Bucket of the documents (DOCUMENT_STORAGE=s3).' }),
    S3_ACCESS_KEY_ID: str({ default: '' }),
    S3_SECRET_ACCESS_KEY: str({ default: '' }),
    DOCUMENT_LINK_TTL_SECONDS: num({
      default: DEFAULT_DOCUMENT_LINK_TTL_SECONDS,
      desc: 'How long a document link lives (signed with LINK_SECRET, like every public route link).',
    }),
    UPLOAD_MAX_FILE_BYTES: num({ default: DEFAULT_UPLOAD_LIMITS.maxFileBytes }),
    UPLOAD_MAX_FILES: num({ default: DEFAULT_UPLOAD_LIMITS.maxFiles }),
    IDENTITY_EXPIRY_CHECK_MS: num({ default: 3_600_000, desc: 'How often expired identities are looked for; 0 turns it off.' }),
  });
  if (raw.DOCUMENT_STORAGE === 's3' && !raw.S3_BUCKET) throw new Error('DOCUMENT_STORAGE=s3 needs S3_BUCKET.');
  return {
    storage: storageFrom(raw),
    documentLinkTtlSeconds: raw.DOCUMENT_LINK_TTL_SECONDS,
    uploads: { maxFileBytes: raw.UPLOAD_MAX_FILE_BYTES, maxFiles: raw.UPLOAD_MAX_FILES },
    expiryCheckMs: raw.IDENTITY_EXPIRY_CHECK_MS,
  };
}
