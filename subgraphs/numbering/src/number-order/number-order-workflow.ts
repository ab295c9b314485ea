import { In, LessThan, LessThanOrEqual, type DataSource, type EntityManager } from 'typeorm';
import { numberOrderLineFailed } from '../../../../packages/events/src';
import { inTransaction, log, newId, outboxCommitted, publishEvent, type UserErrorValue } from '../../../../packages/kit/src';
import type { Carrier, CarrierOutcome } from '../carrier/carrier';
import { InventoryNumber, InventoryState } from '../inventory/inventory-number.entity';
import { PhoneNumber, PhoneNumberState } from '../phone-number/phone-number.entity';
import { quarantineNumber, releaseReservation } from '../reservation/number-holds';
import { NumberReservation, ReservationState } from '../reservation/reservation.entity';
import { orderErrors } from './number-order.errors';
import { NumberOrder, NumberOrderHistoryEntry, NumberOrderLine } from './number-order.entity';
import { applyNumberOrderEvent, canMoveLine, NumberOrderEvent, NumberOrderState, OrderLineState } from './number-order-state';

/** How long a released number waits before it is on sale again (README, "Release"). */
export const QUARANTINE_DAYS = 30;
export const quarantineEnd = (from: Date) => new Date(from.getTime() + QUARANTINE_DAYS * 86_400_000);

/**
 * The process-wide side of orders: applying lifecycle events (one conditional UPDATE per move,
 * so concurrent handlers and replicas apply each move once), provisioning through the carrier,
 * and the sweep. Billing's payment events (payment-order.handlers.ts) and compliance's identity
 * events (identity-order.handlers.ts) move orders through `applyIn`, in the inbox's transaction.
 */
export class NumberOrderWorkflow {
  private readonly inFlight = new Set<string>();

  constructor(
    private readonly db: DataSource,
    private readonly carrier: Carrier,
  ) {}

  /** Applies `event` to an order in its own transaction; entering PROVISIONING starts the carrier after commit. */
  async apply(orderId: string, event: NumberOrderEvent, actor: string): Promise<{ ok: true; state: NumberOrderState } | { ok: false; error: UserErrorValue }> {
    const outcome = await inTransaction(this.db, (tx) => this.applyIn(tx, orderId, event, actor));
    if (outcome.ok && outcome.state === NumberOrderState.PROVISIONING) this.provision(orderId);
    return outcome;
  }

  /** The same, inside the caller's transaction (a mutation that also writes other rows). */
  async applyIn(
    tx: EntityManager,
    orderId: string,
    event: NumberOrderEvent,
    actor: string,
  ): Promise<{ ok: true; state: NumberOrderState } | { ok: false; error: UserErrorValue }> {
    const order = await tx.getRepository(NumberOrder).findOneBy({ id: orderId });
    if (!order) return { ok: false, error: orderErrors.notFound() };
    const next = applyNumberOrderEvent(order.state, event);
    if (!next.ok) return { ok: false, error: orderErrors.transition(next.reason) };
    const version = tx.connection.driver.escape('version');
    const moved = await tx
      .createQueryBuilder()
      .update(NumberOrder)
      .set({ state: next.to, version: () => `${version} + 1` })
      .where({ id: order.id, state: order.state })
      .execute();
    if (moved.affected !== 1) return { ok: false, error: orderErrors.transition(`The order changed meanwhile; it is no longer ${order.state}.`) };
    await recordHistory(tx, order.id, { event, fromState: order.state, toState: next.to, actor });

    if (next.to === NumberOrderState.CANCELLED) {
      await releaseReservation(
        tx,
        order.reservationId,
        [ReservationState.ORDERED],
        event === NumberOrderEvent.RESERVATION_EXPIRED ? ReservationState.EXPIRED : ReservationState.CANCELLED,
      );
      await tx.getRepository(NumberOrderLine).update({ orderId: order.id, state: OrderLineState.PENDING }, { state: OrderLineState.CANCELLED });
    }
    // Paid: the reservation no longer runs out, whatever the identity review takes.
    if (event.startsWith('PAID_'))
      await tx.getRepository(NumberReservation).update({ id: order.reservationId, state: ReservationState.ORDERED }, { state: ReservationState.SOLD });
    return { ok: true, state: next.to };
  }

