import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import type { JWK } from 'jose';
import {
  accessLog,
  apolloLogger,
  CallerCredentialSigner,
  graphqlApp,
  Lifecycle,
  listen,
  maskErrorsPlugin,
  observabilityPlugin,
  requestIdOf,
  type Listening,
} from '../../packages/kit/src';
import { credentialAudience, SUBGRAPH_PEERS } from './credential-audience';
import type { TokenVerifier } from './auth';
import { abortSubgraphCallsWhenClientGone } from './client-gone';
import type { GatewayContext } from './context';
import { corsFor } from './cors';
import { armor, costLimitPlugin, LIMITS } from './limits';
import { PUBLIC_ROUTES, publicRoutesProxy, type PublicRoute } from './public-routes';
import { createRateLimiter, type RateLimitSettings } from './rate-limit';
import { trustedDocumentsOnly, type TrustedDocuments } from './trusted-documents';
import { UploadDataSource } from './upload-data-source';
import { DEFAULT_UPLOAD_LIMITS, uploadHandlers, type UploadLimits } from './uploads';

export interface GatewayOptions {
  supergraphSdl: string;
  /** Subgraph name to URL; overrides the URLs written in the supergraph. */
  subgraphUrls: Record<string, string>;
  verifyToken: TokenVerifier;
  /** The gateway's private key (JWK): signs the caller credential every subgraph demands. */
  signingKey: JWK;
  /** Which peers each subgraph may call with the credential it receives; `SUBGRAPH_PEERS` by default. */
  subgraphPeers?: Readonly<Record<string, readonly string[]>>;
  subgraphTimeoutMs: number;
  /** Production mode turns introspection and field suggestions off. */
  production: boolean;
  /** Per-caller rate limit weighted by cost (rate-limit.ts); none when absent. */
  rateLimit?: RateLimitSettings;
  /** Origins of our web apps that may call the API from a browser (CORS); none by default. */
  corsOrigins?: readonly string[];
  /** The public, non-GraphQL routes (public-routes.ts); PUBLIC_ROUTES by default. */
  publicRoutes?: readonly PublicRoute[];
  /** Longest wait for requests in flight on shutdown (SHUTDOWN_GRACE_MS). */
  shutdownGraceMs?: number;
  /** Multipart uploads (uploads.ts); the defaults fit an identity's four documents. */
  uploads?: UploadLimits;
  /** Only these operations run (TRUSTED_DOCUMENTS); every operation when absent. */
  trustedDocuments?: TrustedDocuments | null;
}

export interface RunningGateway extends Listening {
  /** `/ready` and the close hooks; `close()` runs the whole sequence, `main.ts` runs it on SIGTERM. */
  lifecycle: Lifecycle;
  /** Stops accepting and waits for the requests in flight (the HTTP step of the shutdown). */
  drainHttp(): Promise<void>;
}

/** The one public entry point: verifies the caller, enforces the limits, plans the query, calls the subgraphs. */
export async function startGateway(options: GatewayOptions, port: number, host?: string): Promise<RunningGateway> {
  const signer = new CallerCredentialSigner(options.signingKey);
  const peers = options.subgraphPeers ?? SUBGRAPH_PEERS;
  const uploadLimits = options.uploads ?? DEFAULT_UPLOAD_LIMITS;
  const gateway = new ApolloGateway({
    supergraphSdl: options.supergraphSdl,
    logger: apolloLogger(),
    buildService: ({ name, url }) => {
      const target = options.subgraphUrls[name] ?? url;
      if (!target) throw new Error(`No URL configured for subgraph ${name}`);
      return new UploadDataSource(name, target, options.subgraphTimeoutMs, signer, credentialAudience(name, peers), uploadLimits);
    },
  });
  const protection = armor(options.production);
  const lifecycle = new Lifecycle();
  const rateLimiter = options.rateLimit ? createRateLimiter(options.rateLimit) : null;
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    logger: apolloLogger(),
    introspection: !options.production,
    includeStacktraceInErrorResponses: false,
    allowBatchedHttpRequests: false,
    csrfPrevention: true,
    // One shutdown path (kit/lifecycle.ts): HTTP drains first, then Apollo stops.
    stopOnTerminationSignals: false,
    parseOptions: { maxTokens: LIMITS.maxTokens },
    validationRules: protection.validationRules,
    // Responses are per caller and never HTTP-cached: no cache-control hints to compute.
    // The rate limiter after the cost limit: a refused request spends no points.
    plugins: [
      ...protection.plugins,
      costLimitPlugin(),
      ...(rateLimiter ? [rateLimiter.plugin] : []),
      maskErrorsPlugin<GatewayContext>(),
      observabilityPlugin<GatewayContext>(),
      ApolloServerPluginCacheControlDisabled(),
    ],
  });
  await apollo.start();
  lifecycle.onClose('apollo', () => apollo.stop());
  if (rateLimiter) lifecycle.onClose('rate limit store', () => rateLimiter.close());

  const app = graphqlApp(
    corsFor(options.corsOrigins ?? []),
    accessLog({ trustRequestIdHeader: false }),
    express.json({ limit: LIMITS.maxBodyBytes }),
    ...uploadHandlers(uploadLimits),
    // After the multipart parser, so an upload's operation is checked like any other.
    trustedDocumentsOnly(options.trustedDocuments),
    expressMiddleware(apollo, {
      context: async ({ req, res }) => {
        const requestId = requestIdOf(req);
        abortSubgraphCallsWhenClientGone(requestId, res);
        return { requestId, caller: await options.verifyToken(req.headers.authorization) };
      },
    }),
  );
  app.get('/ready', lifecycle.readyHandler);
  app.use(publicRoutesProxy(options.publicRoutes ?? PUBLIC_ROUTES, options.subgraphUrls));
  const listening = await listen(app, port, host, { shutdownGraceMs: options.shutdownGraceMs });
  return {
    ...listening,
    lifecycle,
    drainHttp: listening.close,
    close: async () => {
      lifecycle.beginDraining();
      await listening.close();
      await lifecycle.closeResources();
    },
  };
}
