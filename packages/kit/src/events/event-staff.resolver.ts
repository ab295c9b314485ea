import { Arg, Ctx, Directive, Field, Float, ID, InputType, Int, Mutation, ObjectType, Query, Resolver, type ClassType } from 'type-graphql';
import { requirePermission } from '../caller';
import type { BaseContext } from '../subgraph';
import { MAX_LISTED_PARKED_EVENTS } from '../fixed-size-lists';
import { notFound, type UserErrorValue } from '../user-errors';
import { InboxEvent, InboxState } from './event-tables';
import { relayLag } from './event-relay';
import type { EventsRuntime } from './subgraph-events';

@Directive('@shareable')
@ObjectType({ description: 'An event a subgraph could not apply after its attempts, kept with its last error until staff retry it.' })
export class ParkedEvent {
  @Field(() => ID, { description: 'Event id (unique across the system).' })
  eventId!: string;

  @Field({ description: 'Event type, for example "telephony.extension.removed".' })
  type!: string;

  @Field({ description: 'Subgraph that published it.' })
  producer!: string;

  @Field({ description: 'Kind of aggregate the event is about, for example "extension".' })
  aggregateType!: string;

  @Field(() => ID, { description: 'Id of that aggregate.' })
  aggregateId!: string;

  @Field(() => Int, { description: "The aggregate's version after the event." })
  aggregateVersion!: number;

  @Field(() => Int, { description: 'Failed attempts so far.' })
  attempts!: number;

  @Field(() => String, { nullable: true, description: 'The last failure (handler error, or the version it waits for).' })
  lastError!: string | null;

  @Field({ description: 'The whole event as JSON (ids and facts only).' })
  envelope!: string;

  @Field({ description: 'When it was first received.' })
  receivedAt!: Date;
}

@Directive('@shareable')
@ObjectType({ description: 'Parked events of one subgraph, oldest first (at most `first` of them).' })
export class ParkedEvents {
  @Field(() => Int, { description: 'How many events are parked in all.' })
  totalCount!: number;

  @Field(() => [ParkedEvent], { description: 'The oldest parked events.' })
  events!: ParkedEvent[];
}

@Directive('@shareable')
@ObjectType({ description: "How far behind a subgraph's event delivery is: its outbox (what it publishes) and its inbox (what it consumes)." })
export class EventRelayLag {
  @Field(() => Int, { description: 'Events written but not yet published (HTTP: not acknowledged by every subscriber; NATS: not acknowledged by the stream).' })
  pendingEvents!: number;

  @Field(() => Int, { description: 'Of those, events that already failed at least once (waiting for their backoff).' })
  retryingEvents!: number;

  @Field(() => Float, { nullable: true, description: 'Age in seconds of the oldest unpublished event; null when none.' })
  oldestPendingSeconds!: number | null;

  @Field(() => Int, { description: 'Events received but failing, not yet parked.' })
  failingEvents!: number;

  @Field(() => Int, { description: 'Parked events waiting for staff.' })
  parkedEvents!: number;
}

@InputType({ description: 'The parked event to apply again.' })
export class RetryParkedEventInput {
  @Field(() => ID, { description: 'Event id, from the parked events field.' })
  eventId!: string;
}

const PARKED_LIMIT = MAX_LISTED_PARKED_EVENTS;

function runtime(ctx: BaseContext): EventsRuntime {
  if (!ctx.events) throw new Error('Events are not wired into this context.');
  return ctx.events;
}

const toParked = (row: InboxEvent): ParkedEvent => Object.assign(new ParkedEvent(), { ...row, receivedAt: new Date(row.receivedAt) });

/**
 * Each subgraph's staff fields on its own events, named after it since one root field cannot
 * gather four subgraphs' answers: `<name>ParkedEvents`, `<name>EventRelayLag` (staff:read) and
 * `retry<Name>ParkedEvent` (staff:write). `UserError` is the subgraph's own type.
 */
export function eventStaffResolvers(subgraph: string, UserError: ClassType): Function[] {
  const Name = subgraph[0]!.toUpperCase() + subgraph.slice(1);

  @Directive('@shareable')
  @ObjectType('RetryParkedEventPayload', { description: 'What became of a parked event staff retried.' })
  class RetryParkedEventPayload {
    @Field({ description: 'True when the event is now applied (or found obsolete: a later version was already applied).' })
    applied!: boolean;

    @Field(() => String, { nullable: true, description: 'The new failure when it is still parked.' })
    error!: string | null;

    @Field(() => [UserError], { description: 'NOT_FOUND when no parked event has this id; empty otherwise.' })
    userErrors!: UserErrorValue[];
  }

  @Resolver()
  class EventStaffResolver {
    @Query(() => ParkedEvents, {
      name: `${subgraph}ParkedEvents`,
      description: `Events the ${subgraph} subgraph parked after failing to apply them, oldest first. Needs staff:read.`,
    })
    async parkedEvents(
      @Arg('first', () => Int, { defaultValue: 20, description: `How many to return, 1 to ${PARKED_LIMIT}.` }) first: number,
      @Ctx() ctx: BaseContext,
    ): Promise<ParkedEvents> {
      requirePermission(ctx.caller, 'staff:read');
      const take = Math.min(Math.max(first, 1), PARKED_LIMIT);
      const [rows, totalCount] = await runtime(ctx)
        .db.getRepository(InboxEvent)
        .findAndCount({ where: { state: InboxState.PARKED }, order: { receivedAt: 'ASC' }, take });
      return { totalCount, events: rows.map(toParked) };
    }

    @Query(() => EventRelayLag, {
      name: `${subgraph}EventRelayLag`,
      description: `How far behind the ${subgraph} subgraph's event delivery is. Needs staff:read.`,
    })
    async relayLag(@Ctx() ctx: BaseContext): Promise<EventRelayLag> {
      requirePermission(ctx.caller, 'staff:read');
      const { db } = runtime(ctx);
      const [lag, failingEvents, parkedEvents] = await Promise.all([
        relayLag(db),
        db.getRepository(InboxEvent).countBy({ state: InboxState.FAILED }),
        db.getRepository(InboxEvent).countBy({ state: InboxState.PARKED }),
      ]);
      return {
        pendingEvents: lag.pending,
        retryingEvents: lag.retrying,
        oldestPendingSeconds: lag.oldestPendingAt === null ? null : Math.max(0, (Date.now() - lag.oldestPendingAt) / 1000),
        failingEvents,
        parkedEvents,
      };
    }

    @Mutation(() => RetryParkedEventPayload, {
      name: `retry${Name}ParkedEvent`,
      description: `Applies a parked event of the ${subgraph} subgraph again, now. Still failing, it stays parked with the new error. Needs staff:write.`,
    })
    async retryParkedEvent(
      @Arg('input', () => RetryParkedEventInput, { description: 'The parked event.' }) input: RetryParkedEventInput,
      @Ctx() ctx: BaseContext,
    ): Promise<RetryParkedEventPayload> {
      requirePermission(ctx.caller, 'staff:write');
      const result = await runtime(ctx).inbox.retryParked(input.eventId);
      if (!result.found) return { applied: false, error: null, userErrors: [notFound('parked event', 'eventId')] };
      return { applied: result.applied, error: result.error ?? null, userErrors: [] };
    }
  }

  return [EventStaffResolver];
}
