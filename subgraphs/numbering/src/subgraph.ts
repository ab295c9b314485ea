import { buildFederatedSchema, openDatabase, StatementCounter, type Subgraph } from '../../../packages/kit/src';
import { createNumberingLoaders, type NumberingContext } from './context';
import { numberingMigrations } from './migrations';
import { PhoneNumber } from './phone-number/phone-number.entity';
import { accountReference, AccountPhoneNumbersResolver, phoneNumberReference, PhoneNumberResolver } from './phone-number/phone-number.resolver';

/** The tables numbering owns and the migrations that create them. */
export const numberingDatabase = { entities: [PhoneNumber], migrations: numberingMigrations };

/** Numbering: the phone numbers an account holds and where they ring. Opens (and migrates) its own database. */
export async function createNumberingSubgraph(options: { databaseUrl: string }): Promise<Subgraph<NumberingContext>> {
  const counter = new StatementCounter();
  const db = await openDatabase({ url: options.databaseUrl, ...numberingDatabase, counter });
  const schema = buildFederatedSchema(
    { resolvers: [PhoneNumberResolver, AccountPhoneNumbersResolver] },
    { PhoneNumber: phoneNumberReference, Account: accountReference },
  );
  return {
    name: 'numbering',
    schema,
    dataSource: db,
    counter,
    createContext: (base) => ({ ...base, db, loaders: createNumberingLoaders(db, base) }),
    dispose: () => db.destroy(),
  };
}
