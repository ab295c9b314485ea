// First: logs, traces and metrics before express/http load (the instrumentations patch them).
import '../../packages/kit/src/observability.preload';
import { readFileSync } from 'node:fs';
import { log } from '../../packages/kit/src';
import { createTokenVerifier } from './auth';
import { gatewayConfig } from './config';
import { startGateway } from './gateway';
import { loadTrustedDocuments } from './trusted-documents';

// The only place that reads the environment and listens.
async function main() {
  process.env.APOLLO_TELEMETRY_DISABLED = '1';
  const config = gatewayConfig(process.env);
  const gateway = await startGateway(
    {
      supergraphSdl: readFileSync(config.SUPERGRAPH_PATH, 'utf8'),
      subgraphUrls: config.subgraphUrls,
      verifyToken: createTokenVerifier(config.tokens),
      internalSecret: config.internalSecret,
      subgraphTimeoutMs: config.SUBGRAPH_TIMEOUT_MS,
      production: config.production,
      trustedDocuments: config.TRUSTED_DOCUMENTS ? loadTrustedDocuments(config.TRUSTED_DOCUMENTS) : null,
    },
    config.PORT,
    config.HOST,
  );
  log({ level: 'info', msg: 'gateway listening', url: gateway.url });
  const stop = async () => {
    await gateway.close();
    process.exit(0);
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
