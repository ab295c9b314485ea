import type { DataSource } from 'typeorm';
import type { EventContract } from '../../../events/src';
import type { Subgraph } from '../subgraph';
import type { BackoffSettings } from './backoff';
import type { EventHandler, EventInbox } from './event-inbox';
import { DEFAULT_RELAY_SETTINGS, EventRelay, type RelaySettings } from './event-relay';
import type { EventTransport } from './event-transport';
import { HttpEventTransport } from './http-event-transport';
import { NatsEventTransport } from './nats-event-transport';

/** What a subgraph declares about events, in its definition. */
export interface SubgraphEventsDefinition {
  publishes?: readonly EventContract<any>[];
  handlers?: readonly EventHandler[];
}

/** What staff fields read: the subgraph's database (outbox) and inbox. */
export interface EventsRuntime {
  db: DataSource;
  inbox: EventInbox;
}

export interface EventsConfig {
  /** `nats://host:4222` for NATS JetStream; empty or absent for HTTP delivery (the default). */
  eventsUrl?: string | null;
  relay?: Partial<RelaySettings>;
  /** HTTP transport: longest wait for one subscriber's answer. */
  httpTimeoutMs?: number;
  /** NATS: stream retention and consumer settings. */
  nats?: { maxAgeMs?: number; ackWaitMs?: number; backoff?: BackoffSettings };
}

export interface RunningEvents {
  transport: EventTransport;
  relay: EventRelay;
  /** Stops relaying and consuming and closes the NATS connection; the process stop path calls it. */
  close(): Promise<void>;
}

/**
 * Starts a subgraph's event machinery: the relay of its outbox, and (NATS) the durable consumer
 * that feeds its inbox; with HTTP, its /events endpoint (served with GraphQL) feeds the inbox.
 */
export async function startEvents(subgraph: Subgraph<any>, config: EventsConfig = {}): Promise<RunningEvents> {
  const publishes = subgraph.definition.events?.publishes ?? [];
  const transport: EventTransport = config.eventsUrl
    ? await NatsEventTransport.connect({ url: config.eventsUrl, subgraph: subgraph.name, ...config.nats })
    : new HttpEventTransport({ publishes, peerUrls: subgraph.peerUrls, credentials: subgraph.credentials.service, timeoutMs: config.httpTimeoutMs ?? 5000 });
  const relay = new EventRelay(subgraph.dataSource, transport, { ...DEFAULT_RELAY_SETTINGS, ...config.relay });
  try {
    await transport.subscribe(subgraph.inbox);
  } catch (error) {
    await transport.close();
    throw error;
  }
  relay.start();
  return {
    transport,
    relay,
    close: async () => {
      await relay.close();
      await transport.close();
    },
  };
}
