import DataLoader from 'dataloader';
import { In, type DataSource, type EntityManager } from 'typeorm';
import { ExtensionLifeState, ExtensionStateRow, RoutedExtensionState } from './extension-state.entity';

const routedState = (row: ExtensionStateRow | undefined, accountId: string): RoutedExtensionState =>
  !row || row.accountId !== accountId
    ? RoutedExtensionState.UNKNOWN
    : row.state === ExtensionLifeState.REMOVED
      ? RoutedExtensionState.REMOVED
      : RoutedExtensionState.ACTIVE;

/**
 * The extension states numbering keeps, for reads (a per-request loader) and for writes that
 * route a number to an extension (`routeTargetState` inside the write's transaction).
 */
export const extensionStates = {
  /** Per request: extension id to its row (or undefined), one query per batch. */
  loader(db: DataSource) {
    return new DataLoader<string, ExtensionStateRow | undefined>(async (ids) => {
      const rows = await db.getRepository(ExtensionStateRow).findBy({ extensionId: In([...ids]) });
      const byId = new Map(rows.map((row) => [row.extensionId, row]));
      return ids.map((id) => byId.get(id));
    });
  },

  /** The state of a route from `accountId`'s number to `extensionId`; another account's extension reads as UNKNOWN. */
  async routeTargetState(tx: EntityManager | DataSource, accountId: string, extensionId: string): Promise<RoutedExtensionState> {
    const row = await tx.getRepository(ExtensionStateRow).findOneBy({ extensionId });
    return routedState(row ?? undefined, accountId);
  },

  routedState,
};
