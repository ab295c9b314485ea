import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ALL_EVENTS } from '../../packages/events/src';
import { eventsTable, withEventsTable } from '../../scripts/events-table';
import { SUBGRAPHS } from '../../subgraphs/registry';

describe('event contracts', () => {
  it("README's events table matches packages/events (run `npm run schema` after a change)", () => {
    const readme = readFileSync(join(__dirname, '..', '..', 'README.md'), 'utf8');
    expect(readme).toBe(withEventsTable(readme));
    expect(eventsTable()).toContain('`telephony.extension.removed` | telephony | numbering |');
  });

  it('each type is declared once', () => {
    const types = ALL_EVENTS.map((c) => c.type);
    expect(new Set(types).size).toBe(types.length);
  });

  it.each(SUBGRAPHS.map((s) => [s.name, s] as const))('%s publishes exactly its own contracts, and can reach every consumer', (name, definition) => {
    const publishes = definition.events?.publishes ?? [];
    expect(publishes.map((c) => c.type).sort()).toEqual(
      ALL_EVENTS.filter((c) => c.producer === name)
        .map((c) => c.type)
        .sort(),
    );
    // The HTTP transport finds each consumer's /events at its peer URL.
    for (const contract of publishes) for (const consumer of contract.consumers) expect(Object.keys(definition.peers ?? {})).toContain(consumer);
  });

  it.each(SUBGRAPHS.map((s) => [s.name, s] as const))('%s handles exactly the events that name it as a consumer', (name, definition) => {
    const handled = (definition.events?.handlers ?? []).map((h) => h.contract.type).sort();
    expect(handled).toEqual(
      ALL_EVENTS.filter((c) => (c.consumers as readonly string[]).includes(name))
        .map((c) => c.type)
        .sort(),
    );
  });
});
