// First: logs, traces and metrics before express/http load (the instrumentations patch them).
import '../../packages/kit/src/observability.preload';
import { readFileSync } from 'node:fs';
import { log, shutDown, stopOnSignals } from '../../packages/kit/src';
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
      signingKey: config.signingKey,
      subgraphTimeoutMs: config.SUBGRAPH_TIMEOUT_MS,
      production: config.production,
      rateLimit: config.rateLimit,
      corsOrigins: config.corsOrigins,
      shutdownGraceMs: config.SHUTDOWN_GRACE_MS,
      trustedDocuments: config.TRUSTED_DOCUMENTS ? loadTrustedDocuments(config.TRUSTED_DOCUMENTS) : null,
    },
    config.PORT,
    config.HOST,
  );
  log({ level: 'info', msg: 'gateway listening', url: gateway.url });
  // /ready 503, stop accepting, requests in flight finish, then Apollo and the rate-limit store close.
  stopOnSignals(() => shutDown({ lifecycle: gateway.lifecycle, drainHttp: gateway.drainHttp, delayMs: config.SHUTDOWN_DELAY_MS }));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
