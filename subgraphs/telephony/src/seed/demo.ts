import type { DataSource } from 'typeorm';
import { subscriptionSeatsChanged } from '../../../../packages/events/src';
import {
  chunks,
  EventAggregate,
  fixtureExtensionNumber,
  fixtureExtensionPlanCode,
  fixtureIds,
  fixtureSeats,
  type AccountFixture,
} from '../../../../packages/kit/src';
import { Extension, ExtensionState } from '../extension/extension.entity';
import { PlanSeat } from '../seats/plan-seat.entity';

const FIRST_NAMES = ['Alice', 'Bruno', 'Chloé', 'David', 'Emma', 'Farid', 'Gina', 'Hugo', 'Inès', 'Jules'];

export async function seedAccount(db: DataSource, fixture: AccountFixture): Promise<void> {
  const accountId = fixtureIds.account(fixture);
  const rows = Array.from({ length: fixture.extensions }, (_, i) => {
    const first = FIRST_NAMES[i % FIRST_NAMES.length]!;
    return {
      id: fixtureIds.extension(fixture, i),
      accountId,
      number: fixtureExtensionNumber(i),
      displayName: `${first} ${fixture.key.toUpperCase()} ${i + 1}`,
      email: `${first
        .normalize('NFD')
        .replace(/\p{Diacritic}/gu, '')
        .toLowerCase()}.${i + 1}@${fixture.key}.example`,
      state: i % 25 === 24 ? ExtensionState.SUSPENDED : ExtensionState.ACTIVE,
      voicemailEnabled: i % 3 !== 2,
      planId: fixtureIds.plan(fixtureExtensionPlanCode(i)),
    };
  });
  await db.transaction(async (tx) => {
    for (const chunk of chunks(rows)) await tx.getRepository(Extension).insert(chunk);
    // The seat counts billing seeds (version 1 of each subscription, no event): every seeded extension has its seat.
    const seats = Object.entries(fixtureSeats(fixture)).map(([code, quantity]) => ({
      subscriptionId: fixtureIds.subscription(fixture, code),
      accountId,
      planId: fixtureIds.plan(code),
      quantity,
      version: 1,
    }));
    await tx.getRepository(PlanSeat).insert(seats);
    await tx
      .getRepository(EventAggregate)
      .insert(seats.map((seat) => ({ aggregateType: subscriptionSeatsChanged.aggregateType, aggregateId: seat.subscriptionId, version: 1 })));
  });
}
