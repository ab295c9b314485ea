import { ALL_EVENTS, type EventContract } from '../packages/events/src';

/**
 * The README's table of events, generated from the contracts in packages/events: `npm run schema`
 * writes it between the markers, and `npm run schema:check` and test/events/events-table.test.ts
 * fail when it drifts.
 */
export const EVENTS_TABLE_START = '<!-- events-table:start: generated from packages/events by `npm run schema`; do not edit -->';
export const EVENTS_TABLE_END = '<!-- events-table:end -->';

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

export function eventsTable(contracts: readonly EventContract<any>[] = ALL_EVENTS): string {
  const rows = contracts.map((c) => {
    const payload = Object.entries(c.payload as Record<string, string>)
      .map(([field, description]) => `\`${field}\`: ${description}`)
      .join('<br>');
    return `| \`${c.type}\` | ${c.producer} | ${c.consumers.join(', ')} | ${c.aggregateType} | ${cell(c.description)} | ${cell(payload)} |`;
  });
  return ['| type | producer | consumers | aggregate | meaning | payload |', '|---|---|---|---|---|---|', ...rows].join('\n');
}

/** `readme` with the generated table between the markers (which must be there). */
export function withEventsTable(readme: string): string {
  const start = readme.indexOf(EVENTS_TABLE_START);
  const end = readme.indexOf(EVENTS_TABLE_END);
  if (start < 0 || end < start) throw new Error('README.md lacks the events table markers.');
  return `${readme.slice(0, start + EVENTS_TABLE_START.length)}\n${eventsTable()}\n${readme.slice(end)}`;
}
