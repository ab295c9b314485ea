import { randomUUID } from 'node:crypto';
import { Agent, request } from 'node:http';
import { performance } from 'node:perf_hooks';
import type { Caller, CallerCredentialSigner } from '../packages/kit/src';
import type { RecordedRequest } from './capture';
import type { LoadTally } from './measurement';
import { fetchesOf, type FetchStep, type PlanStep } from './query-plan';
import { subgraphHeaders } from './subgraph-headers';

/**
 * The floor: the subgraph requests of the query plan, sent straight to the subgraphs in the
 * plan's order (sequence after sequence, parallel branches at once), as a gateway with no cost
 * of its own would send them. Bodies are the ones our gateway sent (`capture.ts`); the caller
 * headers are the gateways' (`subgraphHeaders`). Responses are read to the end, not parsed.
 */
export interface FloorPlan {
  plan: PlanStep;
  bodies: Map<FetchStep, string>;
  subgraphUrls: Record<string, string>;
  /** Signs the subgraphs' credentials, as the gateways do. */
  tokens: CallerCredentialSigner;
}

/** Pairs each fetch of the plan with the recorded request of the same subgraph and operation. */
export function bindRecording(plan: PlanStep, recorded: RecordedRequest[], subgraphUrls: Record<string, string>, tokens: CallerCredentialSigner): FloorPlan {
  const bodies = new Map<FetchStep, string>();
  const unused = [...recorded];
  for (const fetch of fetchesOf(plan)) {
    const index = unused.findIndex((r) => r.subgraph === fetch.subgraph && (JSON.parse(r.body) as { query: string }).query === fetch.operation);
    if (index < 0) throw new Error(`Our gateway sent no request for the plan's fetch to ${fetch.subgraph}; the captured plan and the planner disagree.`);
    bodies.set(fetch, unused.splice(index, 1)[0]!.body);
  }
  if (unused.length) throw new Error(`Our gateway sent ${unused.length} request(s) the plan does not have.`);
  return { plan, bodies, subgraphUrls, tokens };
}

// Keep-alive sockets, as both gateways keep theirs.
const agent = new Agent({ keepAlive: true });

function post(url: string, body: string, headers: Record<string, string>): Promise<string> {
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      { method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(body)), ...headers } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          res.statusCode === 200 ? resolve(Buffer.concat(chunks).toString('utf8')) : reject(new Error(`HTTP ${res.statusCode} from ${url}`)),
        );
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

/** One whole-account request's worth of subgraph calls; returns the responses for checking. */
export async function replayOnce(floor: FloorPlan, caller: Caller): Promise<string[]> {
  const requestId = randomUUID();
  const responses: string[] = [];
  const run = async (step: PlanStep): Promise<void> => {
    if (step.kind === 'fetch') {
      responses.push(
        await post(floor.subgraphUrls[step.subgraph]!, floor.bodies.get(step)!, await subgraphHeaders(floor.tokens, caller, requestId, step.subgraph)),
      );
    } else if (step.kind === 'sequence') {
      for (const s of step.steps) await run(s);
    } else {
      await Promise.all(step.steps.map(run));
    }
  };
  await run(floor.plan);
  return responses;
}

/** `connections` clients, each replaying one request after another for `seconds`. */
export async function loadFloor(floor: FloorPlan, caller: Caller, connections: number, seconds: number, tally: LoadTally): Promise<void> {
  const started = performance.now();
  const end = started + seconds * 1000;
  const client = async () => {
    while (performance.now() < end) {
      const t0 = performance.now();
      try {
        await replayOnce(floor, caller);
        tally.success(performance.now() - t0);
      } catch {
        tally.failure();
      }
    }
  };
  await Promise.all(Array.from({ length: connections }, client));
  tally.elapsed((performance.now() - started) / 1000);
}
