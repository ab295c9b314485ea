import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createTokenVerifier, type TokenSettings } from '../../gateway/src/auth';
import { credentialAudience } from '../../gateway/src/credential-audience';
import { startGateway, type GatewayOptions, type RunningGateway } from '../../gateway/src/gateway';
import { mintToken } from '../../gateway/src/tokens';
import {
  callerFor,
  CallerCredentialSigner,
  fixtureIds,
  openSubgraph,
  serveSubgraph,
  startEvents,
  type AccountFixture,
  type BudgetOptions,
  type Caller,
  type EventsConfig,
  type KeyPair,
  type Listening,
  type RunningEvents,
  type Subgraph,
  type SubgraphDefinition,
  type StaffRole,
  type TokenIdentity,
} from '../../packages/kit/src';
import type { UploadLimits } from '../../gateway/src/uploads';
import type { TrustedDocuments } from '../../gateway/src/trusted-documents';
import { SUBGRAPHS, type SubgraphName } from '../../subgraphs/registry';

/** Which peers each subgraph calls, from the definitions themselves (the gateway keeps its own copy, checked equal). */
const SUBGRAPH_PEERS = Object.fromEntries(SUBGRAPHS.map((s) => [s.name, Object.keys(s.peers ?? {})]));
import { scratchDatabase } from './database';
import { TestKeys } from './keys';

export interface RunningSubgraph {
  subgraph: Subgraph<any>;
  server: Listening;
  /** Its scratch database, for a child process serving the same data. */
  databaseUrl: string;
  /** The relay (and NATS consumer) when the stack was started with `events`. */
  events?: RunningEvents;
  drop(): Promise<void>;
}

