import type { DataSource } from 'typeorm';
import { In } from 'typeorm';
import { fixtureExtensionPlanCode, fixtureIds, newId, type AccountFixture } from '../../../../packages/kit/src';
import { Account } from '../account/account.entity';
import { Plan, PlanFamily } from '../plan/plan.entity';
import { Subscription } from '../subscription/subscription.entity';

const EUROPE = ['FR', 'BE', 'CH', 'DE', 'ES', 'GB', 'IE', 'IT', 'LU', 'NL', 'PT'];
const WORLD = [...EUROPE, 'AT', 'AU', 'BR', 'CA', 'DK', 'FI', 'GR', 'HK', 'IL', 'JP', 'MA', 'MX', 'NO', 'NZ', 'PL', 'SE', 'SG', 'TN', 'US', 'ZA'];

/** The catalogue every environment starts with. */
export const CATALOGUE: Omit<Plan, 'id'>[] = [
  { code: 'PS-FRANCE', family: PlanFamily.PHONE_SYSTEM, name: 'Phone System France', pricePerUserMinor: 1500, currency: 'EUR', destinationCodes: ['FR'] },
  { code: 'PS-EUROPE', family: PlanFamily.PHONE_SYSTEM, name: 'Phone System Europe', pricePerUserMinor: 2500, currency: 'EUR', destinationCodes: EUROPE },
  { code: 'PS-FRANCE-MOBILE', family: PlanFamily.PHONE_SYSTEM, name: 'France fixed & mobile', pricePerUserMinor: 4990, currency: 'EUR', destinationCodes: ['FR'] },
  { code: 'PS-WORLD', family: PlanFamily.PHONE_SYSTEM, name: 'Phone System World', pricePerUserMinor: 4000, currency: 'EUR', destinationCodes: WORLD },
  { code: 'PD-STANDARD', family: PlanFamily.PREDICTIVE_DIALER, name: 'Predictive Dialer', pricePerUserMinor: 6900, currency: 'EUR', destinationCodes: EUROPE },
  { code: 'RD-STANDARD', family: PlanFamily.ROBOT_DIALER, name: 'Robot Dialer', pricePerUserMinor: 4900, currency: 'EUR', destinationCodes: ['FR', 'BE', 'CH'] },
];

/** Users per plan code for a seeded account; PS-FRANCE at 0 shows an inactive plan, PS-FRANCE-MOBILE the help page's "3 -> 4". */
const HOLDINGS: Record<string, number> = { 'PS-EUROPE': 8, 'PS-WORLD': 2, 'PS-FRANCE': 0, 'PS-FRANCE-MOBILE': 3, 'PD-STANDARD': 5, 'RD-STANDARD': 3 };

/**
 * Seats of a seeded account: the holdings above, raised so that every extension the fixture
 * puts on a plan (fixtureExtensionPlanCode) occupies a seat of it (benchmark accounts have 1,000).
 */
export function seededSeats(fixture: Pick<AccountFixture, 'extensions'>): Record<string, number> {
  const seats = { ...HOLDINGS };
  const used: Record<string, number> = {};
  for (let index = 0; index < fixture.extensions; index++) used[fixtureExtensionPlanCode(index)] = (used[fixtureExtensionPlanCode(index)] ?? 0) + 1;
  for (const [code, count] of Object.entries(used)) seats[code] = Math.max(seats[code] ?? 0, count);
  return seats;
}

/** Adds the catalogue plans a database lacks (a new plan reaches existing databases at the next start). */
export async function seedCatalogue(db: DataSource): Promise<void> {
  const repo = db.getRepository(Plan);
  const existing = new Set((await repo.find({ where: { code: In(CATALOGUE.map((plan) => plan.code)) }, select: { code: true } })).map((plan) => plan.code));
  const missing = CATALOGUE.filter((plan) => !existing.has(plan.code));
  if (missing.length) await repo.insert(missing.map((plan) => ({ ...plan, id: fixtureIds.plan(plan.code) })));
}

export async function seedAccount(db: DataSource, fixture: AccountFixture): Promise<void> {
  const accountId = fixtureIds.account(fixture);
  await db.transaction(async (tx) => {
    await tx.getRepository(Account).insert({
      id: accountId,
      name: fixture.name,
      countryCode: fixture.countryCode,
      currency: 'EUR',
      billingEmail: `billing@${fixture.key}.example`,
    });
    await tx.getRepository(Subscription).insert(
      Object.entries(seededSeats(fixture)).map(([code, quantity]) => ({ id: newId(), accountId, planId: fixtureIds.plan(code), quantity })),
    );
  });
}
