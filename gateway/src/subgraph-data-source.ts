import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { ErrorCode, log, PublicError, REQUEST_ID_HEADER, type InternalTokens } from '../../packages/kit/src';
import type { GatewayContext } from './context';

/**
 * How the gateway talks to a subgraph: passes who is calling, bounds every call by a timeout,
 * and turns a failed or hung subgraph into an error that names the part, not its URL or socket.
 */
export class SubgraphDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(
    private readonly subgraphName: string,
    url: string,
    timeoutMs: number,
    private readonly tokens: InternalTokens,
  ) {
    super({
      url,
      // Node's own fetch keeps sockets alive; the timeout bounds a hung subgraph. No retries.
      fetcher: ((input: string, init: RequestInit) => fetch(input, { ...init, signal: AbortSignal.timeout(timeoutMs) })) as never,
    });
  }

  /** The only headers a subgraph gets: the credential for it (carrying the caller) and the request id. */
  override async willSendRequest({ request, context }: Parameters<NonNullable<RemoteGraphQLDataSource<GatewayContext>['willSendRequest']>>[0]): Promise<void> {
    const headers = request.http!.headers;
    if (context.caller) headers.set('authorization', `Bearer ${await this.tokens.sign(context.caller, this.subgraphName)}`);
    if (context.requestId) headers.set(REQUEST_ID_HEADER, context.requestId);
  }

  override async process(options: GraphQLDataSourceProcessOptions<GatewayContext>): ReturnType<RemoteGraphQLDataSource<GatewayContext>['process']> {
    try {
      return await super.process(options);
    } catch (error) {
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
