/**
 * A telephony process for the fault tests. MODE=replica: a second replica that only relays (until
 * SIGTERM, when it prints how many events it sent). Otherwise, for the SIGKILL test: commits extension events through its outbox, then
 * either stops there (MODE=committed: killed after commit, before any publish) or starts its relay
 * towards a subscriber that never answers (MODE=relaying: killed while publishing, its claims held
 * by leases). It prints one JSON line when it is at that point; the test then SIGKILLs it.
 */
import 'reflect-metadata';
import { extensionChanged, extensionCreated } from '../../../packages/events/src';
import { CallerCredentialVerifier, inTransaction, newId, openSubgraph, publishEvent, ServiceKeys, startEvents } from '../../../packages/kit/src';
import { telephony } from '../../../subgraphs/telephony/src/subgraph';

async function main() {
  const env = process.env as Record<string, string>;
  const subgraph = await openSubgraph(telephony, {
    databaseUrl: env.DATABASE_URL!,
    // Its own service key (it signs what it relays); it serves no caller.
    credentials: {
      callers: new CallerCredentialVerifier({ keys: [] }, 'telephony'),
      service: new ServiceKeys({ self: 'telephony', signingKey: JSON.parse(env.SERVICE_SIGNING_KEY!), trusted: {} }),
    },
    peers: { numbering: env.NUMBERING_URL! },
  });
  if (env.MODE === 'replica') {
    const events = await startEvents(subgraph, {
      eventsUrl: env.EVENTS_URL || null,
      relay: { pollMs: 10, batchSize: 3, leaseMs: 5000, backoff: { baseMs: 50, maxMs: 500 } },
    });
    process.once('SIGTERM', async () => {
      await events.close();
      process.stdout.write(`${JSON.stringify({ sent: events.relay.sent })}\n`);
      process.exit(0);
    });
    process.stdout.write('ready\n');
    setInterval(() => undefined, 60_000);
    return;
  }
  const aggregates = [newId(), newId(), newId()];
  const ids: string[] = [];
  for (let version = 1; version <= 3; version++) {
    for (const aggregateId of aggregates) {
      await inTransaction(subgraph.dataSource, async (tx) => {
        const event = await publishEvent(tx, version === 1 ? extensionCreated : extensionChanged, {
          aggregateId,
          aggregateVersion: version,
          accountId: '00000000-0000-4000-8000-00000000e7e7',
          payload: { extensionId: aggregateId, number: `7${version}${aggregates.indexOf(aggregateId)}`, state: 'ACTIVE' },
        });
        ids.push(event.id);
      });
    }
  }
  if (env.MODE === 'relaying') {
    await startEvents(subgraph, { httpTimeoutMs: 600_000, relay: { pollMs: 50, leaseMs: Number(env.LEASE_MS) } });
    for (;;) {
      const [row] = await subgraph.dataSource.query('SELECT COUNT(*) AS n FROM outbox_events WHERE lease_owner IS NOT NULL');
      if (Number(row.n) > 0) break;
      await new Promise((r) => setTimeout(r, 20));
    }
  }
  process.stdout.write(`${JSON.stringify({ aggregates, ids })}\n`);
  setInterval(() => undefined, 60_000);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
