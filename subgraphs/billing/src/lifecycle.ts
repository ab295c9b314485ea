/**
 * A lifecycle as data: a transitions table (state, event, next state) and one pure function that
 * applies it. An event the table does not allow in a state is refused, never silently written.
 */
export type TransitionsTable<State extends string, Event extends string> = readonly { from: State; event: Event; to: State }[];

export type TransitionResult<State> = { ok: true; to: State } | { ok: false; reason: string };

export function applyTransition<State extends string, Event extends string>(
  table: TransitionsTable<State, Event>,
  from: State,
  event: Event,
): TransitionResult<State> {
  const row = table.find((t) => t.from === from && t.event === event);
  return row ? { ok: true, to: row.to } : { ok: false, reason: `${event} is not allowed in state ${from}` };
}
