import type { EntityManager } from 'typeorm';
import { extensionChanged, extensionCreated, extensionRemoved, type EventEnvelope, type PayloadOf } from '../../../../packages/events/src';
import { on } from '../../../../packages/kit/src';
import { ExtensionLifeState, ExtensionStateRow } from './extension-state.entity';

type ExtensionEvent = EventEnvelope<PayloadOf<typeof extensionCreated>>;

/** Each event carries the facts numbering keeps, so every handler writes the same row (the inbox already put them in order). */
async function keepExtensionState(tx: EntityManager, event: ExtensionEvent, state: ExtensionLifeState): Promise<void> {
  await tx
    .getRepository(ExtensionStateRow)
    .upsert({ extensionId: event.payload.extensionId, accountId: event.accountId!, number: event.payload.number, state, version: event.aggregateVersion }, [
      'extensionId',
    ]);
}

export const onExtensionCreated = on(extensionCreated, (tx, event) => keepExtensionState(tx, event, ExtensionLifeState.ACTIVE));
export const onExtensionChanged = on(extensionChanged, (tx, event) => keepExtensionState(tx, event, ExtensionLifeState.ACTIVE));
export const onExtensionRemoved = on(extensionRemoved, (tx, event) => keepExtensionState(tx, event, ExtensionLifeState.REMOVED));

export const EXTENSION_STATE_HANDLERS = [onExtensionCreated, onExtensionChanged, onExtensionRemoved];
