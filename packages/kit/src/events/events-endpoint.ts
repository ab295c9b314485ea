import express, { type RequestHandler } from 'express';
import type { EventEnvelope } from '../../../events/src';
import { log } from '../log';
import type { ServiceCredentials } from '../keys';
import { serviceEndpoint, type ServiceAccessList } from '../service-access';
import { isAcknowledged, type EventInbox } from './event-inbox';
import { EVENTS_PATH } from './http-event-transport';

const EVENT_BODY_LIMIT = '256kb';

/** Just enough shape to reach the inbox; payloads are checked by the handlers' contracts. */
function isEnvelope(value: any): value is EventEnvelope {
  return (
    value &&
    typeof value.id === 'string' &&
    typeof value.type === 'string' &&
    typeof value.producer === 'string' &&
    typeof value.aggregateType === 'string' &&
    typeof value.aggregateId === 'string' &&
    Number.isInteger(value.aggregateVersion) &&
    value.aggregateVersion > 0 &&
    typeof value.payload === 'object' &&
    value.payload !== null
  );
}

/**
 * POST /events, the HTTP transport's receiving end: only a service credential addressed to this
 * subgraph gets in (a caller credential never does), and a producer may only send its own events.
 * 200 tells the producer to stop (applied, duplicate, older, parked); 503 to retry later.
 */
export function eventsEndpoint(inbox: EventInbox, credentials: ServiceCredentials, access: ServiceAccessList): RequestHandler[] {
  return [
    // A service credential of a peer that `serviceAccess` lets call /events (sets res.locals.service).
    serviceEndpoint(credentials, access, EVENTS_PATH),
    express.json({ limit: EVENT_BODY_LIMIT }),
    async (req, res) => {
      const envelope = req.body;
      if (!isEnvelope(envelope)) {
        res.status(400).json({ error: 'Not an event envelope.' });
        return;
      }
      if (envelope.producer !== res.locals.service) {
        res.status(403).json({ error: 'A subgraph may only send its own events.' });
        return;
      }
      try {
        const { outcome, error } = await inbox.receive(envelope);
        res.status(isAcknowledged(outcome) ? 200 : 503).json({ outcome, ...(error ? { error } : {}) });
      } catch (error) {
        log({ level: 'error', msg: 'event receive failed', eventId: envelope.id, error: String(error) });
        res.status(503).json({ outcome: 'failed' });
      }
    },
  ];
}
