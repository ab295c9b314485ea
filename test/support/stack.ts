import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createTokenVerifier, type TokenSettings } from '../../gateway/src/auth';
import { startGateway } from '../../gateway/src/gateway';
import { mintToken } from '../../gateway/src/tokens';
import {
  fixtureIds,
  InternalTokens,
  openSubgraph,
  SecretServiceCredentials,
  serveSubgraph,
  startEvents,
  type AccountFixture,
  type Caller,
  type EventsConfig,
  type Listening,
  type RunningEvents,
  type Subgraph,
} from '../../packages/kit/src';
import { SUBGRAPHS, type SubgraphName } from '../../subgraphs/registry';
import { scratchDatabase } from './database';

export interface RunningSubgraph {
  subgraph: Subgraph<any>;
  server: Listening;
  /** The relay (and NATS consumer) when the stack was started with `events`. */
  events?: RunningEvents;
  drop(): Promise<void>;
}

export interface GraphQLResult<T = any> {
  status: number;
  body: { data?: T; errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[] };
}

/**
 * The whole system as production runs it, on port 0: four subgraphs on their own scratch
 * databases, each behind its own HTTP server, and the gateway booted from the committed
 * supergraph with real JWT verification.
 */
export class Stack {
  private constructor(
    readonly gateway: Listening,
    readonly subgraphs: Record<SubgraphName, RunningSubgraph>,
    readonly tokenSettings: TokenSettings,
    /** The gateway's credentials, for tests that call a subgraph directly as the gateway would. */
    readonly internalTokens: InternalTokens,
    /**
     * Where each subgraph finds its peers (name to URL). Filled in once every server listens on
     * its port-0 address; a test may point a peer elsewhere (a dead port) and restore it.
     */
    readonly peerUrls: Record<string, string>,
  ) {}

  static async start(
    options: { subgraphTimeoutMs?: number; peerTimeoutMs?: number; production?: boolean; subgraphUrlOverrides?: Record<string, string>; events?: EventsConfig } = {},
  ): Promise<Stack> {
    const internalSecret = randomBytes(32).toString('hex');
    const internalTokens = new InternalTokens(internalSecret);
    const peerUrls: Record<string, string> = {};
    const entries = await Promise.all(
      SUBGRAPHS.map(async (definition) => {
        const scratch = await scratchDatabase(definition.name);
        const subgraph = await openSubgraph(definition as never, {
          databaseUrl: scratch.url,
          internalTokens,
          serviceCredentials: new SecretServiceCredentials(definition.name, internalSecret),
          peers: peerUrls,
          peerTimeoutMs: options.peerTimeoutMs,
        });
        const server = await serveSubgraph(subgraph, { port: 0 });
        return [definition.name, { subgraph, server, drop: scratch.drop }] as const;
      }),
    );
    for (const [name, running] of entries) peerUrls[name] = running.server.url;
    // Events only when asked: the relays' polling would otherwise run in every suite.
    if (options.events) for (const [, running] of entries) (running as RunningSubgraph).events = await startEvents(running.subgraph, options.events);
    const subgraphs = Object.fromEntries(entries) as Record<SubgraphName, RunningSubgraph>;
    const tokenSettings: TokenSettings = { secret: randomBytes(32).toString('hex'), issuer: 'test-issuer', audience: 'customer-area-api' };
    const gateway = await startGateway(
      {
        supergraphSdl: readFileSync(join(__dirname, '..', '..', 'schema', 'supergraph.graphql'), 'utf8'),
        subgraphUrls: { ...Object.fromEntries(entries.map(([name, running]) => [name, running.server.url])), ...options.subgraphUrlOverrides },
        verifyToken: createTokenVerifier(tokenSettings),
        internalSecret,
        subgraphTimeoutMs: options.subgraphTimeoutMs ?? 5000,
        production: options.production ?? false,
      },
      0,
    );
    return new Stack(gateway, subgraphs, tokenSettings, internalTokens, peerUrls);
  }

  /** Writes a generated account into every subgraph's database. */
  async seed(fixture: AccountFixture): Promise<string> {
    for (const running of Object.values(this.subgraphs)) await running.subgraph.definition.seedAccount(running.subgraph.dataSource, fixture);
    return fixtureIds.account(fixture);
  }

  customerToken(accountId: string): Promise<string> {
    return mintToken(this.tokenSettings, { subject: `user-of-${accountId}`, role: 'CUSTOMER', accountId });
  }

  staffToken(): Promise<string> {
    return mintToken(this.tokenSettings, { subject: 'staff-1', role: 'STAFF', accountId: null });
  }

  token(caller: Caller): Promise<string> {
    return mintToken(this.tokenSettings, caller);
  }

  request<T = any>(token: string | null, query: string, variables?: Record<string, unknown>, headers: Record<string, string> = {}): Promise<GraphQLResult<T>> {
    return postGraphQL<T>(this.gateway.url, { query, variables }, { ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers });
  }

  /** Calls a subgraph directly, as the gateway would for `caller` (or with no credential at all). */
  async requestSubgraph<T = any>(name: SubgraphName, caller: Caller | null, query: string, variables?: Record<string, unknown>): Promise<GraphQLResult<T>> {
    const headers: Record<string, string> = caller ? { authorization: `Bearer ${await this.internalTokens.sign(caller, name)}` } : {};
    return postGraphQL<T>(this.subgraphs[name].server.url, { query, variables }, headers);
  }

  /** SQL statements each subgraph ran while `work` ran. */
  async countStatements(work: () => Promise<unknown>): Promise<Record<SubgraphName, number>> {
    const running = Object.entries(this.subgraphs) as [SubgraphName, RunningSubgraph][];
    for (const [, r] of running) r.subgraph.counter.reset();
    await work();
    return Object.fromEntries(running.map(([name, r]) => [name, r.subgraph.counter.count])) as Record<SubgraphName, number>;
  }

  async close(): Promise<void> {
    await this.gateway.close();
    for (const running of Object.values(this.subgraphs)) await running.events?.close();
    for (const running of Object.values(this.subgraphs)) {
      await running.server.close();
      await running.subgraph.dispose();
      await running.drop();
    }
  }
}

export async function postGraphQL<T = any>(url: string, body: unknown, headers: Record<string, string> = {}): Promise<GraphQLResult<T>> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: typeof body === 'string' ? body : JSON.stringify(body) });
  const text = await response.text();
  let parsed: GraphQLResult<T>['body'];
  try {
    parsed = JSON.parse(text);
  } catch {
    parsed = { errors: [{ message: `non-JSON response: ${text.slice(0, 200)}` }] };
  }
  return { status: response.status, body: parsed };
}

let counter = 0;
/** A fixture with a key and number block of its own, so fixtures never collide within a file. */
export function makeFixture(sizes: Partial<Pick<AccountFixture, 'extensions' | 'numbers' | 'identities'>> = {}, name = 'Test Co'): AccountFixture {
  counter += 1;
  return {
    key: `${name.toLowerCase().replace(/\W+/g, '-')}-${process.pid}-${counter}`,
    name: `${name} ${counter}`,
    countryCode: 'FR',
    numberBlock: counter,
    extensions: sizes.extensions ?? 5,
    numbers: sizes.numbers ?? 20,
    identities: sizes.identities ?? 2,
  };
}
