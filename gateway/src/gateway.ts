import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import { accessLog, apolloLogger, graphqlApp, InternalTokens, listen, maskErrorsPlugin, observabilityPlugin, requestIdOf, type Listening } from '../../packages/kit/src';
import type { TokenVerifier } from './auth';
import type { GatewayContext } from './context';
import { armor, costLimitPlugin, LIMITS } from './limits';
import { SubgraphDataSource } from './subgraph-data-source';
import { trustedDocumentsOnly, type TrustedDocuments } from './trusted-documents';

export interface GatewayOptions {
  supergraphSdl: string;
  /** Subgraph name to URL; overrides the URLs written in the supergraph. */
  subgraphUrls: Record<string, string>;
  verifyToken: TokenVerifier;
  /** Signs the per-subgraph credential every subgraph demands. */
  internalSecret: string;
  subgraphTimeoutMs: number;
  /** Production mode turns introspection and field suggestions off. */
  production: boolean;
  /** Only these operations run (TRUSTED_DOCUMENTS); every operation when absent. */
  trustedDocuments?: TrustedDocuments | null;
}

/** The one public entry point: verifies the caller, enforces the limits, plans the query, calls the subgraphs. */
export async function startGateway(options: GatewayOptions, port: number, host?: string): Promise<Listening> {
  const tokens = new InternalTokens(options.internalSecret);
  const gateway = new ApolloGateway({
    supergraphSdl: options.supergraphSdl,
    logger: apolloLogger(),
    buildService: ({ name, url }) => {
      const target = options.subgraphUrls[name] ?? url;
      if (!target) throw new Error(`No URL configured for subgraph ${name}`);
      return new SubgraphDataSource(name, target, options.subgraphTimeoutMs, tokens);
    },
  });
  const protection = armor(options.production);
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    logger: apolloLogger(),
    introspection: !options.production,
    includeStacktraceInErrorResponses: false,
    allowBatchedHttpRequests: false,
    csrfPrevention: true,
    parseOptions: { maxTokens: LIMITS.maxTokens },
    validationRules: protection.validationRules,
    // Responses are per caller and never HTTP-cached: no cache-control hints to compute.
    plugins: [...protection.plugins, costLimitPlugin(), maskErrorsPlugin<GatewayContext>(), observabilityPlugin<GatewayContext>(), ApolloServerPluginCacheControlDisabled()],
  });
  await apollo.start();

  const app = graphqlApp(
    accessLog({ trustRequestIdHeader: false }),
    express.json({ limit: LIMITS.maxBodyBytes }),
    trustedDocumentsOnly(options.trustedDocuments),
    expressMiddleware(apollo, {
      context: async ({ req }) => ({
        requestId: requestIdOf(req),
        caller: await options.verifyToken(req.headers.authorization),
      }),
    }),
  );
  const listening = await listen(app, port, host);
  return {
    ...listening,
    close: async () => {
      await listening.close();
      await apollo.stop();
    },
  };
}
