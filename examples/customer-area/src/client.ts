import type { TypedDocumentNode } from '@graphql-typed-document-node/core';

/** A generated document: typed by codegen, with the hash the gateway's trusted-documents manifest knows it by. */
type TrustedDocument<TData, TVariables> = TypedDocumentNode<TData, TVariables> & { __meta__?: { hash?: string } };

export interface ClientOptions {
  /** The gateway's GraphQL endpoint, e.g. http://127.0.0.1:4000/graphql. */
  endpoint: string;
  /** The customer's bearer token. */
  token: string;
}

export interface GraphQLErrorBody {
  message: string;
  extensions?: { code?: string; requestId?: string } & Record<string, unknown>;
}

/** A GraphQL error answer (not a user error: those are data, in each payload's `userErrors`). */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly errors: GraphQLErrorBody[],
  ) {
    super(errors.map((error) => `${error.extensions?.code ?? 'ERROR'}: ${error.message}`).join('; '));
  }
}

/**
 * The whole transport of the customer area: it sends the document's id only (`documentId`), never
 * its text, so a gateway started with TRUSTED_DOCUMENTS runs it and refuses anything else.
 */
export function createClient(options: ClientOptions) {
  return async function request<TData, TVariables>(document: TrustedDocument<TData, TVariables>, variables: TVariables): Promise<TData> {
    const documentId = document.__meta__?.hash;
    if (!documentId) throw new Error('Generated documents carry their hash: run `npm run codegen`.');
    const response = await fetch(options.endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${options.token}` },
      body: JSON.stringify({ documentId, variables }),
    });
    const body = (await response.json()) as { data?: TData | null; errors?: GraphQLErrorBody[] };
    if (body.errors?.length || !body.data) throw new ApiError(response.status, body.errors ?? [{ message: 'No data.' }]);
    return body.data;
  };
}

export type Request = ReturnType<typeof createClient>;

/**
 * A GraphQL multipart request (graphql-multipart-request-spec) with one file at `filePath` of the
 * variables (for example "input.file"), sent by document id like every other operation. XHR, not
 * fetch, because it reports upload progress. The Apollo-Require-Preflight header is the gateway's
 * CSRF guard (a browser must ask before sending the form cross-origin).
 */
export function uploadWith(options: ClientOptions) {
  return function upload<TData, TVariables>(
    document: TrustedDocument<TData, TVariables>,
    variables: TVariables,
    filePath: string,
    file: File | Blob,
    onProgress?: (fraction: number) => void,
  ): Promise<TData> {
    const documentId = document.__meta__?.hash;
    if (!documentId) return Promise.reject(new Error('Generated documents carry their hash: run `npm run codegen`.'));
    const form = new FormData();
    form.append('operations', JSON.stringify({ documentId, variables }));
    form.append('map', JSON.stringify({ 0: [`variables.${filePath}`] }));
    form.append('0', file);
    return new Promise((resolve, reject) => {
      const xhr = new XMLHttpRequest();
      xhr.open('POST', options.endpoint);
      xhr.setRequestHeader('authorization', `Bearer ${options.token}`);
      xhr.setRequestHeader('apollo-require-preflight', 'true');
      xhr.upload.onprogress = (event) => event.lengthComputable && onProgress?.(event.loaded / event.total);
      xhr.onerror = () => reject(new ApiError(0, [{ message: 'The upload could not reach the server.' }]));
      xhr.onload = () => {
        let body: { data?: TData | null; errors?: GraphQLErrorBody[] };
        try {
          body = JSON.parse(xhr.responseText) as typeof body;
        } catch {
          return reject(new ApiError(xhr.status, [{ message: `Unexpected answer (${xhr.status}).` }]));
        }
        if (body.errors?.length || !body.data) return reject(new ApiError(xhr.status, body.errors ?? [{ message: 'No data.' }]));
        resolve(body.data);
      };
      xhr.send(form);
    });
  };
}

export type Upload = ReturnType<typeof uploadWith>;
