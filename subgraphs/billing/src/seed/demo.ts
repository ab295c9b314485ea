import type { DataSource } from 'typeorm';
import { fixtureIds, newId, type AccountFixture } from '../../../../packages/kit/src';
import { Account } from '../account/account.entity';
import { Plan, PlanFamily } from '../plan/plan.entity';
import { Subscription } from '../subscription/subscription.entity';

const EUROPE = ['FR', 'BE', 'CH', 'DE', 'ES', 'GB', 'IE', 'IT', 'LU', 'NL', 'PT'];
const WORLD = [...EUROPE, 'AT', 'AU', 'BR', 'CA', 'DK', 'FI', 'GR', 'HK', 'IL', 'JP', 'MA', 'MX', 'NO', 'NZ', 'PL', 'SE', 'SG', 'TN', 'US', 'ZA'];

/** The catalogue every environment starts with. */
export const CATALOGUE: Omit<Plan, 'id'>[] = [
  { code: 'PS-FRANCE', family: PlanFamily.PHONE_SYSTEM, name: 'Phone System France', pricePerUserMinor: 1500, currency: 'EUR', destinationCodes: ['FR'] },
  { code: 'PS-EUROPE', family: PlanFamily.PHONE_SYSTEM, name: 'Phone System Europe', pricePerUserMinor: 2500, currency: 'EUR', destinationCodes: EUROPE },
  { code: 'PS-WORLD', family: PlanFamily.PHONE_SYSTEM, name: 'Phone System World', pricePerUserMinor: 4000, currency: 'EUR', destinationCodes: WORLD },
  { code: 'PD-STANDARD', family: PlanFamily.PREDICTIVE_DIALER, name: 'Predictive Dialer', pricePerUserMinor: 6900, currency: 'EUR', destinationCodes: EUROPE },
  { code: 'RD-STANDARD', family: PlanFamily.ROBOT_DIALER, name: 'Robot Dialer', pricePerUserMinor: 4900, currency: 'EUR', destinationCodes: ['FR', 'BE', 'CH'] },
];

/** Users per plan code for a seeded account; PS-FRANCE at 0 shows an inactive plan. */
const HOLDINGS: Record<string, number> = { 'PS-EUROPE': 8, 'PS-WORLD': 2, 'PS-FRANCE': 0, 'PD-STANDARD': 5, 'RD-STANDARD': 3 };

export async function seedCatalogue(db: DataSource): Promise<void> {
  const repo = db.getRepository(Plan);
  if (await repo.count()) return;
  await repo.insert(CATALOGUE.map((plan) => ({ ...plan, id: fixtureIds.plan(plan.code) })));
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
      Object.entries(HOLDINGS).map(([code, quantity]) => ({ id: newId(), accountId, planId: fixtureIds.plan(code), quantity })),
    );
  });
}
