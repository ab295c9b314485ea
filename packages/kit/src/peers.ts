import { REQUEST_ID_HEADER } from './caller';
import { ErrorCode, PublicError, unauthenticated } from './errors';
import { log } from './log';
import { recordPeerCall } from './metrics';
import { budgetInScope, type RequestBudget } from './request-budget';
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
}

export interface SubgraphRequest {
  /** Peer subgraph name, for errors and logs. */
  service: string;
  url: string;
  /**
   * The caller credential this subgraph received from the gateway, forwarded unchanged: its
   * audience lists the peers this subgraph may call, and a subgraph holds no key to make another.
   */
  credential: string;
  requestId: string;
  query: string;
  variables?: Record<string, unknown>;
  timeoutMs: number;
  /** The calling request's budget: a stopped request asks no peer, and aborts the call it is making. */
  budget?: RequestBudget;
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
 * The one function that calls another subgraph. It forwards the caller credential the gateway
 * signed (plus the request id), so the peer applies its own tenancy rule and permission checks to
 * the same caller, and refuses the call unless the gateway listed it in the credential's
 * audience. A peer that is down or slow gives
 * SUBGRAPH_UNAVAILABLE; a peer that answers with errors gives a masked internal error.
 */
export async function querySubgraph<T>(request: SubgraphRequest): Promise<T> {
  let response: Response;
  let body: GraphQLResponse<T>;
  // A request that was stopped (row budget, deadline, caller gone) asks no peer; one stopped
  // while its peer call runs aborts that call.
  const budget = request.budget;
  budget?.beforeQuery();
  const started = performance.now();
  try {
    const headers: Record<string, string> = {
      'content-type': 'application/json',
      authorization: `Bearer ${request.credential}`,
      [REQUEST_ID_HEADER]: request.requestId,
    };
    injectTraceContext(headers);
    response = await fetch(request.url, {
      method: 'POST',
      headers,
      body: JSON.stringify({ query: request.query, variables: request.variables ?? {} }),
      signal: budget
        ? AbortSignal.any([AbortSignal.timeout(Math.min(request.timeoutMs, budget.remainingMs)), budget.signal])
        : AbortSignal.timeout(request.timeoutMs),
    });
    body = (await response.json()) as GraphQLResponse<T>;
  } catch (error) {
    budget?.beforeQuery(); // stopped or past its deadline meanwhile: that is the error, not the peer
    recordPeerCall(request.service, (performance.now() - started) / 1000, false);
    log({
      level: 'error',
      msg: 'peer call failed',
      peer: request.service,
      requestId: request.requestId,
      error: error instanceof Error ? error.message : String(error),
    });
    throw unavailable(request.service);
  }
  recordPeerCall(request.service, (performance.now() - started) / 1000, response.ok && !body.errors?.length);
  if (!response.ok || body.errors?.length || !body.data) {
    log({
      level: 'error',
      msg: 'peer answered with errors',
      peer: request.service,
      requestId: request.requestId,
      status: response.status,
      errors: body.errors,
    });
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

export function createPeerClient(settings: PeerSettings, context: { credential?: string | null; requestId: string }): PeerClient {
  const budget = budgetInScope();
  const query = async <T>(peer: string, text: string, variables?: Record<string, unknown>): Promise<T> => {
    const url = settings.urls[peer];
    if (!url) throw new Error(`No URL configured for peer subgraph ${peer}.`);
    // Peer calls are made for a caller; a service-credential request has none to forward.
    if (!context.credential) throw unauthenticated();
    const request: SubgraphRequest = {
      service: peer,
      url,
      credential: context.credential,
      requestId: context.requestId,
      query: text,
      variables,
      timeoutMs: settings.timeoutMs,
      budget,
    };
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
