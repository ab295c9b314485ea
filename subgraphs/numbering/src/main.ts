// First: logs, traces and metrics before express/http load (the instrumentations patch them).
import '../../../packages/kit/src/observability.preload';
import 'reflect-metadata';
import { cleanEnv, num } from 'envalid';
import { runSubgraph } from '../../../packages/kit/src';
import { DEFAULT_SANDBOX_DELAY_MS, SandboxCarrier } from './carrier/carrier';
import { createNumbering, DEFAULT_SWEEP_INTERVAL_MS } from './subgraph';

// The only place that reads the environment and listens.
const config = cleanEnv(process.env, {
  SANDBOX_CARRIER_DELAY_MS: num({ default: DEFAULT_SANDBOX_DELAY_MS, desc: 'How long the sandbox carrier takes to activate a number.' }),
  NUMBERING_SWEEP_INTERVAL_MS: num({
    default: DEFAULT_SWEEP_INTERVAL_MS,
    desc: 'How often reservations are expired, quarantines ended and provisioning retried.',
  }),
});
runSubgraph(
  createNumbering({ carrier: new SandboxCarrier(config.SANDBOX_CARRIER_DELAY_MS), sweepIntervalMs: config.NUMBERING_SWEEP_INTERVAL_MS }),
  process.env,
).catch((error) => {
  console.error(error);
  process.exit(1);
});