/** Gateway settings a test may set (rate limits, CORS, the public route table, grace period). */
export type GatewayExtras = Partial<Pick<GatewayOptions, 'rateLimit' | 'corsOrigins' | 'publicRoutes' | 'shutdownGraceMs'>>;

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
    readonly gateway: RunningGateway,
    readonly subgraphs: Record<SubgraphName, RunningSubgraph>,
    readonly tokenSettings: TokenSettings,
    /** The run's key pairs: the gateway's (subgraphs hold its public half only) and each subgraph's own. */
    readonly keys: TestKeys,
    /**
     * Where each subgraph finds its peers (name to URL). Filled in once every server listens on
     * its port-0 address; a test may point a peer elsewhere (a dead port) and restore it.
     */
    readonly peerUrls: Record<string, string>,
    /** What the gateway was started with, for tests that start another gateway (a replica, a child process). */
    readonly gatewayOptions: GatewayOptions,
  ) {}

  static async start(
    options: {
      subgraphTimeoutMs?: number;
      peerTimeoutMs?: number;
      production?: boolean;
      subgraphUrlOverrides?: Record<string, string>;
      gateway?: GatewayExtras;
      /** A subgraph's definition replaced (a test public route, compliance on a test storage, billing with a test clock), by name. */
      definitions?: Partial<Record<SubgraphName, SubgraphDefinition<any>>>;
      linkSecret?: string;
      uploads?: UploadLimits;
      budget?: BudgetOptions;
      trustedDocuments?: TrustedDocuments;
      /** Starts each subgraph's relay (and NATS consumer) with these settings. */
      events?: EventsConfig;
    } = {},
  ): Promise<Stack> {
    const keys = new TestKeys();
    const peerUrls: Record<string, string> = {};
    const entries = await Promise.all(
      SUBGRAPHS.map(async (registered) => {
        const definition = options.definitions?.[registered.name] ?? registered;
        const scratch = await scratchDatabase(definition.name);
        const credentials = keys.credentialsFor(definition);
        const subgraph = await openSubgraph(definition as never, {
          databaseUrl: scratch.url,
          credentials,
          peers: peerUrls,
          peerTimeoutMs: options.peerTimeoutMs,
          linkSecret: options.linkSecret,
        });
        const server = await serveSubgraph(subgraph, { port: 0, budget: options.budget });
        return [registered.name, { subgraph, server, databaseUrl: scratch.url, drop: scratch.drop }] as const;
      }),
    );
    for (const [name, running] of entries) peerUrls[name] = running.server.url;
    // Events only when asked: the relays' polling would otherwise run in every suite.
    if (options.events) for (const [, running] of entries) (running as RunningSubgraph).events = await startEvents(running.subgraph, options.events);
    const subgraphs = Object.fromEntries(entries) as Record<SubgraphName, RunningSubgraph>;
    const tokenSettings: TokenSettings = { secret: randomBytes(32).toString('hex'), issuer: 'test-issuer', audience: 'customer-area-api' };
    const gatewayOptions: GatewayOptions = {
      supergraphSdl: readFileSync(SUPERGRAPH_PATH, 'utf8'),
      subgraphUrls: { ...Object.fromEntries(entries.map(([name, running]) => [name, running.server.url])), ...options.subgraphUrlOverrides },
      verifyToken: createTokenVerifier(tokenSettings),
      signingKey: keys.gateway.privateJwk,
      subgraphPeers: SUBGRAPH_PEERS,
      subgraphTimeoutMs: options.subgraphTimeoutMs ?? 5000,
      production: options.production ?? false,
      uploads: options.uploads,
      trustedDocuments: options.trustedDocuments,
      ...options.gateway,
    };
    const gateway = await startGateway(gatewayOptions, 0);
    return new Stack(gateway, subgraphs, tokenSettings, keys, peerUrls, gatewayOptions);
  }

  /** Writes a generated account into every subgraph's database. */
  async seed(fixture: AccountFixture): Promise<string> {
    for (const running of Object.values(this.subgraphs)) await running.subgraph.definition.seedAccount(running.subgraph.dataSource, fixture);
    return fixtureIds.account(fixture);
  }

  /** A token of the account's owner (today's customer tokens). */
  customerToken(accountId: string): Promise<string> {
    return mintToken(this.tokenSettings, { subject: `user-of-${accountId}`, role: 'CUSTOMER', accountId });
  }

  /** A staff token: support by default (today's staff tokens), or another row of the role table. */
  staffToken(staffRole?: StaffRole): Promise<string> {
    return mintToken(this.tokenSettings, { subject: staffRole ? `staff-${staffRole}-1` : 'staff-1', role: 'STAFF', accountId: null, staffRole });
  }

  /** A token for anyone: `accountRole` / `staffRole` pick the row of the role table (owner / support by default). */
  token(identity: TokenIdentity): Promise<string> {
    return mintToken(this.tokenSettings, identity);
  }

  request<T = any>(token: string | null, query: string, variables?: Record<string, unknown>, headers: Record<string, string> = {}): Promise<GraphQLResult<T>> {
    return postGraphQL<T>(this.gateway.url, { query, variables }, { ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers });
  }

  /**
   * Calls a subgraph directly, as the gateway would for this caller (or with no credential at all);
   * an identity without permissions gets its role table row, as the gateway would grant.
   */
  async requestSubgraph<T = any>(
    name: SubgraphName,
    who: Caller | TokenIdentity | null,
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<GraphQLResult<T>> {
    const headers: Record<string, string> = who ? { authorization: `Bearer ${await this.subgraphCredential(name, who)}` } : {};
    return postGraphQL<T>(this.subgraphs[name].server.url, { query, variables }, headers);
  }

  /** The gateway's key pair. */
  get gatewayKeys(): KeyPair {
    return this.keys.gateway;
  }

  /** Signs as the gateway, for tests that call a subgraph directly as the gateway would. */
  get callerCredentials(): CallerCredentialSigner {
    return this.keys.callerCredentials;
  }

  /** Each subgraph's own service key pair. */
  get serviceKeys(): Record<SubgraphName, KeyPair> {
    return Object.fromEntries(SUBGRAPHS.map((s) => [s.name, this.keys.service(s.name)])) as Record<SubgraphName, KeyPair>;
  }

  /** The caller credential the gateway would send subgraph `name` for this caller. */
  subgraphCredential(name: SubgraphName, who: Caller | TokenIdentity): Promise<string> {
    const caller = 'permissions' in who ? who : callerFor(who);
    return this.keys.callerCredential(caller, credentialAudience(name, SUBGRAPH_PEERS));
  }

  /** The key settings a child-process gateway of this stack needs (its environment). */
  gatewayKeyEnv(): Record<string, string> {
    return this.keys.gatewayEnv();
  }

  /** The key settings a child-process subgraph of this stack needs (its environment). */
  subgraphKeyEnv(name: SubgraphName): Record<string, string> {
    return this.keys.subgraphEnv(SUBGRAPHS.find((s) => s.name === name)!);
  }

  /** Signs a service credential of subgraph `from` for subgraph `to`, with `from`'s own key. */
  serviceCredential(from: SubgraphName, to: SubgraphName): Promise<string> {
    return this.keys.serviceCredential(from, to);
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
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await response.text();
  let parsed: GraphQLResult<T>['body'];
  try {
    parsed = JSON.parse(text);
  } catch {
    parsed = { errors: [{ message: `non-JSON response: ${text.slice(0, 200)}` }] };
  }
  return { status: response.status, body: parsed };
}

/** The committed supergraph, as a file (child-process gateways read it from SUPERGRAPH_PATH). */
export const SUPERGRAPH_PATH = join(__dirname, '..', '..', 'schema', 'supergraph.graphql');

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
