/**
 * The shape of every event between subgraphs, and how one is declared. Types and declarations
 * only: no domain code, no I/O. Producers and consumers import the same contract object, so a
 * payload field cannot be renamed on one side only.
 */

/** A subgraph that produces or consumes events. */
export type SubgraphName = 'billing' | 'telephony' | 'numbering' | 'compliance';

/** Payload values are ids and facts (never personal documents): plain JSON scalars. */
export type PayloadValue = string | number | boolean | null;
export type EventPayload = Record<string, PayloadValue>;

/** One event as it travels: in the outbox, on the wire (HTTP body or NATS message), in the inbox. */
export interface EventEnvelope<Payload extends EventPayload = EventPayload> {
  /** Unique id (UUID), also the NATS msgID and the consumers' inbox key. */
  id: string;
  /** `<producer>.<aggregate>.<what happened>`, for example `telephony.extension.created`. */
  type: string;
  producer: SubgraphName;
  /** The aggregate the event is about; its events are delivered in `aggregateVersion` order. */
  aggregateType: string;
  aggregateId: string;
  /** The aggregate's version after this change: 1, 2, 3... with no gaps. */
  aggregateVersion: number;
  accountId: string | null;
  payload: Payload;
  /** ISO 8601, when the change was committed (producer's clock). */
  occurredAt: string;
}

/** One declared event type. `payload` describes every field, which also documents it in the README. */
export interface EventContract<Payload extends EventPayload = EventPayload> {
  type: string;
  producer: SubgraphName;
  aggregateType: string;
  /** Subgraphs that handle it (the HTTP transport delivers to these, NATS consumers filter on it). */
  consumers: readonly SubgraphName[];
  description: string;
  payload: { [K in keyof Payload]-?: string };
}

/**
 * Declares an event: `defineEvent<{ extensionId: string }>({ type: ..., payload: { extensionId: 'The extension.' } })`.
 * The type must start with the producer's name, which is also its NATS subject prefix.
 */
export function defineEvent<Payload extends EventPayload>(contract: EventContract<Payload>): EventContract<Payload> {
  if (!contract.type.startsWith(`${contract.producer}.`) || !/^[a-z]+(\.[a-z][a-z-]*){2,}$/.test(contract.type)) {
    throw new Error(`Event type "${contract.type}" must read <producer>.<aggregate>.<what happened>.`);
  }
  return contract;
}

export type PayloadOf<C> = C extends EventContract<infer P> ? P : never;