  /**
   * For a move made inside someone else's transaction (an event handler in the inbox's): starts
   * the carrier once that transaction's commit is visible. Gives up quietly after `waitMs` (the
   * transaction rolled back, or is slow): the sweep asks the carrier for PROVISIONING orders anyway.
   */
  provisionAfterCommit(orderId: string, waitMs = 10_000): void {
    const deadline = Date.now() + waitMs;
    const check = async (): Promise<void> => {
      const order = await this.db.getRepository(NumberOrder).findOneBy({ id: orderId });
      if (order?.state === NumberOrderState.PROVISIONING) return this.provision(orderId);
      if (Date.now() < deadline) setTimeout(() => void check().catch(() => undefined), 50).unref();
    };
    setTimeout(() => void check().catch(() => undefined), 0).unref();
  }

  /** Asks the carrier for every PENDING line of a PROVISIONING order not already asked by this process. */
  provision(orderId: string): void {
    void (async () => {
      const lines = await this.db.getRepository(NumberOrderLine).findBy({ orderId, state: OrderLineState.PENDING });
      // Every line settled but the order did not move (a crash in between): move it now.
      if (lines.length === 0) return this.finishIfSettled(orderId);
      await Promise.all(
        lines
          .filter((line) => !this.inFlight.has(line.id))
          .map(async (line) => {
            this.inFlight.add(line.id);
            try {
              const outcome = await this.carrier.activate({ e164: line.e164, orderLineId: line.id });
              await this.settleLine(line.id, outcome);
            } finally {
              this.inFlight.delete(line.id);
            }
          }),
      );
    })().catch((error) => log({ level: 'error', msg: 'provisioning failed', orderId, error: String(error) }));
  }

  /** Records the carrier's answer for one line, once; the order moves on when its last line settles. */
  async settleLine(lineId: string, outcome: CarrierOutcome): Promise<void> {
    const settledOrder = await inTransaction(this.db, async (tx) => {
      const line = await tx.getRepository(NumberOrderLine).findOneBy({ id: lineId });
      const order = line && (await tx.getRepository(NumberOrder).findOneBy({ id: line.orderId }));
      if (!line || !order || order.state !== NumberOrderState.PROVISIONING) return null;
      // A number some account already holds (one that never went through the inventory) cannot be activated twice.
      const clash = outcome.status === 'ACTIVE' && (await tx.getRepository(PhoneNumber).existsBy({ e164: line.e164 }));
      const settled: CarrierOutcome = clash ? { status: 'FAILED', reason: 'The number is already in service on an account.' } : outcome;
      const to = settled.status === 'ACTIVE' ? OrderLineState.ACTIVE : OrderLineState.FAILED;
      if (!canMoveLine(line.state, to)) return null;
      const phoneNumberId = to === OrderLineState.ACTIVE ? newId() : null;
      const moved = await tx
        .getRepository(NumberOrderLine)
        .update(
          { id: line.id, state: OrderLineState.PENDING },
          { state: to, phoneNumberId, failureReason: settled.status === 'FAILED' ? settled.reason.slice(0, 200) : null },
        );
      if (moved.affected !== 1) return null; // another replica settled it first
      if (phoneNumberId) {
        await tx.getRepository(PhoneNumber).insert({
          id: phoneNumberId,
          accountId: order.accountId,
          e164: line.e164,
          countryCode: line.countryCode,
          locality: line.locality,
          type: line.type,
          state: PhoneNumberState.ACTIVE,
          routeAction: line.routeAction,
          routeExtensionId: line.routeExtensionId,
          routeForwardTo: line.routeForwardTo,
          version: 1,
        });
        await tx.getRepository(InventoryNumber).update({ id: line.inventoryNumberId }, { state: InventoryState.SOLD });
      } else {
        // Billing refunds the line; the number rests before it is sold again.
        await publishLineFailed(tx, order, line, settled.status === 'FAILED' ? settled.reason : '');
        await quarantineNumber(tx, line.inventoryNumberId, quarantineEnd(new Date()));
      }
      await recordHistory(tx, order.id, { e164: line.e164, fromState: OrderLineState.PENDING, toState: to, actor: 'carrier' });
      return order.id;
    });
    if (settledOrder) {
      outboxCommitted(this.db);
      await this.finishIfSettled(settledOrder);
    }
  }

