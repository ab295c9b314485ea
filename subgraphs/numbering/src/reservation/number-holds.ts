import { In, type EntityManager } from 'typeorm';
import { isUniqueViolation, newId } from '../../../../packages/kit/src';
import { InventoryNumber, InventoryState } from '../inventory/inventory-number.entity';
import { NumberReservation, ReservationLine, ReservationState } from './reservation.entity';

/**
 * Holding and releasing inventory numbers, in the caller's transaction. Two guards, each enough
 * alone: a conditional UPDATE (AVAILABLE -> RESERVED, which MySQL's row lock serialises) and the
 * unique index on `reservation_lines.held_number_id`, which catches whatever slips past the first.
 */
export async function holdNumbers(tx: EntityManager, reservationId: string, numberIds: string[]): Promise<{ taken: string[] }> {
  const taken: string[] = [];
  // One statement per number (at most 10): each says for itself whether it was still free. In id
  // order, so two requests wanting overlapping numbers lock them in the same order (no deadlock).
  for (const id of [...numberIds].sort()) {
    const moved = await tx.getRepository(InventoryNumber).update({ id, state: InventoryState.AVAILABLE }, { state: InventoryState.RESERVED });
    if (moved.affected !== 1) taken.push(id);
  }
  if (taken.length) return { taken };
  try {
    await tx.getRepository(ReservationLine).insert(numberIds.map((id) => ({ id: newId(), reservationId, inventoryNumberId: id, heldNumberId: id })));
  } catch (error) {
    if (isUniqueViolation(error)) return { taken: numberIds };
    throw error;
  }
  return { taken: [] };
}

/**
 * Moves a reservation from one of `from` to `to` and puts its numbers back on sale, once: the
 * conditional UPDATE lets exactly one of several concurrent callers (replicas sweeping, a
 * customer cancelling) do it. Returns whether this caller did.
 */
export async function releaseReservation(
  tx: EntityManager,
  reservationId: string,
  from: ReservationState[],
  to: ReservationState.EXPIRED | ReservationState.CANCELLED,
): Promise<boolean> {
  const version = tx.connection.driver.escape('version');
  const changed = await tx
    .createQueryBuilder()
    .update(NumberReservation)
    .set({ state: to, version: () => `${version} + 1` })
    .where({ id: reservationId, state: In(from) })
    .execute();
  if (changed.affected !== 1) return false;
  const lines = await tx.getRepository(ReservationLine).findBy({ reservationId });
  const held = lines.filter((line) => line.heldNumberId).map((line) => line.inventoryNumberId);
  if (held.length) {
    await tx.getRepository(ReservationLine).update({ reservationId }, { heldNumberId: null });
    await tx.getRepository(InventoryNumber).update({ id: In(held), state: InventoryState.RESERVED }, { state: InventoryState.AVAILABLE });
  }
  return true;
}

/** A number leaves an account: its line stops holding it, and it waits in quarantine until `availableAt`. */
export async function quarantineNumber(tx: EntityManager, inventoryNumberId: string, availableAt: Date): Promise<void> {
  await tx.getRepository(ReservationLine).update({ heldNumberId: inventoryNumberId }, { heldNumberId: null });
  await tx.getRepository(InventoryNumber).update({ id: inventoryNumberId }, { state: InventoryState.QUARANTINED, availableAt });
}

/** How long checkout holds an ordered reservation for its payment (3-D Secure included); README, "Ordering numbers". */
export const PAYMENT_HOLD_MINUTES = 30;

/**
 * Checkout started: the reservation's numbers are held for PAYMENT_HOLD_MINUTES from now (never
 * less than they were), so a payment waiting on 3-D Secure keeps them. A payment that never
 * completes lets the hold run out: the sweep cancels the order and frees the numbers.
 */
export async function holdForPayment(tx: EntityManager, reservationId: string, now: Date): Promise<void> {
  const reservation = await tx.getRepository(NumberReservation).findOneBy({ id: reservationId, state: ReservationState.ORDERED });
  if (!reservation) return;
  const until = new Date(now.getTime() + PAYMENT_HOLD_MINUTES * 60_000);
  if (reservation.expiresAt < until)
    await tx.getRepository(NumberReservation).update({ id: reservationId, state: ReservationState.ORDERED }, { expiresAt: until });
}
