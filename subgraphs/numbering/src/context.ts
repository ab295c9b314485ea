import {
  argsLoader,
  canAccessAccount,
  groupLoader,
  hasPermission,
  loadPages,
  rowLoader,
  type BaseContext,
  type Page,
  type PageArgs,
} from '../../../packages/kit/src';
import { In, type DataSource } from 'typeorm';
import { InventoryNumber } from './inventory/inventory-number.entity';
import { NumberOrder, NumberOrderHistoryEntry, NumberOrderLine } from './number-order/number-order.entity';
import type { NumberingPeers } from './external/compliance.peer';
import { NumberOrderService } from './number-order/number-order.service';
import type { NumberOrderWorkflow } from './number-order/number-order-workflow';
import { extensionStates } from './extension-state/extension-state.service';
import { PhoneNumber, RouteAction } from './phone-number/phone-number.entity';
import { PhoneNumberService } from './phone-number/phone-number.service';
import { NumberReservation, ReservationLine } from './reservation/reservation.entity';
import { ReservationService } from './reservation/reservation.service';

export interface PhoneNumberPageKey {
  accountId: string;
  page: PageArgs;
}

export interface OrderHistoryPageKey {
  orderId: string;
  page: PageArgs;
}

export interface InboundNumberPageKey {
  extensionId: string;
  page: PageArgs;
}

/** Per-request loaders: every read that reaches another row goes through one of them. */
export function createNumberingLoaders(db: DataSource, base: BaseContext) {
  const numbers = db.getRepository(PhoneNumber);
  const visible = <T extends { accountId: string }>(rows: T[]) => rows.filter((row) => canAccessAccount(base.caller, row.accountId));
  return {
    /** Numbers the caller may see; a foreign id loads as null, like a missing one. */
    phoneNumber: rowLoader(
      async (ids) => visible(await numbers.findBy({ id: In([...ids]) })),
      (number) => number.id,
    ),
    /**
     * A page of the numbers whose inbound route rings each extension (or its voicemail), by E.164; only numbers the
     * caller may see (a customer's own account; staff see all). A page, never the whole list: a
     * call centre's extension can be rung by 10,000 tracking numbers.
     */
    inboundNumberPage: argsLoader<InboundNumberPageKey, Page<PhoneNumber>>(
      (key) => JSON.stringify(key.page),
      async (keys) => {
        const caller = base.caller;
        const pages = await loadPages({
          repository: numbers,
          parent: 'routeExtensionId',
          sort: 'e164',
          parentIds: keys.map((k) => k.extensionId),
          page: keys[0]!.page,
          filter: (query) => {
            query.andWhere('row.routeAction IN (:...ringing)', { ringing: [RouteAction.FORWARD_TO_EXTENSION, RouteAction.EXTENSION_VOICEMAIL] });
            return hasPermission(caller, 'staff:read') ? query : query.andWhere('row.accountId = :callerAccount', { callerAccount: caller?.accountId ?? '' });
          },
        });
        return new Map(keys.map((key) => [key, pages.get(key.extensionId)!]));
      },
    ),
    /** What numbering knows of each extension (from telephony's events). */
    extensionState: extensionStates.loader(db),
    phoneNumberPage: argsLoader<PhoneNumberPageKey, Page<PhoneNumber>>(
      (key) => JSON.stringify(key.page),
      async (keys) => {
        const pages = await loadPages({ repository: numbers, parent: 'accountId', sort: 'e164', parentIds: keys.map((k) => k.accountId), page: keys[0]!.page });
        return new Map(keys.map((key) => [key, pages.get(key.accountId)!]));
      },
    ),
    /** Numbers on sale are not any account's: every signed-in caller may read them. */
    inventoryNumber: rowLoader(
      async (ids) => db.getRepository(InventoryNumber).findBy({ id: In([...ids]) }),
      (number) => number.id,
    ),
    reservation: rowLoader(
      async (ids) => visible(await db.getRepository(NumberReservation).findBy({ id: In([...ids]) })),
      (r) => r.id,
    ),
    /** The numbers of each reservation (its loader ran the tenancy check on the parent). */
    reservationNumbers: groupLoader(
      async (reservationIds) => {
        const lines = await db.getRepository(ReservationLine).findBy({ reservationId: In([...reservationIds]) });
        const byId = new Map((await db.getRepository(InventoryNumber).findBy({ id: In(lines.map((l) => l.inventoryNumberId)) })).map((n) => [n.id, n]));
        return lines
          .map((line) => ({ reservationId: line.reservationId, number: byId.get(line.inventoryNumberId)! }))
          .filter((entry) => entry.number)
          .sort((a, b) => a.number.e164.localeCompare(b.number.e164));
      },
      (entry) => entry.reservationId,
    ),
    numberOrder: rowLoader(
      async (ids) => visible(await db.getRepository(NumberOrder).findBy({ id: In([...ids]) })),
      (order) => order.id,
    ),
    orderLines: groupLoader(
      async (orderIds) => db.getRepository(NumberOrderLine).find({ where: { orderId: In([...orderIds]) }, order: { e164: 'ASC' } }),
      (line) => line.orderId,
    ),
    /** History grows with each rejection and resubmission of the identity: a page, oldest first. */
    orderHistoryPage: argsLoader<OrderHistoryPageKey, Page<NumberOrderHistoryEntry>>(
      (key) => JSON.stringify(key.page),
      async (keys) => {
        const pages = await loadPages({
          repository: db.getRepository(NumberOrderHistoryEntry),
          parent: 'orderId',
          sort: 'at',
          parentIds: keys.map((k) => k.orderId),
          page: keys[0]!.page,
        });
        return new Map(keys.map((key) => [key, pages.get(key.orderId)!]));
      },
    ),
    numberOrderPage: argsLoader<PhoneNumberPageKey, Page<NumberOrder>>(
      (key) => JSON.stringify(key.page),
      async (keys) => {
        const pages = await loadPages({
          repository: db.getRepository(NumberOrder),
          parent: 'accountId',
          sort: 'id',
          parentIds: keys.map((k) => k.accountId),
          page: keys[0]!.page,
        });
        return new Map(keys.map((key) => [key, pages.get(key.accountId)!]));
      },
    ),
  };
}

/** Per-request services (the caller is theirs); the workflow is the process's. */
export function createNumberingServices(db: DataSource, base: BaseContext, workflow: NumberOrderWorkflow, peers: NumberingPeers) {
  return {
    reservations: new ReservationService({ db, caller: base.caller }),
    orders: new NumberOrderService({ db, caller: base.caller, workflow, peers }),
    phoneNumbers: new PhoneNumberService({ db, caller: base.caller }),
  };
}

export interface NumberingContext extends BaseContext {
  db: DataSource;
  loaders: ReturnType<typeof createNumberingLoaders>;
  services: ReturnType<typeof createNumberingServices>;
}
