import 'reflect-metadata';
import { runSubgraph } from '../../../packages/kit/src';
import { billing } from './subgraph';

// The only place that reads the environment and listens.
runSubgraph(billing, process.env).catch((error) => {
  console.error(error);
  process.exit(1);
});
