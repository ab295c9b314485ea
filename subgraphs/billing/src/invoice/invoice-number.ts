import type { EntityManager } from 'typeorm';
import { isUniqueViolation } from '../../../../packages/kit/src';
import { InvoiceSequence } from './invoice.entity';

export const formatInvoiceNumber = (year: number, sequence: number) => `${year}-${String(sequence).padStart(6, '0')}`;

/**
 * The next invoice number of `year`, inside the transaction that issues the invoice: the
 * UPDATE locks the year's row until commit (MySQL; SQLite runs one transaction at a time), and
 * a rollback gives the number back, so numbers have no gaps and no duplicates.
 */
export async function nextInvoiceNumber(tx: EntityManager, year: number): Promise<string> {
  const last = tx.connection.driver.escape('last_number');
  const bumped = await tx
    .createQueryBuilder()
    .update(InvoiceSequence)
    .set({ lastNumber: () => `${last} + 1` })
    .where({ year })
    .execute();
  if (bumped.affected === 1) {
    const row = await tx.getRepository(InvoiceSequence).findOneByOrFail({ year });
    return formatInvoiceNumber(year, row.lastNumber);
  }
  try {
    await tx.getRepository(InvoiceSequence).insert({ year, lastNumber: 1 });
  } catch (error) {
    // Another transaction opened the year first: it committed, so its row can be bumped now.
    if (isUniqueViolation(error)) return nextInvoiceNumber(tx, year);
    throw error;
  }
  return formatInvoiceNumber(year, 1);
}
