import { operationFromDocument, Supergraph } from '@apollo/federation-internals';
import { QueryPlanner, type PlanNode } from '@apollo/query-planner';
import { parse } from 'graphql';

/** One subgraph request of a query plan, identified as the gateway sends it. */
export interface FetchStep {
  kind: 'fetch';
  subgraph: string;
  /** The operation text, exactly the `query` of the request body. */
  operation: string;
}

/** The shape of a query plan that matters to a client replaying it: what runs after what. */
export type PlanStep = FetchStep | { kind: 'sequence' | 'parallel'; steps: PlanStep[] };

/**
 * The query plan our gateway makes for `query`: the same planner (@apollo/query-planner, the
 * version @apollo/gateway uses) on the same committed supergraph, with the gateway's defaults.
 * Flatten nodes only say where results merge, so they reduce to the fetch they wrap.
 */
export function queryPlanOf(supergraphSdl: string, query: string): PlanStep {
  const supergraph = Supergraph.build(supergraphSdl);
  const operation = operationFromDocument(supergraph.apiSchema(), parse(query));
  const plan = new QueryPlanner(supergraph).buildQueryPlan(operation);
  if (!plan.node || plan.node.kind === 'Subscription') throw new Error('The query has no plan a client can replay.');
  return simplify(plan.node);
}

function simplify(node: PlanNode): PlanStep {
  switch (node.kind) {
    case 'Fetch':
      return { kind: 'fetch', subgraph: node.serviceName, operation: node.operation };
    case 'Flatten':
      return simplify(node.node);
    case 'Sequence':
      return { kind: 'sequence', steps: node.nodes.map(simplify) };
    case 'Parallel':
      return { kind: 'parallel', steps: node.nodes.map(simplify) };
    default:
      throw new Error(`Plan node ${node.kind} is not used by the whole-account request and is not replayed.`);
  }
}

export function fetchesOf(step: PlanStep): FetchStep[] {
  return step.kind === 'fetch' ? [step] : step.steps.flatMap(fetchesOf);
}

/** `billing, then (telephony, then billing) alongside (numbering, ...)`, for the report. */
export function describePlan(step: PlanStep): string {
  if (step.kind === 'fetch') return step.subgraph;
  const parts = step.steps.map((s) => (s.kind === 'fetch' ? describePlan(s) : `(${describePlan(s)})`));
  return parts.join(step.kind === 'sequence' ? ' → ' : ' ‖ ');
}
