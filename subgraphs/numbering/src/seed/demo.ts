import type { DataSource } from 'typeorm';
import { chunks, EventAggregate, fixtureExtensionNumber, fixtureIds, type AccountFixture } from '../../../../packages/kit/src';
import { extensionCreated } from '../../../../packages/events/src';
import { ExtensionLifeState, ExtensionStateRow } from '../extension-state/extension-state.entity';
import { PhoneNumber, PhoneNumberState, PhoneNumberType, RouteAction } from '../phone-number/phone-number.entity';

/** Country, dialling code, national prefix and locality of generated numbers, in rotation. */
const PLACES = [
  { country: 'FR', cc: '33', prefix: '1', locality: 'Paris' },
  { country: 'GB', cc: '44', prefix: '20', locality: 'London' },
  { country: 'US', cc: '1', prefix: '21', locality: 'New York' },
  { country: 'DE', cc: '49', prefix: '30', locality: 'Berlin' },
  { country: 'ES', cc: '34', prefix: '9', locality: 'Madrid' },
];

export async function seedAccount(db: DataSource, fixture: AccountFixture): Promise<void> {
  const accountId = fixtureIds.account(fixture);
  const rows = Array.from({ length: fixture.numbers }, (_, j) => {
    const place = PLACES[j % PLACES.length]!;
    const routed = fixture.extensions > 0;
    return {
      id: fixtureIds.phoneNumber(fixture, j),
      accountId,
      e164: `+${place.cc}${place.prefix}${String(fixture.numberBlock).padStart(2, '0')}${String(j).padStart(6, '0')}`,
      countryCode: place.country,
      locality: j % 10 === 9 ? null : place.locality,
      type: j % 10 === 9 ? PhoneNumberType.NATIONAL : PhoneNumberType.LOCAL,
      state: PhoneNumberState.ACTIVE,
      routeAction: routed ? RouteAction.FORWARD_TO_EXTENSION : RouteAction.VOICEMAIL,
      routeExtensionId: routed ? fixtureIds.extension(fixture, j % fixture.extensions) : null,
      routeForwardTo: null,
    };
  });
  // Telephony seeds the same extensions at version 1 without events: numbering starts from that
  // baseline (its extension state, and the version its inbox applied), so their later events apply.
  const extensions = Array.from({ length: fixture.extensions }, (_, i) => ({
    extensionId: fixtureIds.extension(fixture, i),
    accountId,
    number: fixtureExtensionNumber(i),
    state: ExtensionLifeState.ACTIVE,
    version: 1,
  }));
  await db.transaction(async (tx) => {
    for (const chunk of chunks(rows)) await tx.getRepository(PhoneNumber).insert(chunk);
    for (const chunk of chunks(extensions)) {
      await tx.getRepository(ExtensionStateRow).insert(chunk);
      await tx
        .getRepository(EventAggregate)
        .insert(chunk.map((e) => ({ aggregateType: extensionCreated.aggregateType, aggregateId: e.extensionId, version: 1 })));
    }
  });
}
