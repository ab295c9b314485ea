import type { EventContract } from './contract';

/** Every event billing produces; a new one is declared with `defineEvent` and added here (and nowhere else). */
export const BILLING_EVENTS: EventContract<any>[] = [];
