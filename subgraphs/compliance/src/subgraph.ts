import { buildFederatedSchema, openDatabase, StatementCounter, type Subgraph } from '../../../packages/kit/src';
import { createComplianceLoaders, type ComplianceContext } from './context';
import { IdentityDocument } from './identity/identity-document.entity';
import { Identity } from './identity/identity.entity';
import {
  accountReference,
  AccountIdentitiesResolver,
  identityReference,
  IdentityResolver,
  phoneNumberReference,
  PhoneNumberIdentityResolver,
} from './identity/identity.resolver';
import { NumberIdentityLink } from './identity/number-identity-link.entity';
import { complianceMigrations } from './migrations';

/** The tables compliance owns and the migrations that create them. */
export const complianceDatabase = { entities: [Identity, IdentityDocument, NumberIdentityLink], migrations: complianceMigrations };

/** Compliance: identities, their documents and which numbers they cover. Opens (and migrates) its own database. */
export async function createComplianceSubgraph(options: { databaseUrl: string }): Promise<Subgraph<ComplianceContext>> {
  const counter = new StatementCounter();
  const db = await openDatabase({ url: options.databaseUrl, ...complianceDatabase, counter });
  const schema = buildFederatedSchema(
    { resolvers: [IdentityResolver, AccountIdentitiesResolver, PhoneNumberIdentityResolver] },
    { Identity: identityReference, Account: accountReference, PhoneNumber: phoneNumberReference },
  );
  return {
    name: 'compliance',
    schema,
    dataSource: db,
    counter,
    createContext: (base) => ({ ...base, db, loaders: createComplianceLoaders(db, base) }),
    dispose: () => db.destroy(),
  };
}
