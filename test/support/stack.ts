import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createTokenVerifier, type TokenSettings } from '../../gateway/src/auth';
import { startGateway } from '../../gateway/src/gateway';
import { mintToken } from '../../gateway/src/tokens';
import { fixtureIds, openSubgraph, serveSubgraph, type AccountFixture, type Caller, type Listening, type Subgraph } from '../../packages/kit/src';
import { SUBGRAPHS, type SubgraphName } from '../../subgraphs/registry';
import { scratchDatabase } from './database';

export interface RunningSubgraph {
  subgraph: Subgraph<any>;
  server: Listening;
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
  ) {}

  static async start(options: { subgraphTimeoutMs?: number } = {}): Promise<Stack> {
    const entries = await Promise.all(
      SUBGRAPHS.map(async (definition) => {
        const scratch = await scratchDatabase(definition.name);
        const subgraph = await openSubgraph(definition as never, { databaseUrl: scratch.url });
        const server = await serveSubgraph(subgraph, 0);
        return [definition.name, { subgraph, server, drop: scratch.drop }] as const;
      }),
    );
    const subgraphs = Object.fromEntries(entries) as Record<SubgraphName, RunningSubgraph>;
    const tokenSettings: TokenSettings = { secret: randomBytes(32).toString('hex'), issuer: 'test-issuer', audience: 'customer-area-api' };
    const gateway = await startGateway(
      {
        supergraphSdl: readFileSync(join(__dirname, '..', '..', 'schema', 'supergraph.graphql'), 'utf8'),
        subgraphUrls: Object.fromEntries(entries.map(([name, running]) => [name, running.server.url])),
        verifyToken: createTokenVerifier(tokenSettings),
        subgraphTimeoutMs: options.subgraphTimeoutMs ?? 5000,
        production: false,
      },
      0,
    );
    return new Stack(gateway, subgraphs, tokenSettings);
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

  async request<T = any>(token: string | null, query: string, variables?: Record<string, unknown>, headers: Record<string, string> = {}): Promise<GraphQLResult<T>> {
    const response = await fetch(this.gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers },
      body: JSON.stringify({ query, variables }),
    });
    return { status: response.status, body: (await response.json()) as GraphQLResult<T>['body'] };
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
    for (const running of Object.values(this.subgraphs)) {
      await running.server.close();
      await running.subgraph.dispose();
      await running.drop();
    }
  }
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
