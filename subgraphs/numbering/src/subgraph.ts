import { buildFederatedSchema, type SubgraphDefinition } from '../../../packages/kit/src';
import { accountReference } from './external/account.stub';
import { createNumberingLoaders, type NumberingContext } from './context';
import { numberingMigrations } from './migrations';
import { PhoneNumber } from './phone-number/phone-number.entity';
import {
  AccountPhoneNumbersResolver,
  ExtensionInboundNumbersResolver,
  extensionReference,
  phoneNumberReference,
  PhoneNumberResolver,
} from './phone-number/phone-number.resolver';
import { seedAccount } from './seed/demo';

/** Numbering: the phone numbers an account holds and where they ring. */
export const numbering: SubgraphDefinition<NumberingContext> = {
  name: 'numbering',
  defaultPort: 4003,
  entities: [PhoneNumber],
  migrations: numberingMigrations,
  serviceAccess: {
    // Telephony's event relay delivers extension events (the extension-state flow) to /events.
    telephony: { endpoints: ['/events'] },
  },
  buildSchema: () =>
    buildFederatedSchema(
      { resolvers: [PhoneNumberResolver, AccountPhoneNumbersResolver, ExtensionInboundNumbersResolver] },
      { PhoneNumber: phoneNumberReference, Account: accountReference, Extension: extensionReference },
    ),
  createContext: (db, base) => ({ ...base, db, loaders: createNumberingLoaders(db, base) }),
  seedAccount,
};
