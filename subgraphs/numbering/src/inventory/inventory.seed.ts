import type { DataSource, EntityManager } from 'typeorm';
import { callingCodeOf, chunks, parseE164, stableId } from '../../../../packages/kit/src';
import { PhoneNumberType } from '../phone-number/phone-number.entity';
import { CATALOG, catalogNumber, catalogPrice, type CatalogRange } from './inventory-catalog';
import { InventoryNumber, InventoryState } from './inventory-number.entity';

/** Numbers per catalog range at every start: about 2,000 in all, enough to browse every locality. */
export const DEFAULT_NUMBERS_PER_RANGE = 30;

/** libphonenumber types a catalog type accepts (US numbers do not tell fixed from mobile; DE 032 is typed fixed). */
const ACCEPTED_KINDS: Record<PhoneNumberType, readonly string[]> = {
  LOCAL: ['FIXED_LINE', 'FIXED_LINE_OR_MOBILE'],
  MOBILE: ['MOBILE', 'FIXED_LINE_OR_MOBILE'],
  TOLL_FREE: ['TOLL_FREE'],
  NATIONAL: ['VOIP', 'UAN', 'FIXED_LINE', 'PERSONAL_NUMBER'],
};

/**
 * The inventory rows of the catalog, `perRange` per range, each checked with libphonenumber
 * (valid, of the right type): a range typed wrong in the catalog yields nothing rather than
 * numbers we cannot sell (the catalog's unit test asserts that none is dropped).
 */
export function catalogRows(perRange: number, ranges: readonly CatalogRange[] = CATALOG): InventoryNumber[] {
  const rows: InventoryNumber[] = [];
  for (const range of ranges) {
    const callingCode = callingCodeOf(range.countryCode)!;
    const price = catalogPrice(range.countryCode, range.type);
    for (let index = 0; index < perRange; index++) {
      const parsed = parseE164(catalogNumber(range, index, callingCode));
      if (!parsed || parsed.regionCode !== range.countryCode || !ACCEPTED_KINDS[range.type].includes(parsed.kind)) continue;
      rows.push(
        Object.assign(new InventoryNumber(), {
          id: stableId('inventory-number', parsed.e164),
          e164: parsed.e164,
          countryCode: range.countryCode,
          locality: range.locality,
          type: range.type,
          state: InventoryState.AVAILABLE,
          setupPriceMinor: price.setupMinor,
          monthlyPriceMinor: price.monthlyMinor,
          currency: price.currency,
          availableAt: null,
        }),
      );
    }
  }
  return rows;
}

/**
 * Seeds the inventory when it is empty; run at every start (`prepare`), so it must stay cheap:
 * one COUNT when seeded, one transaction of multi-row INSERTs when not. Ids are derived from
 * the number, so seeding twice (two replicas starting together) collides on the key instead of
 * duplicating: the loser's transaction rolls back and the winner's rows stay.
 */
export async function seedInventory(db: DataSource | EntityManager, perRange = DEFAULT_NUMBERS_PER_RANGE): Promise<number> {
  const manager = 'manager' in db ? db.manager : db;
  if (await manager.getRepository(InventoryNumber).existsBy({})) return 0;
  const rows = catalogRows(perRange);
  try {
    await manager.transaction(async (tx) => {
      for (const chunk of chunks(rows)) await tx.getRepository(InventoryNumber).insert(chunk);
    });
  } catch (error) {
    if (await manager.getRepository(InventoryNumber).existsBy({})) return 0;
    throw error;
  }
  return rows.length;
}
