import { registerEnumType } from 'type-graphql';
import type { TransitionsTable } from '../../../../packages/kit/src';

export enum QuoteState {
  OPEN = 'OPEN',
  EXPIRED = 'EXPIRED',
  SUPERSEDED = 'SUPERSEDED',
  ACCEPTED = 'ACCEPTED',
}
registerEnumType(QuoteState, {
  name: 'QuoteState',
  description: 'Whether a quote can still be checked out.',
  valuesConfig: {
    OPEN: { description: 'Can be checked out until `expiresAt`.' },
    EXPIRED: { description: 'Its time ran out (or its billing period ended): ask for a fresh quote.' },
    SUPERSEDED: { description: 'Its plan change changed since it was made: ask for a fresh quote.' },
    ACCEPTED: { description: 'Checked out: its amounts are what the payment charges.' },
  },
});

export type QuoteEvent = 'EXPIRE' | 'SUPERSEDE' | 'ACCEPT';

export const QUOTE_TRANSITIONS: TransitionsTable<QuoteState, QuoteEvent> = [
  { from: QuoteState.OPEN, event: 'EXPIRE', to: QuoteState.EXPIRED },
  { from: QuoteState.OPEN, event: 'SUPERSEDE', to: QuoteState.SUPERSEDED },
  { from: QuoteState.OPEN, event: 'ACCEPT', to: QuoteState.ACCEPTED },
];

/** How long a quote can be checked out after it was made; never past the end of its period. */
export const QUOTE_LIFETIME_MS = 60 * 60 * 1000;

/**
 * The state a stored quote is in at `now`: an OPEN quote whose time ran out reads EXPIRED, and
 * one whose plan change moved on (or is gone: `planChangeVersion` null) reads SUPERSEDED,
 * without anyone having to write that down.
 */
export function effectiveQuoteState(
  quote: { state: QuoteState; expiresAt: Date; planChangeVersion: number | null },
  planChangeVersion: number | null,
  now: Date,
): QuoteState {
  if (quote.state !== QuoteState.OPEN) return quote.state;
  if (now.getTime() >= quote.expiresAt.getTime()) return QuoteState.EXPIRED;
  // A number order's quote has no plan change: its order's lines never change after it is made.
  if (quote.planChangeVersion !== null && planChangeVersion !== quote.planChangeVersion) return QuoteState.SUPERSEDED;
  return QuoteState.OPEN;
}
