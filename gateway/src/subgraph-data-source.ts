import { Agent as HttpAgent } from 'node:http';
import { Agent as HttpsAgent } from 'node:https';
import { performance } from 'node:perf_hooks';
import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import nodeFetch from 'node-fetch';
import { ErrorCode, injectTraceContext, log, PublicError, recordSubgraphFetch, REQUEST_ID_HEADER, type CallerCredentialSigner } from '../../packages/kit/src';
import { subgraphCallSignal } from './client-gone';
import type { GatewayContext } from './context';

const keepAliveAgents = { http: new HttpAgent({ keepAlive: true }), https: new HttpsAgent({ keepAlive: true }) };
const keepAliveAgent = (url: URL) => (url.protocol === 'https:' ? keepAliveAgents.https : keepAliveAgents.http);

/**
 * How the gateway talks to a subgraph: passes who is calling, bounds every call by a timeout,
 * and turns a failed or hung subgraph into an error that names the part, not its URL or socket.
 */
export class SubgraphDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(
    private readonly subgraphName: string,
    url: string,
    timeoutMs: number,
    private readonly signer: CallerCredentialSigner,
    /** This subgraph and the peers it may forward the credential to. */
    private readonly audience: readonly string[],
  ) {
    super({
      url,
      honorSubgraphCacheControlHeader: false,
      // node-fetch (Apollo's own default client) over keep-alive sockets. Node's global fetch
      // cost about 0.5 ms more CPU per subgraph call (WHATWG streams, AbortSignal.timeout), the
      // gateway's top cost in `npm run bench -- --profile` (README, Benchmark). The timeout
      // bounds the wait for a hung subgraph's response, then for its body. No retries. When the
      // client goes away, the call is aborted, so the subgraph sees its connection close and stops.
      fetcher: (input, init) =>
        nodeFetch(input, {
          ...init,
          agent: keepAliveAgent,
          timeout: timeoutMs,
          signal: subgraphCallSignal((init?.headers as Record<string, string> | undefined)?.[REQUEST_ID_HEADER]) as import('node-fetch').RequestInit['signal'],
        }),
    });
  }

  /** The only headers a subgraph gets: the caller credential for it (and its peers), the request id and the trace context. */
  override async willSendRequest({ request, context }: Parameters<NonNullable<RemoteGraphQLDataSource<GatewayContext>['willSendRequest']>>[0]): Promise<void> {
    const headers = request.http!.headers;
    if (context.caller) headers.set('authorization', `Bearer ${await this.signer.sign(context.caller, this.audience)}`);
    if (context.requestId) headers.set(REQUEST_ID_HEADER, context.requestId);
    injectTraceContext(headers);
  }

  override async process(options: GraphQLDataSourceProcessOptions<GatewayContext>): ReturnType<RemoteGraphQLDataSource<GatewayContext>['process']> {
    const started = performance.now();
    try {
      const response = await super.process(options);
      recordSubgraphFetch(this.subgraphName, (performance.now() - started) / 1000, true);
      return response;
    } catch (error) {
      recordSubgraphFetch(this.subgraphName, (performance.now() - started) / 1000, false);
      log({
        level: 'error',
        msg: 'subgraph call failed',
        subgraph: this.subgraphName,
        requestId: options.context?.requestId,
        error: error instanceof Error ? error.message : String(error),
      });
      throw new PublicError(ErrorCode.SUBGRAPH_UNAVAILABLE, `The ${this.subgraphName} service is unavailable; its fields are missing from this response.`, {
        serviceName: this.subgraphName,
      });
    }
  }
}
