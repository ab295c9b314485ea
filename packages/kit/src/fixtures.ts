import { stableId } from './ids';

/**
 * The shape of a generated account, shared by the demo seed, the tests and the benchmark.
 * Subgraphs never share a database, so each one builds its own rows from the same fixture and
 * derives the ids it references (an extension a number rings, the identity of a number) from it.
 */
export interface AccountFixture {
  key: string;
  name: string;
  countryCode: string;
  /** Two digits that keep this account's phone numbers apart from every other's. */
  numberBlock: number;
  extensions: number;
  numbers: number;
  identities: number;
}

export const fixtureIds = {
  account: (fixture: Pick<AccountFixture, 'key'>) => stableId('account', fixture.key),
  plan: (code: string) => stableId('plan', code),
  extension: (fixture: Pick<AccountFixture, 'key'>, index: number) => stableId('extension', fixture.key, index),
  phoneNumber: (fixture: Pick<AccountFixture, 'key'>, index: number) => stableId('phone-number', fixture.key, index),
  identity: (fixture: Pick<AccountFixture, 'key'>, index: number) => stableId('identity', fixture.key, index),
};

/** Extension numbers run 901, 902, ... so the help page's "forward to extension 901" exists. */
export const fixtureExtensionNumber = (index: number) => String(901 + index);

/** Phone-system plan of the index-th extension: the first eight on Europe, the rest on World. */
export const fixtureExtensionPlanCode = (index: number) => (index < 8 ? 'PS-EUROPE' : 'PS-WORLD');

/** The demo accounts seeded on the first embedded start. */
export const DEMO_ACCOUNTS: AccountFixture[] = [
  { key: 'acme', name: 'Acme Telecom SAS', countryCode: 'FR', numberBlock: 10, extensions: 10, numbers: 20, identities: 2 },
  { key: 'globex', name: 'Globex Ltd', countryCode: 'GB', numberBlock: 11, extensions: 4, numbers: 6, identities: 1 },
];

/** Splits rows for multi-row INSERTs that stay under every driver's parameter limit. */
export function chunks<T>(rows: T[], size = 200): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
}
