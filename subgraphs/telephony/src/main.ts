import 'reflect-metadata';
import { runSubgraph } from '../../../packages/kit/src';
import { telephony } from './subgraph';

// The only place that reads the environment and listens.
runSubgraph(telephony, process.env).catch((error) => {
  console.error(error);
  process.exit(1);
});
