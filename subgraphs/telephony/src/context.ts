import { argsLoader, canAccessAccount, loadPages, rowLoader, type BaseContext, type Page, type PageArgs } from '../../../packages/kit/src';
import { In, type DataSource } from 'typeorm';
import { Extension } from './extension/extension.entity';

export interface ExtensionPageKey {
  accountId: string;
  page: PageArgs;
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
    extensionPage: argsLoader<ExtensionPageKey, Page<Extension>>(
      (key) => JSON.stringify(key.page),
      async (keys) => {
        const pages = await loadPages({ repository: extensions, parent: 'accountId', sort: 'number', parentIds: keys.map((k) => k.accountId), page: keys[0]!.page });
        return new Map(keys.map((key) => [key, pages.get(key.accountId)!]));
      },
    ),
  };
}

export interface TelephonyContext extends BaseContext {
  db: DataSource;
  loaders: ReturnType<typeof createTelephonyLoaders>;
}
