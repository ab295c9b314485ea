import type { EventContract } from './contract';

/** Every event numbering produces; a new one is declared with `defineEvent` and added here (and nowhere else). */
export const NUMBERING_EVENTS: EventContract<any>[] = [];
