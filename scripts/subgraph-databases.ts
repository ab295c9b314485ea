import { billingDatabase } from '../subgraphs/billing/src/subgraph';
import { complianceDatabase } from '../subgraphs/compliance/src/subgraph';
import { numberingDatabase } from '../subgraphs/numbering/src/subgraph';
import { telephonyDatabase } from '../subgraphs/telephony/src/subgraph';

/** Every subgraph's entities and migrations, for the scripts that work on all of them. */
export const subgraphDatabases = {
  billing: billingDatabase,
  telephony: telephonyDatabase,
  numbering: numberingDatabase,
  compliance: complianceDatabase,
};
