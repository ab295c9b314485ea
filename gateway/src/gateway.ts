import { randomUUID } from 'node:crypto';
import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import { listen, maskErrorsPlugin, type Listening } from '../../packages/kit/src';
import type { TokenVerifier } from './auth';
import type { GatewayContext } from './context';
import { SubgraphDataSource } from './subgraph-data-source';

export interface GatewayOptions {
  supergraphSdl: string;
  /** Subgraph name to URL; overrides the URLs written in the supergraph. */
  subgraphUrls: Record<string, string>;
  verifyToken: TokenVerifier;
  subgraphTimeoutMs: number;
  /** Production mode turns introspection off. */
  production: boolean;
}


/** The one public entry point: verifies the caller, plans the query, calls the subgraphs. */
export async function startGateway(options: GatewayOptions, port: number, host?: string): Promise<Listening> {
  const gateway = new ApolloGateway({
    supergraphSdl: options.supergraphSdl,
    buildService: ({ name, url }) => {
      const target = options.subgraphUrls[name] ?? url;
      if (!target) throw new Error(`No URL configured for subgraph ${name}`);
      return new SubgraphDataSource(name, target, options.subgraphTimeoutMs);
    },
  });
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    introspection: !options.production,
    includeStacktraceInErrorResponses: false,
    plugins: [maskErrorsPlugin<GatewayContext>()],
  });
  await apollo.start();

  const app = express();
  app.disable('x-powered-by');
  app.get('/health', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.use(
    '/graphql',
    express.json({ limit: '100kb' }),
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
