import type { DataSource } from 'typeorm';
import { In } from 'typeorm';
import { fixtureIds, fixtureSeats, type AccountFixture } from '../../../../packages/kit/src';
import { Account } from '../account/account.entity';
import { Plan, PlanFamily } from '../plan/plan.entity';
import { Subscription } from '../subscription/subscription.entity';

const EUROPE = ['FR', 'BE', 'CH', 'DE', 'ES', 'GB', 'IE', 'IT', 'LU', 'NL', 'PT'];
const WORLD = [...EUROPE, 'AT', 'AU', 'BR', 'CA', 'DK', 'FI', 'GR', 'HK', 'IL', 'JP', 'MA', 'MX', 'NO', 'NZ', 'PL', 'SE', 'SG', 'TN', 'US', 'ZA'];

/** The catalogue every environment starts with. */
export const CATALOGUE: Omit<Plan, 'id'>[] = [
  { code: 'PS-FRANCE', family: PlanFamily.PHONE_SYSTEM, name: 'Phone System France', pricePerUserMinor: 1500, currency: 'EUR', destinationCodes: ['FR'] },
  { code: 'PS-EUROPE', family: PlanFamily.PHONE_SYSTEM, name: 'Phone System Europe', pricePerUserMinor: 2500, currency: 'EUR', destinationCodes: EUROPE },
  {
    code: 'PS-FRANCE-MOBILE',
    family: PlanFamily.PHONE_SYSTEM,
    name: 'France fixed & mobile',
    pricePerUserMinor: 4990,
    currency: 'EUR',
    destinationCodes: ['FR'],
  },
  { code: 'PS-WORLD', family: PlanFamily.PHONE_SYSTEM, name: 'Phone System World', pricePerUserMinor: 4000, currency: 'EUR', destinationCodes: WORLD },
  { code: 'PD-STANDARD', family: PlanFamily.PREDICTIVE_DIALER, name: 'Predictive Dialer', pricePerUserMinor: 6900, currency: 'EUR', destinationCodes: EUROPE },
  {
    code: 'RD-STANDARD',
    family: PlanFamily.ROBOT_DIALER,
    name: 'Robot Dialer',
    pricePerUserMinor: 4900,
    currency: 'EUR',
    destinationCodes: ['FR', 'BE', 'CH'],
  },
];

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
      // Stable ids and version 1: telephony seeds the same counts as its baseline (no events at seeding).
      Object.entries(fixtureSeats(fixture)).map(([code, quantity]) => ({
        id: fixtureIds.subscription(fixture, code),
        accountId,
        planId: fixtureIds.plan(code),
        quantity,
        version: 1,
      })),
    );
  });
}
