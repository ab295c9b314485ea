import { buildFederatedSchema, type SubgraphDefinition } from '../../../packages/kit/src';
import { accountReference } from './external/account.stub';
import { createTelephonyLoaders, type TelephonyContext } from './context';
import { Extension } from './extension/extension.entity';
import { AccountExtensionsResolver, extensionReference, ExtensionResolver } from './extension/extension.resolver';
import { telephonyMigrations } from './migrations';
import { seedAccount } from './seed/demo';

/** Telephony: the extensions (users) of the phone system. */
export const telephony: SubgraphDefinition<TelephonyContext> = {
  name: 'telephony',
  defaultPort: 4002,
  entities: [Extension],
  migrations: telephonyMigrations,
  buildSchema: () =>
    buildFederatedSchema({ resolvers: [ExtensionResolver, AccountExtensionsResolver] }, { Extension: extensionReference, Account: accountReference }),
  createContext: (db, base) => ({ ...base, db, loaders: createTelephonyLoaders(db, base) }),
  seedAccount,
};
