import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defaultComplianceOptions, type ComplianceOptions } from '../../subgraphs/compliance/src/compliance-options';
import { createCompliance } from '../../subgraphs/compliance/src/subgraph';
import type { GraphQLResult, Stack } from './stack';

/** Compliance on a storage folder of its own, so a test can see exactly which files exist. */
export function testCompliance(overrides: Partial<ComplianceOptions> = {}) {
  const folder = mkdtempSync(join(tmpdir(), 'identity-documents-'));
  const options = { ...defaultComplianceOptions(folder), ...overrides };
  return {
    folder,
    options,
    definition: createCompliance(options),
    files: () => readdirSync(folder).sort(),
    remove: () => rmSync(folder, { recursive: true, force: true }),
  };
}

/**
 * graphql-upload spools files to os.tmpdir(); a test points TMPDIR to a folder of its own (before
 * anything is uploaded) so it can check that no temporary file outlives its request.
 */
export function isolateTemporaryFiles() {
  const folder = mkdtempSync(join(tmpdir(), 'upload-spool-'));
  process.env.TMPDIR = folder;
  return { folder, files: () => readdirSync(folder), remove: () => rmSync(folder, { recursive: true, force: true }) };
}

export interface FilePart {
  /** Variable path of the file, for example "input.file". */
  path: string;
  bytes: Buffer;
  name: string;
  type?: string;
}

/**
 * A GraphQL multipart request as a browser sends it (fetch + FormData): operations, map, files,
 * and the preflight header unless `preflight: false`.
 */
export async function postMultipart<T = any>(
  stack: Stack,
  token: string | null,
  query: string,
  variables: Record<string, unknown>,
  files: FilePart[],
  options: { preflight?: boolean } = {},
): Promise<GraphQLResult<T>> {
  const form = new FormData();
  form.append('operations', JSON.stringify({ query, variables }));
  form.append('map', JSON.stringify(Object.fromEntries(files.map((file, i) => [String(i), [`variables.${file.path}`]]))));
  files.forEach((file, i) => form.append(String(i), new Blob([new Uint8Array(file.bytes)], { type: file.type ?? 'application/pdf' }), file.name));
  const headers: Record<string, string> = {};
  if (token) headers.authorization = `Bearer ${token}`;
  if (options.preflight !== false) headers['apollo-require-preflight'] = 'true';
  const response = await fetch(stack.gateway.url, { method: 'POST', body: form, headers });
  const text = await response.text();
  let body: GraphQLResult<T>['body'];
  try {
    body = JSON.parse(text);
  } catch {
    body = { errors: [{ message: `non-JSON response: ${text.slice(0, 200)}` }] };
  }
  return { status: response.status, body };
}

export const IDENTITY_FIELDS = `id status reviewState version revision legalName registrationNumber rejectionReason
  missingRequirements { code documentKinds message }
  documents { id kind state version fileName contentType sizeBytes sha256 rejectionCode rejectionReason validUntil }`;

export const CREATE_IDENTITY = `mutation($input: CreateIdentityInput!) { createIdentity(input: $input) { identity { ${IDENTITY_FIELDS} } userErrors { code field message } } }`;

export const UPLOAD_DOCUMENT = `mutation($input: UploadIdentityDocumentInput!) { uploadIdentityDocument(input: $input) {
  document { id kind state fileName contentType sizeBytes sha256 } identity { id status version } userErrors { code field message } } }`;

export const SUBMIT_IDENTITY = `mutation($input: SubmitIdentityInput!) { submitIdentity(input: $input) { identity { ${IDENTITY_FIELDS} } userErrors { code field message } } }`;

export const DECIDE_DOCUMENT = `mutation($input: DecideIdentityDocumentInput!) { decideIdentityDocument(input: $input) {
  document { id kind state version rejectionCode rejectionReason validUntil } identity { id status rejectionReason validUntil } userErrors { code field message } } }`;

export const FRENCH_BUSINESS = {
  kind: 'BUSINESS',
  countryCode: 'FR',
  legalName: 'Acme Téléphonie SAS',
  registrationNumber: '732 829 320',
  address: { line: '1 rue de la Paix', postalCode: '75002', city: 'Paris', countryCode: 'FR' },
  contactEmail: 'compliance@acme.example',
  contactPhone: '+33612345678',
};

/** Uploads one document of an identity through the gateway; returns the payload. */
export async function uploadDocument(stack: Stack, token: string, identityId: string, kind: string, file: Omit<FilePart, 'path'>) {
  const { status, body } = await postMultipart(stack, token, UPLOAD_DOCUMENT, { input: { identityId, kind, file: null } }, [{ ...file, path: 'input.file' }]);
  if (!body.data) throw new Error(`upload failed (${status}): ${JSON.stringify(body.errors)}`);
  return body.data.uploadIdentityDocument;
}

export const days = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString();
