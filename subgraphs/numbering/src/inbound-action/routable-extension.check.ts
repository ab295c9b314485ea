import type { EntityManager } from 'typeorm';
import type { UserErrorValue } from '../../../../packages/kit/src';
import type { RouteFields } from './inbound-action.rules';

/**
 * THE place where "the extension exists in the account and is not removed" plugs in. It runs
 * inside the transaction that writes the route (an order's lines, or a number's new route), so
 * that, once it reads numbering's own copy of telephony's extension states (fed by telephony's
 * events; the events work adds that table), a concurrent removal cannot slip between the check
 * and the write: lock or read the extension's row in `tx`, refuse with EXTENSION_NOT_ROUTABLE on
 * `field` when it is missing, removed or of another account.
 *
 * Until that table exists this accepts every extension id, as numbering always did.
 */
export async function checkRoutableExtension(tx: EntityManager, accountId: string, route: RouteFields, field: string): Promise<UserErrorValue | null> {
  void tx;
  void accountId;
  void route;
  void field;
  return null;
}
