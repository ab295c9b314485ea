import {
  argsLoader,
  canAccessAccount,
  createPeerClient,
  loadPages,
  rowLoader,
  type BaseContext,
  type Page,
  type PageArgs,
  type PeerSettings,
} from '../../../packages/kit/src';
import { In, type DataSource } from 'typeorm';
import { applyExtensionCriteria, type ExtensionCriteria } from './extension/extension-filter';
import { Extension } from './extension/extension.entity';
import { ExtensionService } from './extension/extension.service';
import { createTelephonyPeers, type TelephonyPeers } from './external/peers';

export interface ExtensionPageKey {
  accountId: string;
  page: PageArgs;
  criteria: ExtensionCriteria | null;
}

/** Per-request loaders: every read that reaches another row goes through one of them. */
export function createTelephonyLoaders(db: DataSource, base: BaseContext) {
  const extensions = db.getRepository(Extension);
  return {
    /** Extensions the caller may see; a foreign id loads as null, like a missing one. */
    extension: rowLoader(
      async (ids) => (await extensions.findBy({ id: In([...ids]) })).filter((e) => canAccessAccount(base.caller, e.accountId)),
      (extension) => extension.id,
    ),
    /** One page per account; accounts asking for the same page and filter share the statements. */
    extensionPage: argsLoader<ExtensionPageKey, Page<Extension>>(
      (key) => JSON.stringify({ page: key.page, criteria: key.criteria }),
      async (keys) => {
        const { page, criteria } = keys[0]!;
        const pages = await loadPages({
          repository: extensions,
          parent: 'accountId',
          sort: 'number',
          parentIds: keys.map((k) => k.accountId),
          page,
          filter: (query) => applyExtensionCriteria(query, criteria),
        });
        return new Map(keys.map((key) => [key, pages.get(key.accountId)!]));
      },
    ),
  };
}

export interface TelephonyContext extends BaseContext {
  db: DataSource;
  loaders: ReturnType<typeof createTelephonyLoaders>;
  peers: TelephonyPeers;
  extensions: ExtensionService;
}

export function createTelephonyContext(db: DataSource, base: BaseContext, peerSettings: PeerSettings): TelephonyContext {
  const peers = createTelephonyPeers(createPeerClient(peerSettings, base));
  return { ...base, db, loaders: createTelephonyLoaders(db, base), peers, extensions: new ExtensionService({ db, caller: base.caller, peers }) };
}
