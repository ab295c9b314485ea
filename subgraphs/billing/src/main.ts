import 'reflect-metadata';
import { runSubgraph } from '../../../packages/kit/src';
import { billingSettingsFromEnv } from './billing-config';
import { createBilling } from './subgraph';

// The only place that reads the environment and listens.
runSubgraph(createBilling(billingSettingsFromEnv(process.env)), process.env).catch((error) => {
  console.error(error);
  process.exit(1);
});
