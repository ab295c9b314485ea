import { buildFederatedSchema, openDatabase, StatementCounter, type Subgraph } from '../../../packages/kit/src';
import { createTelephonyLoaders, type TelephonyContext } from './context';
import { Extension } from './extension/extension.entity';
import { accountReference, AccountExtensionsResolver, extensionReference, ExtensionResolver } from './extension/extension.resolver';
import { telephonyMigrations } from './migrations';

/** The tables telephony owns and the migrations that create them. */
export const telephonyDatabase = { entities: [Extension], migrations: telephonyMigrations };

/** Telephony: the extensions (users) of the phone system. Opens (and migrates) its own database. */
export async function createTelephonySubgraph(options: { databaseUrl: string }): Promise<Subgraph<TelephonyContext>> {
  const counter = new StatementCounter();
  const db = await openDatabase({ url: options.databaseUrl, ...telephonyDatabase, counter });
  const schema = buildFederatedSchema(
    { resolvers: [ExtensionResolver, AccountExtensionsResolver] },
    { Extension: extensionReference, Account: accountReference },
  );
  return {
    name: 'telephony',
    schema,
    dataSource: db,
    counter,
    createContext: (base) => ({ ...base, db, loaders: createTelephonyLoaders(db, base) }),
    dispose: () => db.destroy(),
  };
}
