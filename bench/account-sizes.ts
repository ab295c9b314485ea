import type { AccountFixture } from '../packages/kit/src';

export type SizeName = 'S' | 'M' | 'L';

/** The three accounts the benchmark compares: how cost grows with an account's size. */
export const ACCOUNT_SIZES: Record<SizeName, Pick<AccountFixture, 'extensions' | 'numbers' | 'identities'>> = {
  S: { extensions: 10, numbers: 50, identities: 2 },
  M: { extensions: 100, numbers: 1_000, identities: 10 },
  L: { extensions: 1_000, numbers: 10_000, identities: 50 },
};

/** One fixture per size, all four subgraphs' shares of it derived from the same key. */
export function benchFixture(size: SizeName): AccountFixture {
  return {
    key: `bench-${size.toLowerCase()}`,
    name: `Bench ${size}`,
    countryCode: 'FR',
    // Keeps each size's phone numbers apart (the demo accounts use 10 and 11).
    numberBlock: 90 + Object.keys(ACCOUNT_SIZES).indexOf(size),
    ...ACCOUNT_SIZES[size],
  };
}
