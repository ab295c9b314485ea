import type { EventEnvelope } from '../../../events/src';
import type { EventInbox } from './event-inbox';

/** One outbox event handed to a transport by the relay. */
export interface RelayedEvent {
  envelope: EventEnvelope;
  /** The envelope exactly as stored (sent as is). */
  json: string;
  /** HTTP: subscribers that already acknowledged it on an earlier attempt. */
  deliveredTo: string[];
}

export interface SendResult {
  /** True once the event is safe: every subscriber (HTTP) or the broker (NATS) acknowledged it. */
  done: boolean;
  deliveredTo: string[];
  error?: string;
}

/**
 * How events leave a producer and reach consumers. Two implementations, chosen by configuration:
 * HTTP to each subscriber's /events endpoint (default), or NATS JetStream (EVENTS_URL=nats://...).
 */
export interface EventTransport {
  readonly kind: 'http' | 'nats';
  /** Sends one event; never throws (a failure is a result, retried by the relay with backoff). */
  send(event: RelayedEvent): Promise<SendResult>;
  /** Starts handing this subgraph's events to its inbox (NATS: the durable consumer; HTTP: the /events endpoint does it). */
  subscribe(inbox: EventInbox): Promise<void>;
  close(): Promise<void>;
}

export const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error)).slice(0, 1000);
