import type { EntityManager } from 'typeorm';
import { accept, refuse, type Checked } from '../../../../packages/kit/src';
import { Extension } from '../extension/extension.entity';
import { PlanSeat } from './plan-seat.entity';
import { seatErrors } from './seats.errors';

/**
 * Inside the write transaction of a creation, or of a move to `planId`: refuses NO_FREE_SEAT when
 * the account's extensions already fill every seat of the plan. The seat row is locked first
 * (FOR UPDATE on MySQL; SQLite transactions run one at a time), so two creations for the last
 * seat take turns and the second counts the first. The count is the transaction's first plain
 * read, so on MySQL its snapshot is taken after the lock was granted and sees the winner's row.
 * The caller inserts or moves the extension in the same transaction.
 */
export async function takeSeat(tx: EntityManager, accountId: string, planId: string): Promise<Checked<null>> {
  const seat = await tx.getRepository(PlanSeat).findOne({
    where: { accountId, planId },
    lock: tx.connection.options.type === 'better-sqlite3' ? undefined : { mode: 'pessimistic_write' },
  });
  const quantity = seat?.quantity ?? 0;
  if (quantity === 0) return refuse(seatErrors.noFreeSeat(0));
  const taken = await tx.getRepository(Extension).countBy({ accountId, planId });
  return taken < quantity ? accept(null) : refuse(seatErrors.noFreeSeat(quantity));
}
