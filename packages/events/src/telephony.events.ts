import { defineEvent } from './contract';

/** What numbering needs to know of an extension to route numbers to it: its state and number. */
type ExtensionFacts = {
  extensionId: string;
  number: string;
  /** ACTIVE or SUSPENDED while it exists; REMOVED once removed. */
  state: string;
};

export const extensionCreated = defineEvent<ExtensionFacts>({
  type: 'telephony.extension.created',
  producer: 'telephony',
  aggregateType: 'extension',
  consumers: ['numbering'],
  description: 'An extension was created (version 1).',
  payload: { extensionId: 'The extension id.', number: 'Its internal number, e.g. "950".', state: '`ACTIVE`.' },
});

export const extensionChanged = defineEvent<ExtensionFacts>({
  type: 'telephony.extension.changed',
  producer: 'telephony',
  aggregateType: 'extension',
  consumers: ['numbering'],
  description: 'An extension changed (any field; the payload carries the facts consumers keep).',
  payload: { extensionId: 'The extension id.', number: 'Its internal number after the change.', state: 'Its state after the change.' },
});

export const extensionRemoved = defineEvent<ExtensionFacts>({
  type: 'telephony.extension.removed',
  producer: 'telephony',
  aggregateType: 'extension',
  consumers: ['numbering'],
  description: 'An extension was removed; its number is free again. Numbers still routed to it must not ring it.',
  payload: { extensionId: 'The extension id.', number: 'The number it had.', state: '`REMOVED`.' },
});

/** Every event telephony produces; a new one is added here (and nowhere else). */
export const TELEPHONY_EVENTS = [extensionCreated, extensionChanged, extensionRemoved];
