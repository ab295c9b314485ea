import { GraphQLError, type GraphQLFormattedError } from 'graphql';

/**
 * Stable error codes a client may branch on. They travel in `extensions.code`.
 * Expected business failures are not errors: they are `userErrors` in a payload.
 */
export enum ErrorCode {
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  NOT_FOUND = 'NOT_FOUND',
  INTERNAL_SERVER_ERROR = 'INTERNAL_SERVER_ERROR',
  SUBGRAPH_UNAVAILABLE = 'SUBGRAPH_UNAVAILABLE',
  /** Over a gateway limit (cost); the message says which and by how much. */
  QUERY_TOO_COMPLEX = 'QUERY_TOO_COMPLEX',
  PAYLOAD_TOO_LARGE = 'PAYLOAD_TOO_LARGE',
  /** Over the caller's rate limit (HTTP 429, `Retry-After`); `retryAfterSeconds` says when to retry. */
  RATE_LIMITED = 'RATE_LIMITED',
  /**
   * A subgraph stopped the request: it read more rows than one request may (the row budget) or
   * ran past its deadline. The fields it could not resolve are null; ask for fewer items.
   */
  REQUEST_TOO_LARGE = 'REQUEST_TOO_LARGE',
  /** The gateway cannot check tokens right now (its identity provider's key set is unreachable): HTTP 503, retry later. */
  AUTHENTICATION_UNAVAILABLE = 'AUTHENTICATION_UNAVAILABLE',
}

/** An error whose message is safe to show to a client as it is. */
export class PublicError extends GraphQLError {
  constructor(code: ErrorCode, message: string, extra: Record<string, unknown> = {}) {
    super(message, { extensions: { code, ...extra } });
  }
}

export const unauthenticated = (message = 'A valid bearer token is required.') =>
  new PublicError(ErrorCode.UNAUTHENTICATED, message, { http: { status: 401 } });

export const authenticationUnavailable = () =>
  new PublicError(ErrorCode.AUTHENTICATION_UNAVAILABLE, 'Tokens cannot be checked right now; try again shortly.', { http: { status: 503 } });

export const forbidden = (message = 'This operation needs the staff role.') => new PublicError(ErrorCode.FORBIDDEN, message);

/** Codes whose messages were written for clients; everything else is masked. */
const PUBLIC_CODES = new Set<string>([
  ErrorCode.UNAUTHENTICATED,
  ErrorCode.FORBIDDEN,
  ErrorCode.BAD_USER_INPUT,
  ErrorCode.NOT_FOUND,
  ErrorCode.SUBGRAPH_UNAVAILABLE,
  ErrorCode.QUERY_TOO_COMPLEX,
  ErrorCode.PAYLOAD_TOO_LARGE,
  ErrorCode.RATE_LIMITED,
  ErrorCode.REQUEST_TOO_LARGE,
  ErrorCode.AUTHENTICATION_UNAVAILABLE,
  // Raised by graphql-js / Apollo Server for malformed operations; messages name only the operation.
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'PERSISTED_QUERY_NOT_FOUND',
  'OPERATION_RESOLUTION_FAILURE',
]);

export interface MaskOptions {
  requestId?: string;
  log?: (entry: Record<string, unknown>) => void;
}

/**
 * Turns any error into what a client may see: a stable code, a safe message and the request id.
 * The original error (stack, SQL, driver text) goes to the structured log only.
 */
export function maskError(formatted: GraphQLFormattedError, original: unknown, options: MaskOptions = {}): GraphQLFormattedError {
  const code = String(formatted.extensions?.code ?? ErrorCode.INTERNAL_SERVER_ERROR);
  const isPublic = PUBLIC_CODES.has(code);
  if (!isPublic) {
    options.log?.({
      level: 'error',
      requestId: options.requestId,
      code,
      message: formatted.message,
      path: formatted.path,
      error: original instanceof Error ? { message: original.message, stack: original.stack } : original,
    });
  }
  const { code: _code, stacktrace: _stack, exception: _exception, ...rest } = (formatted.extensions ?? {}) as Record<string, unknown>;
  return {
    message: isPublic ? formatted.message : 'Internal server error.',
    ...(formatted.locations ? { locations: formatted.locations } : {}),
    ...(formatted.path ? { path: formatted.path } : {}),
    extensions: {
      ...(isPublic ? rest : {}),
      code: isPublic ? code : ErrorCode.INTERNAL_SERVER_ERROR,
      ...(options.requestId ? { requestId: options.requestId } : {}),
    },
  };
}
