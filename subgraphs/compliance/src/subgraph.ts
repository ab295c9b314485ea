import { buildFederatedSchema, EVENT_ENTITIES, eventStaffResolvers, type SubgraphDefinition } from '../../../packages/kit/src';
import { Account, accountReference } from './external/account.stub';
import { PhoneNumber } from './external/phone-number.stub';
import { createComplianceLoaders, type ComplianceContext } from './context';
import { IdentityDocument } from './identity/identity-document.entity';
import { Identity } from './identity/identity.entity';
import {
  AccountIdentitiesResolver,
  identityReference,
  IdentityResolver,
  phoneNumberReference,
  PhoneNumberIdentityResolver,
} from './identity/identity.resolver';
import { NumberIdentityLink } from './identity/number-identity-link.entity';
import { complianceMigrations } from './migrations';
import { seedAccount } from './seed/demo';
import { UserError } from './user-errors';

/** Compliance: identities, their documents and which numbers they cover. */
export const compliance: SubgraphDefinition<ComplianceContext> = {
  name: 'compliance',
  defaultPort: 4004,
  entities: [Identity, IdentityDocument, NumberIdentityLink, ...EVENT_ENTITIES],
  migrations: complianceMigrations,
  buildSchema: () =>
    buildFederatedSchema(
      { resolvers: [IdentityResolver, AccountIdentitiesResolver, PhoneNumberIdentityResolver, ...eventStaffResolvers('compliance', UserError)], orphanedTypes: [Account, PhoneNumber] },
      { Identity: identityReference, Account: accountReference, PhoneNumber: phoneNumberReference },
    ),
  createContext: (db, base) => ({ ...base, db, loaders: createComplianceLoaders(db, base) }),
  seedAccount,
};
