/**
 * The peer of the benchmark: Hive Gateway (@graphql-hive/gateway-runtime, MIT) on our committed
 * supergraph and our subgraphs, as one process. It is configured to do the work ours does, no
 * more and no less:
 * - the same JWT check (`createTokenVerifier`, same secret, issuer and audience), 401 otherwise;
 * - the same caller headers on every subgraph request (`subgraphHeaders`, one function);
 * - no response cache and no de-duplication of requests, inbound or outbound (the HTTP transport
 *   de-duplicates identical in-flight subgraph queries by default; turned off);
 * - the same per-call timeout to subgraphs.
 * Environment: the gateway's own (gateway/src/config.ts: PORT, HOST, SUPERGRAPH_PATH,
 * BILLING_URL..., JWT_SECRET, JWT_ISSUER, JWT_AUDIENCE, SUBGRAPH_TIMEOUT_MS).
 */
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { createGatewayRuntime, type GatewayPlugin } from '@graphql-hive/gateway-runtime';
import httpTransport from '@graphql-mesh/transport-http';
import { createTokenVerifier, type TokenVerifier } from '../gateway/src/auth';
import { gatewayConfig } from '../gateway/src/config';
import { CallerCredentialSigner, log, type Caller } from '../packages/kit/src';
import { subgraphHeaders } from './subgraph-headers';

interface PeerContext {
  caller: Caller;
  requestId: string;
}

/** Verifies the bearer token once per request, as our gateway's context function does. */
function authenticate(verifyToken: TokenVerifier): GatewayPlugin<PeerContext> {
  return {
    async onContextBuilding({ context, extendContext }) {
      const caller = await verifyToken(context.request.headers.get('authorization') ?? undefined);
      extendContext({ caller, requestId: randomUUID() });
    },
  };
}

/** Adds the caller's headers to every subgraph request. */
function forwardCaller(tokens: CallerCredentialSigner): GatewayPlugin<PeerContext> {
  return {
    async onFetch({ context, executionRequest, options, setOptions }) {
      if (!('caller' in context) || !context.caller || !context.requestId) return;
      const headers = await subgraphHeaders(tokens, context.caller, context.requestId, executionRequest?.subgraphName ?? '');
      setOptions({ ...options, headers: { ...(options.headers as Record<string, string>), ...headers } });
    },
  };
}

function main() {
  const config = gatewayConfig(process.env);
  const verifyToken = createTokenVerifier(config.tokens);
  const runtime = createGatewayRuntime<PeerContext>({
    supergraph: readFileSync(config.SUPERGRAPH_PATH, 'utf8'),
    transports: { http: httpTransport },
    transportEntries: {
      '*.http': { options: { deduplicateInflightRequests: false, timeout: config.SUBGRAPH_TIMEOUT_MS } },
      // The committed supergraph names the local default ports; the benchmark's are elsewhere.
      ...Object.fromEntries(Object.entries(config.subgraphUrls).map(([name, location]) => [name, { location }])),
    },
    // Ours generates a fresh request id per request and forwards it; `forwardCaller` does that here.
    requestId: false,
    graphiql: false,
    landingPage: false,
    logging: 'error',
    plugins: () => [authenticate(verifyToken), forwardCaller(new CallerCredentialSigner(config.signingKey))],
  });
  const server = createServer(runtime);
  server.keepAliveTimeout = 65_000;
  server.listen(config.PORT, config.HOST, () => log({ level: 'info', msg: 'peer gateway listening', url: `http://${config.HOST}:${config.PORT}/graphql` }));
  const stop = () => {
    server.close(() => void Promise.resolve(runtime.dispose()).finally(() => process.exit(0)));
    server.closeAllConnections();
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

main();
