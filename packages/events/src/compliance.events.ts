import type { EventContract } from './contract';

/** Every event compliance produces; a new one is declared with `defineEvent` and added here (and nowhere else). */
export const COMPLIANCE_EVENTS: EventContract<any>[] = [];
