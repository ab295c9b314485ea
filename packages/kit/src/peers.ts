import { REQUEST_ID_HEADER, requireCaller, type Caller } from './caller';
import { ErrorCode, PublicError } from './errors';
import type { InternalTokens } from './internal-token';
import { log } from './log';
import { recordPeerCall } from './metrics';
import { injectTraceContext, withSpan } from './tracing';

export const DEFAULT_PEER_TIMEOUT_MS = 2000;

/**
 * Where the other subgraphs are, for the few facts a subgraph must ask a peer (an account's
 * country, whether a number belongs to an account). `urls` is read at call time, so a test
 * harness can fill it in once every server listens on its port.
 */
export interface PeerSettings {
  urls: Readonly<Record<string, string>>;
  /** Longest wait for one peer call; below the gateway's own subgraph timeout. */
  timeoutMs: number;
  /** Signs the credential the peer demands, as the gateway does. */
  tokens: InternalTokens;
}

export interface SubgraphRequest {
  /** Peer subgraph name, for errors and logs. */
  service: string;
  url: string;
  caller: Caller;
  requestId: string;
  query: string;
  variables?: Record<string, unknown>;
  timeoutMs: number;
  tokens: InternalTokens;
}

interface GraphQLResponse<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/**
 * The gateway sets `serviceName` to the subgraph it called (the one asking its peer), so the
 * peer that failed is named in `peerServiceName`.
 */
const unavailable = (service: string) =>
  new PublicError(ErrorCode.SUBGRAPH_UNAVAILABLE, `The ${service} service is unavailable; nothing was changed. Try again later.`, { peerServiceName: service });

/**
 * The one function that calls another subgraph. It forwards the caller exactly as the gateway
 * does (a credential for that peer, signed with the internal secret and carrying the caller,
 * plus the request id), so the peer applies its own tenancy rule to the same caller. A peer that is down or slow gives
 * SUBGRAPH_UNAVAILABLE; a peer that answers with errors gives a masked internal error.
 */
export async function querySubgraph<T>(request: SubgraphRequest): Promise<T> {
  let response: Response;
  let body: GraphQLResponse<T>;
  const started = performance.now();
  try {
    const credential = await request.tokens.sign(request.caller, request.service);
    const headers: Record<string, string> = { 'content-type': 'application/json', authorization: `Bearer ${credential}`, [REQUEST_ID_HEADER]: request.requestId };
    injectTraceContext(headers);
    response = await fetch(request.url, {
      method: 'POST',
      headers,
      body: JSON.stringify({ query: request.query, variables: request.variables ?? {} }),
      signal: AbortSignal.timeout(request.timeoutMs),
    });
    body = (await response.json()) as GraphQLResponse<T>;
  } catch (error) {
    recordPeerCall(request.service, (performance.now() - started) / 1000, false);
    log({ level: 'error', msg: 'peer call failed', peer: request.service, requestId: request.requestId, error: error instanceof Error ? error.message : String(error) });
    throw unavailable(request.service);
  }
  recordPeerCall(request.service, (performance.now() - started) / 1000, response.ok && !body.errors?.length);
  if (!response.ok || body.errors?.length || !body.data) {
    log({ level: 'error', msg: 'peer answered with errors', peer: request.service, requestId: request.requestId, status: response.status, errors: body.errors });
    throw new Error(`The ${request.service} subgraph answered with errors.`);
  }
  return body.data;
}

/** A federation entity key, as `_entities` takes it. */
export interface EntityRepresentation {
  __typename: string;
  id: string;
}

/** Calls to the peers, bound to one request's caller. */
export interface PeerClient {
  query<T>(peer: string, query: string, variables?: Record<string, unknown>): Promise<T>;
  /**
   * Resolves entities by key on a peer (`_entities`), in the order given; null where the peer
   * has no such entity or the caller may not see it. `selection` holds inline fragments,
   * for example `... on Account { countryCode }`.
   */
  entities<T>(peer: string, representations: EntityRepresentation[], selection: string): Promise<(T | null)[]>;
}

export function createPeerClient(settings: PeerSettings, context: { caller: Caller | null; requestId: string }): PeerClient {
  const query = async <T>(peer: string, text: string, variables?: Record<string, unknown>): Promise<T> => {
    const url = settings.urls[peer];
    if (!url) throw new Error(`No URL configured for peer subgraph ${peer}.`);
    const request: SubgraphRequest = { service: peer, url, caller: requireCaller(context.caller), requestId: context.requestId, query: text, variables, timeoutMs: settings.timeoutMs, tokens: settings.tokens };
    return withSpan(`peer ${peer}`, { 'peer.service': peer }, () => querySubgraph<T>(request));
  };
  return {
    query,
    async entities<T>(peer: string, representations: EntityRepresentation[], selection: string) {
      const data = await query<{ _entities: (T | null)[] }>(
        peer,
        `query PeerEntities($representations: [_Any!]!) { _entities(representations: $representations) { ${selection} } }`,
        { representations },
      );
      return data._entities;
    },
  };
}
