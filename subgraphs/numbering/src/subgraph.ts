import { buildFederatedSchema, EVENT_ENTITIES, eventStaffResolvers, type SubgraphDefinition } from '../../../packages/kit/src';
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
import { UserError } from './user-errors';
import { ExtensionStateRow } from './extension-state/extension-state.entity';
import { EXTENSION_STATE_HANDLERS } from './extension-state/extension-state.handlers';
import { InboundRouteExtensionStateResolver } from './extension-state/extension-state.resolver';

/** Numbering: the phone numbers an account holds and where they ring. */
export const numbering: SubgraphDefinition<NumberingContext> = {
  name: 'numbering',
  defaultPort: 4003,
  entities: [PhoneNumber, ExtensionStateRow, ...EVENT_ENTITIES],
  migrations: numberingMigrations,
  buildSchema: () =>
    buildFederatedSchema(
      {
        resolvers: [
          PhoneNumberResolver,
          AccountPhoneNumbersResolver,
          ExtensionInboundNumbersResolver,
          InboundRouteExtensionStateResolver,
          ...eventStaffResolvers('numbering', UserError),
        ],
      },
      { PhoneNumber: phoneNumberReference, Account: accountReference, Extension: extensionReference },
    ),
  // Telephony's extension events keep extension_states (routes are checked against it).
  events: { handlers: EXTENSION_STATE_HANDLERS },
  createContext: (db, base) => ({ ...base, db, loaders: createNumberingLoaders(db, base) }),
  seedAccount,
};
