import type { EventContract } from './contract';
import { BILLING_EVENTS } from './billing.events';
import { COMPLIANCE_EVENTS } from './compliance.events';
import { NUMBERING_EVENTS } from './numbering.events';
import { TELEPHONY_EVENTS } from './telephony.events';

export * from './contract';
export * from './telephony.events';
export * from './billing.events';
export * from './numbering.events';
export * from './compliance.events';

/** Every event of the system, by producer: the README's events table is generated from it. */
export const ALL_EVENTS: readonly EventContract<any>[] = [...BILLING_EVENTS, ...TELEPHONY_EVENTS, ...NUMBERING_EVENTS, ...COMPLIANCE_EVENTS];