  /**
   * After a line's commit, outside its transaction: with two lines settling at once on MySQL,
   * neither transaction sees the other's line settled, but whichever checks last after both
   * committed does. Both may see it; the conditional move lets one of them complete the order.
   */
  private async finishIfSettled(orderId: string): Promise<void> {
    const lines = await this.db.getRepository(NumberOrderLine).findBy({ orderId });
    if (lines.some((line) => line.state === OrderLineState.PENDING)) return;
    const active = lines.some((line) => line.state === OrderLineState.ACTIVE);
    await this.apply(orderId, active ? NumberOrderEvent.NUMBERS_SETTLED : NumberOrderEvent.ALL_NUMBERS_FAILED, 'carrier');
  }

  /**
   * One pass of the background sweep, safe on several replicas (each step is a conditional
   * UPDATE that only one of them wins): expires unpaid reservations (and cancels their orders),
   * ends quarantines, and asks the carrier again for lines a restart left PENDING.
   */
  async sweep(now = new Date()): Promise<{ expired: number; requeued: number }> {
    let expired = 0;
    const due = await this.db.getRepository(NumberReservation).find({
      where: { state: In([ReservationState.ACTIVE, ReservationState.ORDERED]), expiresAt: LessThan(now) },
      take: 100,
    });
    for (const reservation of due) {
      const done = await inTransaction(this.db, async (tx) => {
        if (reservation.state === ReservationState.ACTIVE) return releaseReservation(tx, reservation.id, [ReservationState.ACTIVE], ReservationState.EXPIRED);
        const order = await tx.getRepository(NumberOrder).findOneBy({ reservationId: reservation.id });
        return order ? (await this.applyIn(tx, order.id, NumberOrderEvent.RESERVATION_EXPIRED, 'sweep')).ok : false;
      });
      if (done) expired += 1;
    }
    await this.db
      .getRepository(InventoryNumber)
      .update({ state: InventoryState.QUARANTINED, availableAt: LessThanOrEqual(now) }, { state: InventoryState.AVAILABLE, availableAt: null });
    const provisioning = await this.db.getRepository(NumberOrder).find({ select: { id: true }, where: { state: NumberOrderState.PROVISIONING }, take: 100 });
    for (const order of provisioning) this.provision(order.id);
    return { expired, requeued: provisioning.length };
  }

  /** Runs `sweep` every `intervalMs` until stopped (one per process; replicas may overlap safely). */
  startSweeping(intervalMs: number): { stop(): void } {
    let running = false;
    const timer = setInterval(() => {
      if (running) return;
      running = true;
      this.sweep()
        .catch((error) => log({ level: 'error', msg: 'numbering sweep failed', error: String(error) }))
        .finally(() => (running = false));
    }, intervalMs);
    timer.unref();
    return { stop: () => clearInterval(timer) };
  }
}

/** A paid line the account will not get: billing refunds it (the line's id is the refund's key). */
export async function publishLineFailed(tx: EntityManager, order: NumberOrder, line: NumberOrderLine, reason: string): Promise<void> {
  await publishEvent(tx, numberOrderLineFailed, {
    aggregateId: line.id,
    aggregateVersion: 1, // a line fails (or is cancelled after payment) once
    accountId: order.accountId,
    payload: { numberOrderId: order.id, numberOrderLineId: line.id, e164: line.e164, reason: reason.slice(0, 200) },
  });
}

export async function recordHistory(
  tx: EntityManager,
  orderId: string,
  entry: { event?: NumberOrderEvent | null; e164?: string | null; fromState: string | null; toState: string; actor: string },
): Promise<void> {
  // History is read oldest first, by time (then id): steps of one order a fast machine makes in the
  // same millisecond would come back in random order. Each step is stamped at least 1 ms after the
  // order's latest one, so the order of the steps is the order they were made in.
  const latest = await tx.getRepository(NumberOrderHistoryEntry).findOne({ select: { at: true }, where: { orderId }, order: { at: 'DESC' } });
  const at = new Date(Math.max(Date.now(), latest ? latest.at.getTime() + 1 : 0));
  await tx.getRepository(NumberOrderHistoryEntry).insert({
    id: newId(),
    orderId,
    e164: entry.e164 ?? null,
    event: entry.event ?? null,
    fromState: entry.fromState,
    toState: entry.toState,
    actor: entry.actor,
    at,
  });
}
