import { Transform } from 'node:stream';
import type { GraphQLDataSourceProcessOptions, RemoteGraphQLDataSource } from '@apollo/gateway';
import FormData from 'form-data';
import type Upload from 'graphql-upload/Upload.mjs';
import nodeFetch, { Headers } from 'node-fetch';
import { ErrorCode, log, PublicError, type CallerCredentialSigner } from '../../packages/kit/src';
import type { GatewayContext } from './context';
import { SubgraphDataSource } from './subgraph-data-source';
import type { UploadLimits } from './uploads';

type ProcessResult = Awaited<ReturnType<RemoteGraphQLDataSource<GatewayContext>['process']>>;

interface FoundUpload {
  /** Object path of the file in the variables, for example "input.file". */
  path: string;
  upload: Upload;
}

/**
 * graphql-upload's Upload (a deferred file). Recognised by shape, not `instanceof`: under Jest the
 * ES module is loaded once per importer's transform, and a second copy of the class fails it.
 */
const isUpload = (value: unknown): value is Upload =>
  !!value && typeof value === 'object' && value.constructor?.name === 'Upload' && typeof (value as Upload).promise?.then === 'function';

/** Every Upload in the variables, with its path; the variables are copied with null in their place. */
export function extractUploads(variables: Record<string, unknown> | undefined): { uploads: FoundUpload[]; variables: Record<string, unknown> } {
  const uploads: FoundUpload[] = [];
  const walk = (value: unknown, path: string): unknown => {
    if (isUpload(value)) {
      uploads.push({ path, upload: value });
      return null;
    }
    if (Array.isArray(value)) return value.map((item, i) => walk(item, `${path}.${i}`));
    // Plain objects only (graphql-js builds coerced values with a null prototype).
    const prototype = value && typeof value === 'object' ? Object.getPrototypeOf(value) : undefined;
    if (prototype === null || (prototype !== undefined && prototype.constructor?.name === 'Object')) {
      return Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([key, item]) => [key, walk(item, path ? `${path}.${key}` : key)]));
    }
    return value;
  };
  const copy = walk(variables ?? {}, '') as Record<string, unknown>;
  return { uploads, variables: copy };
}

/**
 * A subgraph data source that also forwards uploads, which Apollo's RemoteGraphQLDataSource
 * cannot (JSON only; apollographql/federation#1385). An operation whose variables hold files is
 * re-encoded as a GraphQL multipart request (form-data) whose file parts stream from the
 * gateway's temporary files, with the preflight header compliance's CSRF check wants. It is bound
 * by an idle timeout (no byte moved for `idleTimeoutMs`), not the total timeout of ordinary calls,
 * so a slow connection is not cut while it progresses. Everything else goes the ordinary way.
 */
export class UploadDataSource extends SubgraphDataSource {
  constructor(
    private readonly name: string,
    private readonly target: string,
    timeoutMs: number,
    signer: CallerCredentialSigner,
    audience: readonly string[],
    private readonly limits: UploadLimits,
  ) {
    super(name, target, timeoutMs, signer, audience);
  }

  override async process(options: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<ProcessResult> {
    const { uploads, variables } = extractUploads(options.request.variables);
    if (!uploads.length) return super.process(options);
    try {
      return await this.forward(options, uploads, variables);
    } catch (error) {
      if (error instanceof PublicError) throw error;
      log({
        level: 'error',
        msg: 'upload forwarding failed',
        subgraph: this.name,
        requestId: options.context?.requestId,
        error: error instanceof Error ? error.message : String(error),
      });
      throw new PublicError(ErrorCode.SUBGRAPH_UNAVAILABLE, `The ${this.name} service is unavailable; the upload was not stored.`, { serviceName: this.name });
    }
  }

  private async forward(
    options: GraphQLDataSourceProcessOptions<GatewayContext>,
    uploads: FoundUpload[],
    variables: Record<string, unknown>,
  ): Promise<ProcessResult> {
    const { request } = options;
    request.http = { method: 'POST', url: this.target, headers: new Headers() };
    await this.willSendRequest?.(options as never);

    const controller = new AbortController();
    let timer: NodeJS.Timeout | undefined;
    const poke = () => {
      clearTimeout(timer);
      timer = setTimeout(() => controller.abort(), this.limits.idleTimeoutMs);
    };
    // Why the client's side failed, if it did: a file over the limit, a client gone mid-file.
    let clientError: (Error & { status?: number }) | null = null;

    const sources: NodeJS.ReadableStream[] = [];
    const form = new FormData();
    form.append('operations', JSON.stringify({ query: request.query, operationName: request.operationName, variables }));
    form.append('map', JSON.stringify(Object.fromEntries(uploads.map((found, i) => [String(i), [`variables.${found.path}`]]))));
    poke();
    for (const [i, found] of uploads.entries()) {
      const file = await found.upload.promise;
      const progress = new Transform({
        transform(chunk, _encoding, callback) {
          poke();
          callback(null, chunk);
        },
      });
      const source = file.createReadStream();
      sources.push(source);
      source.once('error', (error: Error & { status?: number }) => {
        clientError ??= error;
        controller.abort();
      });
      form.append(String(i), source.pipe(progress), { filename: file.filename, contentType: 'application/octet-stream' });
    }

    const headers: Record<string, string> = { ...form.getHeaders(), 'apollo-require-preflight': 'true' };
    for (const [name, value] of request.http.headers as unknown as Iterable<[string, string]>) headers[name] = value;
    try {
      const response = await nodeFetch(this.target, { method: 'POST', body: form, headers, signal: controller.signal as never });
      poke();
      const text = await response.text();
      const body = JSON.parse(text) as ProcessResult;
      if (!body || typeof body !== 'object' || (!('data' in body) && !('errors' in body))) throw new Error(`unexpected response ${response.status}`);
      return { data: body.data, errors: body.errors, extensions: body.extensions };
    } catch (error) {
      // Readers of the temporary files that the failed request did not drain hold them open.
      for (const source of sources) (source as unknown as { destroy(): void }).destroy();
      const failure = clientError as (Error & { status?: number }) | null;
      if (failure?.status === 413)
        throw new PublicError(
          ErrorCode.PAYLOAD_TOO_LARGE,
          `A file is over the ${Math.floor(this.limits.maxFileBytes / (1024 * 1024))} MB limit; nothing was stored.`,
        );
      if (failure) throw new PublicError(ErrorCode.BAD_USER_INPUT, 'The upload was interrupted; nothing was stored.');
      throw error;
    } finally {
      clearTimeout(timer);
    }
  }
}
