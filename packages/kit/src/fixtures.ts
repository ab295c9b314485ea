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
  /** Billing's subscription of a seeded account to a plan: also the aggregate id of its seat-count events. */
  subscription: (fixture: Pick<AccountFixture, 'key'>, planCode: string) => stableId('subscription', fixture.key, planCode),
  extension: (fixture: Pick<AccountFixture, 'key'>, index: number) => stableId('extension', fixture.key, index),
  phoneNumber: (fixture: Pick<AccountFixture, 'key'>, index: number) => stableId('phone-number', fixture.key, index),
  identity: (fixture: Pick<AccountFixture, 'key'>, index: number) => stableId('identity', fixture.key, index),
};

/** Extension numbers run 901, 902, ... so the help page's "forward to extension 901" exists. */
export const fixtureExtensionNumber = (index: number) => String(901 + index);

/** Phone-system plan of the index-th extension: the first eight on Europe, the rest on World. */
export const fixtureExtensionPlanCode = (index: number) => (index < 8 ? 'PS-EUROPE' : 'PS-WORLD');

/** Users per plan code for a seeded account; PS-FRANCE at 0 shows an inactive plan, PS-FRANCE-MOBILE the help page's "3 -> 4". */
const FIXTURE_HOLDINGS: Record<string, number> = { 'PS-EUROPE': 8, 'PS-WORLD': 2, 'PS-FRANCE': 0, 'PS-FRANCE-MOBILE': 3, 'PD-STANDARD': 5, 'RD-STANDARD': 3 };

/**
 * Seats of a seeded account per plan code: the holdings above, raised so that every extension the
 * fixture puts on a plan (fixtureExtensionPlanCode) occupies a seat of it (benchmark accounts
 * have 1,000). Billing seeds its subscriptions and telephony its seat counts from this one map.
 */
export function fixtureSeats(fixture: Pick<AccountFixture, 'extensions'>): Record<string, number> {
  const seats = { ...FIXTURE_HOLDINGS };
  const used: Record<string, number> = {};
  for (let index = 0; index < fixture.extensions; index++) used[fixtureExtensionPlanCode(index)] = (used[fixtureExtensionPlanCode(index)] ?? 0) + 1;
  for (const [code, count] of Object.entries(used)) seats[code] = Math.max(seats[code] ?? 0, count);
  return seats;
}

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
