import type { EntityManager } from 'typeorm';
import { userError, type UserErrorValue } from '../../../../packages/kit/src';
import { ExtensionStateRow } from '../extension-state/extension-state.entity';
import { extensionStates } from '../extension-state/extension-state.service';
import { RoutedExtensionState } from '../extension-state/extension-state.entity';
import type { RouteFields } from './inbound-action.rules';

/**
 * THE place where "the extension exists in the account and is not removed" is decided, inside the
 * transaction that writes the route (an order's lines, or a number's new route), from numbering's
 * own copy of telephony's extension states (fed by telephony's events).
 *
 * Against a concurrent removal: on MySQL/MariaDB the extension's row is read with a shared lock
 * (LOCK IN SHARE MODE), so the removal event's handler, which updates that row, waits for this
 * write to commit and the route is then seen as REMOVED (numbers routed to a removed extension
 * show it); a removal committed first is seen here and refused. SQLite runs one write
 * transaction at a time, so the read inside it is already serialized with the handler's write.
 */
export async function checkRoutableExtension(tx: EntityManager, accountId: string, route: RouteFields, field: string): Promise<UserErrorValue | null> {
  const extensionId = route.routeExtensionId;
  if (!extensionId) return null;
  if (tx.connection.options.type !== 'better-sqlite3') {
    await tx.getRepository(ExtensionStateRow).createQueryBuilder('e').setLock('pessimistic_read').where('e.extension_id = :id', { id: extensionId }).getOne();
  }
  const state = await extensionStates.routeTargetState(tx, accountId, extensionId);
  if (state === RoutedExtensionState.ACTIVE) return null;
  const why = state === RoutedExtensionState.REMOVED ? 'was removed' : 'does not exist in the account';
  return userError('EXTENSION_NOT_ROUTABLE', `Extension ${extensionId} ${why}; choose an extension of the account.`, field);
}
