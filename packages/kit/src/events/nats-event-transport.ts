import {
  AckPolicy,
  DeliverPolicy,
  jetstream,
  jetstreamManager,
  RetentionPolicy,
  StorageType,
  type ConsumerMessages,
  type JetStreamClient,
  type JetStreamManager,
} from '@nats-io/jetstream';
import { connect } from '@nats-io/transport-node';

type NatsConnection = Awaited<ReturnType<typeof connect>>;
import type { EventEnvelope } from '../../../events/src';
import { backgroundWork } from '../database';
import { log } from '../log';
import { backoffMs, DEFAULT_BACKOFF, type BackoffSettings } from './backoff';
import type { EventInbox } from './event-inbox';
import { errorText, type EventTransport, type RelayedEvent, type SendResult } from './event-transport';

export const EVENT_STREAM = 'EVENTS';
/** `events.<type>`: the type starts with the producer, so subjects are per producer and type (`events.telephony.extension.created`). */
export const subjectOf = (type: string) => `events.${type}`;

const nanos = (ms: number) => ms * 1_000_000;
const DAY_MS = 24 * 60 * 60 * 1000;

export interface NatsTransportOptions {
  url: string;
  /** This subgraph: the durable consumer's name, shared by its replicas. */
  subgraph: string;
  /** How long the stream keeps events: the longest a consumer may be down and still catch up. */
  maxAgeMs?: number;
  /** How long a consumer may take with a message before it is redelivered. */
  ackWaitMs?: number;
  /** Redelivery delay after a failure (exponential with jitter on the delivery count). */
  backoff?: BackoffSettings;
  publishTimeoutMs?: number;
}

/** Stream retention: 7 days, so a consumer down for a day (or a weekend) catches up. */
export const DEFAULT_STREAM_MAX_AGE_MS = 7 * DAY_MS;

/**
 * NATS JetStream: one stream (`EVENTS`, limits retention, `max_age` 7 days, file storage) for every
 * producer; publishing with `msgID` = event id, so a re-publish after a crash is de-duplicated by
 * the server within its window, and reported done only after the stream's ack. Each consuming
 * subgraph has one durable pull consumer (its name), shared by its replicas: explicit acks,
 * unlimited redelivery (`max_deliver` -1), and the inbox reads the delivery count to park poison events.
 * Stream and consumer are created or updated at start, so starting twice changes nothing.
 */
export class NatsEventTransport implements EventTransport {
  readonly kind = 'nats';
  private messages: ConsumerMessages | null = null;
  private consuming: Promise<void> | null = null;

  private constructor(
    private readonly nc: NatsConnection,
    private readonly js: JetStreamClient,
    private readonly jsm: JetStreamManager,
    private readonly options: NatsTransportOptions,
  ) {}

  static async connect(options: NatsTransportOptions): Promise<NatsEventTransport> {
    const servers = options.url.replace(/^nats:\/\//, '');
    // Reconnect forever: a NATS restart must not stop the subgraph; publishes fail meanwhile and are retried.
    const nc = await connect({ servers, name: options.subgraph, maxReconnectAttempts: -1, reconnectTimeWait: 250 });
    const jsm = await jetstreamManager(nc);
    const transport = new NatsEventTransport(nc, jetstream(nc, { timeout: options.publishTimeoutMs ?? 5000 }), jsm, options);
    await transport.ensureStream();
    return transport;
  }

  private async ensureStream(): Promise<void> {
    const config = {
      subjects: ['events.>'],
      retention: RetentionPolicy.Limits,
      storage: StorageType.File,
      max_age: nanos(this.options.maxAgeMs ?? DEFAULT_STREAM_MAX_AGE_MS),
      duplicate_window: nanos(2 * 60 * 1000),
    };
    try {
      await this.jsm.streams.info(EVENT_STREAM);
      await this.jsm.streams.update(EVENT_STREAM, config);
    } catch (error) {
      if (!/not found/i.test(errorText(error))) throw error;
      try {
        await this.jsm.streams.add({ name: EVENT_STREAM, ...config });
      } catch (raced) {
        // Another replica created it at the same moment.
        if (!/already in use/i.test(errorText(raced))) throw raced;
      }
    }
  }

  async send(event: RelayedEvent): Promise<SendResult> {
    try {
      await this.js.publish(subjectOf(event.envelope.type), event.json, { msgID: event.envelope.id });
      return { done: true, deliveredTo: [] };
    } catch (error) {
      return { done: false, deliveredTo: [], error: `nats: ${errorText(error)}` };
    }
  }

  async subscribe(inbox: EventInbox): Promise<void> {
    if (!inbox.types.length) return;
    const subjects = inbox.types.map(subjectOf);
    const durable = this.options.subgraph;
    const config = {
      durable_name: durable,
      ack_policy: AckPolicy.Explicit,
      deliver_policy: DeliverPolicy.All,
      max_deliver: -1,
      ack_wait: nanos(this.options.ackWaitMs ?? 30_000),
      ...this.filter(subjects),
    };
    try {
      await this.jsm.consumers.info(EVENT_STREAM, durable);
      const { durable_name: _name, deliver_policy: _policy, ...changeable } = config;
      await this.jsm.consumers.update(EVENT_STREAM, durable, changeable);
    } catch (error) {
      if (!/not found/i.test(errorText(error))) throw error;
      await this.jsm.consumers.add(EVENT_STREAM, config);
    }
    const consumer = await this.js.consumers.get(EVENT_STREAM, durable);
    this.messages = await consumer.consume({ max_messages: 64 });
    const messages = this.messages;
    const backoff = this.options.backoff ?? DEFAULT_BACKOFF;
    this.consuming = backgroundWork(async () => {
      for await (const message of messages) {
        try {
          const envelope = message.json<EventEnvelope>();
          const { outcome } = await inbox.receive(envelope, message.info.deliveryCount);
          if (['applied', 'duplicate', 'older', 'parked', 'ignored'].includes(outcome)) message.ack();
          else message.nak(backoffMs(message.info.deliveryCount, backoff));
        } catch (error) {
          log({ level: 'error', msg: 'event consume failed', error: errorText(error) });
          message.nak(backoffMs(message.info.deliveryCount, backoff));
        }
      }
    });
  }

  /**
   * NATS 2.10+ filters one consumer on several subjects; older servers take one, so the subjects'
   * common prefix is used there and events nobody handles are acknowledged without effect.
   */
  private filter(subjects: string[]): { filter_subjects: string[] } | { filter_subject: string } {
    const [major = 0, minor = 0] = (this.nc.info?.version ?? '0.0').split('.').map(Number);
    if (major > 2 || (major === 2 && minor >= 10)) return { filter_subjects: subjects };
    if (subjects.length === 1) return { filter_subject: subjects[0]! };
    const tokens = subjects.map((s) => s.split('.'));
    const common: string[] = [];
    for (let i = 0; tokens.every((t) => t[i] !== undefined && t[i] === tokens[0]![i]); i++) common.push(tokens[0]![i]!);
    return { filter_subject: `${common.join('.')}.>` };
  }

  async close(): Promise<void> {
    this.messages?.stop();
    await this.consuming;
    // Drain flushes pending acks; a server that is down would make it wait, so not for long.
    const drained = this.nc.drain().then(
      () => true,
      () => false,
    );
    if (!(await Promise.race([drained, new Promise<boolean>((r) => setTimeout(() => r(false), 2000).unref())]))) await this.nc.close();
  }
}
