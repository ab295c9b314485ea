// First: logs, traces and metrics before express/http load (the instrumentations patch them).
import '../../../packages/kit/src/observability.preload';
import 'reflect-metadata';
import { runSubgraph } from '../../../packages/kit/src';
import { billingSettingsFromEnv } from './billing-config';
import { createBilling } from './subgraph';

// The only place that reads the environment and listens.
runSubgraph(createBilling(billingSettingsFromEnv(process.env)), process.env).catch((error) => {
  console.error(error);
  process.exit(1);
});
