import { readFileSync } from 'node:fs';
import { log } from '../../packages/kit/src';
import { createTokenVerifier } from './auth';
import { gatewayConfig } from './config';
import { startGateway } from './gateway';

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
