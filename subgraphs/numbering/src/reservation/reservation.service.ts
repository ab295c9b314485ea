import type { DataSource } from 'typeorm';
import { In } from 'typeorm';
import {
  MAX_RESERVED_NUMBERS,
  accept,
  accountForWrite,
  canAccessAccount,
  newId,
  notFound,
  refuse,
  requireWritePermission,
  runMutation,
  updateVersioned,
  versionConflict,
  type Caller,
  type UserErrorValue,
} from '../../../../packages/kit/src';
import { InventoryNumber, InventoryState } from '../inventory/inventory-number.entity';
import { holdNumbers, releaseReservation } from './number-holds';
import { NumberReservation, RESERVATION_MINUTES, ReservationState } from './reservation.entity';
import { reservationErrors } from './reservation.errors';
import type { CancelReservationInput, ExtendReservationInput, ReservePhoneNumbersInput } from './reservation.inputs';
import type { ReservationPayload } from './reservation.payloads';

export interface ReservationServiceContext {
  db: DataSource;
  caller: Caller | null;
}

const RESERVATION = 'reservation';
export const reservationEnd = (from: Date) => new Date(from.getTime() + RESERVATION_MINUTES * 60_000);

/** Reserving numbers for an account: `numbers:purchase` permission, one transaction, every number or none. */
export class ReservationService {
  constructor(private readonly ctx: ReservationServiceContext) {}

  async reserve(input: ReservePhoneNumbersInput): Promise<ReservationPayload> {
    const caller = requireWritePermission(this.ctx.caller, 'numbers:purchase');
    const account = accountForWrite(caller, input.accountId);
    if (!account.ok) return { reservation: null, userErrors: account.userErrors };
    const accountId = account.value;
    const { idempotencyKey, ...request } = input;
    const reservationId = newId();

    const outcome = await runMutation(this.ctx.db, {
      idempotency: { scope: accountId, operation: 'reservePhoneNumbers', key: idempotencyKey, input: request },
      check: async () => {
        const ids = input.numberIds;
        if (ids.length < 1 || ids.length > MAX_RESERVED_NUMBERS || new Set(ids).size !== ids.length) return refuse(reservationErrors.selection());
        const numbers = new Map((await this.ctx.db.getRepository(InventoryNumber).findBy({ id: In(ids) })).map((n) => [n.id, n]));
        const errors = ids.flatMap((id, index): UserErrorValue[] => {
          const number = numbers.get(id);
          if (!number) return [reservationErrors.unknown(index)];
          return number.state === InventoryState.AVAILABLE ? [] : [reservationErrors.unavailable(number.e164, index)];
        });
        return errors.length ? refuse(...errors) : accept({ ids, numbers });
      },
      write: async (tx, { ids, numbers }) => {
        const now = new Date();
        await tx.getRepository(NumberReservation).insert({
          id: reservationId,
          accountId,
          state: ReservationState.ACTIVE,
          expiresAt: reservationEnd(now),
          extended: false,
          version: 1,
          createdBy: caller.subject,
        });
        const { taken } = await holdNumbers(tx, reservationId, ids);
        if (taken.length) return refuse(...taken.map((id) => reservationErrors.unavailable(numbers.get(id)!.e164, ids.indexOf(id))));
        return accept({ reservationId });
      },
    });
    if (!outcome.ok) return { reservation: null, userErrors: outcome.userErrors };
    return { reservation: await this.find(outcome.value.reservationId), userErrors: [] };
  }

  /** One more RESERVATION_MINUTES from now, once, while the reservation still holds its numbers. */
  async extend(input: ExtendReservationInput): Promise<ReservationPayload> {
    requireWritePermission(this.ctx.caller, 'numbers:purchase');
    const current = await this.find(input.id);
    if (!current) return { reservation: null, userErrors: [notFound(RESERVATION)] };
    const outcome = await runMutation(this.ctx.db, {
      check: async () => {
        if (current.state === ReservationState.EXPIRED || (current.state !== ReservationState.SOLD && current.expiresAt <= new Date()))
          return refuse(reservationErrors.expired());
        if (current.state !== ReservationState.ACTIVE && current.state !== ReservationState.ORDERED) return refuse(reservationErrors.notActive());
        if (current.extended) return refuse(reservationErrors.alreadyExtended());
        return accept(null);
      },
      write: async (tx) => {
        const result = await updateVersioned(
          tx,
          NumberReservation,
          { id: current.id, expectedVersion: input.expectedVersion, where: { accountId: current.accountId, extended: false } },
          { extended: true, expiresAt: reservationEnd(new Date()) },
        );
        return result === 'done' ? accept(null) : refuse(versionConflict(RESERVATION));
      },
    });
    if (!outcome.ok) return { reservation: null, userErrors: outcome.userErrors };
    return { reservation: await this.find(current.id), userErrors: [] };
  }

  /** Gives the numbers back at once; an ordered reservation is cancelled with its order (`cancelNumberOrder`). */
  async cancel(input: CancelReservationInput): Promise<ReservationPayload> {
    requireWritePermission(this.ctx.caller, 'numbers:purchase');
    const current = await this.find(input.id);
    if (!current) return { reservation: null, userErrors: [notFound(RESERVATION)] };
    const outcome = await runMutation(this.ctx.db, {
      check: async () => (current.state === ReservationState.ACTIVE ? accept(null) : refuse(reservationErrors.notActive())),
      write: async (tx) =>
        (await releaseReservation(tx, current.id, [ReservationState.ACTIVE], ReservationState.CANCELLED))
          ? accept(null)
          : refuse(reservationErrors.notActive()),
    });
    if (!outcome.ok) return { reservation: null, userErrors: outcome.userErrors };
    return { reservation: await this.find(current.id), userErrors: [] };
  }

  /** A reservation the caller may see, or null (a foreign one reads like a missing one). */
  async find(id: string): Promise<NumberReservation | null> {
    const reservation = await this.ctx.db.getRepository(NumberReservation).findOneBy({ id });
    return reservation && canAccessAccount(this.ctx.caller, reservation.accountId) ? reservation : null;
  }
}
