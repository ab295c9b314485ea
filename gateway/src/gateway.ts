import { randomUUID } from 'node:crypto';
import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import type { JWK } from 'jose';
import { CallerCredentialSigner, graphqlApp, listen, maskErrorsPlugin, type Listening } from '../../packages/kit/src';
import { credentialAudience, SUBGRAPH_PEERS } from './credential-audience';
import type { TokenVerifier } from './auth';
import type { GatewayContext } from './context';
import { armor, costLimitPlugin, LIMITS } from './limits';
import { SubgraphDataSource } from './subgraph-data-source';

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
}

/** The one public entry point: verifies the caller, enforces the limits, plans the query, calls the subgraphs. */
export async function startGateway(options: GatewayOptions, port: number, host?: string): Promise<Listening> {
  const signer = new CallerCredentialSigner(options.signingKey);
  const peers = options.subgraphPeers ?? SUBGRAPH_PEERS;
  const gateway = new ApolloGateway({
    supergraphSdl: options.supergraphSdl,
    buildService: ({ name, url }) => {
      const target = options.subgraphUrls[name] ?? url;
      if (!target) throw new Error(`No URL configured for subgraph ${name}`);
      return new SubgraphDataSource(name, target, options.subgraphTimeoutMs, signer, credentialAudience(name, peers));
    },
  });
  const protection = armor(options.production);
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    introspection: !options.production,
    includeStacktraceInErrorResponses: false,
    allowBatchedHttpRequests: false,
    csrfPrevention: true,
    parseOptions: { maxTokens: LIMITS.maxTokens },
    validationRules: protection.validationRules,
    // Responses are per caller and never HTTP-cached: no cache-control hints to compute.
    plugins: [...protection.plugins, costLimitPlugin(), maskErrorsPlugin<GatewayContext>(), ApolloServerPluginCacheControlDisabled()],
  });
  await apollo.start();

  const app = graphqlApp(
    express.json({ limit: LIMITS.maxBodyBytes }),
    expressMiddleware(apollo, {
      context: async ({ req }) => ({
        requestId: randomUUID(),
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
