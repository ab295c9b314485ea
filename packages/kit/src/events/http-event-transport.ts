import type { EventContract } from '../../../events/src';
import type { ServiceCredentials } from '../keys';
import type { EventInbox } from './event-inbox';
import { errorText, type EventTransport, type RelayedEvent, type SendResult } from './event-transport';

export const EVENTS_PATH = '/events';

/** A subscriber's events endpoint: same origin as its GraphQL URL (the peer URLs of the configuration). */
export const eventsUrlOf = (graphqlUrl: string) => new URL(EVENTS_PATH, graphqlUrl).toString();

export interface HttpTransportOptions {
  /** The events this subgraph produces (their `consumers` are who gets each). */
  publishes: readonly EventContract<any>[];
  /** Subgraph name to GraphQL URL, read at send time (tests fill it in once servers listen). */
  peerUrls: Record<string, string>;
  credentials: ServiceCredentials;
  timeoutMs: number;
}

/**
 * The embedded default: POST each event to every subscribing subgraph's internal /events endpoint
 * with a service credential. Delivery state is kept per subscriber (the relay stores `deliveredTo`),
 * so a retry skips those that already acknowledged; the event is done when all have.
 */
export class HttpEventTransport implements EventTransport {
  readonly kind = 'http';
  private readonly consumers = new Map<string, readonly string[]>();

  constructor(private readonly options: HttpTransportOptions) {
    for (const contract of options.publishes) this.consumers.set(contract.type, contract.consumers);
  }

  async send(event: RelayedEvent): Promise<SendResult> {
    const subscribers = this.consumers.get(event.envelope.type) ?? [];
    const delivered = new Set(event.deliveredTo);
    const errors: string[] = [];
    await Promise.all(
      subscribers
        .filter((subscriber) => !delivered.has(subscriber))
        .map(async (subscriber) => {
          try {
            await this.post(subscriber, event.json);
            delivered.add(subscriber);
          } catch (error) {
            errors.push(`${subscriber}: ${errorText(error)}`);
          }
        }),
    );
    const deliveredTo = subscribers.filter((s) => delivered.has(s));
    return { done: errors.length === 0, deliveredTo, ...(errors.length ? { error: errors.join('; ') } : {}) };
  }

  private async post(subscriber: string, body: string): Promise<void> {
    const url = this.options.peerUrls[subscriber];
    if (!url) throw new Error(`no URL configured for ${subscriber}`);
    const response = await fetch(eventsUrlOf(url), {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${await this.options.credentials.sign(subscriber)}` },
      body,
      signal: AbortSignal.timeout(this.options.timeoutMs),
    });
    const text = await response.text();
    if (response.status !== 200) throw new Error(`HTTP ${response.status} ${text.slice(0, 300)}`);
  }

  /** Nothing to start: the /events endpoint hands incoming events to the inbox. */
  async subscribe(_inbox: EventInbox): Promise<void> {}

  async close(): Promise<void> {}
}
