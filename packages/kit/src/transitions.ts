/**
 * A lifecycle as data: a transitions table (state or states, event, next state) and one pure
 * function that applies it. An event the table does not allow in a state is refused, never
 * silently written. Every aggregate's lifecycle (payments, plan changes, quotes, identities,
 * documents, number orders) is a table of this shape, walked by a unit test beside it.
 */
export interface Transition<State extends string, Event extends string> {
  from: State | readonly State[];
  event: Event;
  to: State;
}

export type TransitionsTable<State extends string, Event extends string> = readonly Transition<State, Event>[];

export type TransitionResult<State> = { ok: true; to: State } | { ok: false; reason: string };

export function applyTransition<State extends string, Event extends string>(
  table: TransitionsTable<State, Event>,
  from: State,
  event: Event,
): TransitionResult<State> {
  const allows = (t: Transition<State, Event>) => (typeof t.from === 'string' ? t.from === from : t.from.includes(from));
  const row = table.find((t) => t.event === event && allows(t));
  return row ? { ok: true, to: row.to } : { ok: false, reason: `${event} is not allowed in state ${from}` };
}
