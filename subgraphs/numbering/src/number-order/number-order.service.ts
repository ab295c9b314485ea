import { In, type DataSource } from 'typeorm';
import {
  accept,
  canAccessAccount,
  checkAll,
  isUniqueViolation,
  newId,
  notFound,
  refuse,
  requireWritePermission,
  runMutation,
  versionConflict,
  type Caller,
} from '../../../../packages/kit/src';
import { checkInboundAction } from '../inbound-action/inbound-action.rules';
import { checkRoutableExtension } from '../inbound-action/routable-extension.check';
import { InventoryNumber } from '../inventory/inventory-number.entity';
import { NumberReservation, ReservationLine, ReservationState } from '../reservation/reservation.entity';
import { reservationErrors } from '../reservation/reservation.errors';
import { NumberOrder, NumberOrderLine } from './number-order.entity';
import { orderErrors } from './number-order.errors';
import { checkOrderIdentity } from './order-identity.check';
import { rememberIdentityState } from '../identity-state/identity-state';
import type { NumberingPeers } from '../external/compliance.peer';
import type { CancelNumberOrderInput, CreateNumberOrderInput } from './number-order.inputs';
import type { NumberOrderPayload } from './number-order.payloads';
import { NumberOrderEvent, NumberOrderState, OrderLineState } from './number-order-state';
import { recordHistory, type NumberOrderWorkflow } from './number-order-workflow';

export interface NumberOrderServiceContext {
  db: DataSource;
  caller: Caller | null;
  workflow: NumberOrderWorkflow;
  peers: NumberingPeers;
}

/** Orders as a customer makes them: from a reservation, with an inbound action and an identity (`numbers:purchase`). */
export class NumberOrderService {
  constructor(private readonly ctx: NumberOrderServiceContext) {}

  async create(input: CreateNumberOrderInput): Promise<NumberOrderPayload> {
    const caller = requireWritePermission(this.ctx.caller, 'numbers:purchase');
    const reservation = await this.ctx.db.getRepository(NumberReservation).findOneBy({ id: input.reservationId });
    if (!reservation || !canAccessAccount(caller, reservation.accountId)) return { order: null, userErrors: [notFound('reservation', 'reservationId')] };
    const { idempotencyKey, ...request } = input;
    const orderId = newId();

    const outcome = await runMutation(this.ctx.db, {
      idempotency: { scope: reservation.accountId, operation: 'createNumberOrder', key: idempotencyKey, input: request },
      check: async () => {
        if (reservation.state === ReservationState.EXPIRED || reservation.expiresAt <= new Date()) return refuse(reservationErrors.expired('reservationId'));
        if (reservation.state !== ReservationState.ACTIVE) return refuse(reservationErrors.notActive('reservationId'));
        const lines = await this.ctx.db.getRepository(ReservationLine).findBy({ reservationId: reservation.id });
        const numbers = await this.ctx.db.getRepository(InventoryNumber).findBy({ id: In(lines.map((l) => l.inventoryNumberId)) });
        const identity = await checkOrderIdentity(this.ctx.peers, reservation.accountId, input.identityId, numbers);
        return checkAll({ route: checkInboundAction(input.inboundAction), numbers: accept(numbers), identity });
      },
      write: async (tx, { route, numbers, identity }) => {
        const extension = route.routeExtensionId ? await checkRoutableExtension(tx, reservation.accountId, route, 'inboundAction.extensionId') : null;
        if (extension) return refuse(extension);
        const moved = await tx
          .getRepository(NumberReservation)
          .update({ id: reservation.id, state: ReservationState.ACTIVE }, { state: ReservationState.ORDERED });
        if (moved.affected !== 1) return refuse(reservationErrors.notActive('reservationId'));
        try {
          await tx.getRepository(NumberOrder).insert({
            id: orderId,
            accountId: reservation.accountId,
            reservationId: reservation.id,
            identityId: identity.identityId,
            state: NumberOrderState.DRAFT,
            version: 1,
            createdBy: caller.subject,
          });
        } catch (error) {
          if (isUniqueViolation(error)) return refuse(reservationErrors.notActive('reservationId'));
          throw error;
        }
        await tx.getRepository(NumberOrderLine).insert(
          numbers.map((number) => ({
            id: newId(),
            orderId,
            inventoryNumberId: number.id,
            e164: number.e164,
            countryCode: number.countryCode,
            locality: number.locality,
            type: number.type,
            setupPriceMinor: number.setupPriceMinor,
            monthlyPriceMinor: number.monthlyPriceMinor,
            currency: number.currency,
            ...route,
            state: OrderLineState.PENDING,
            failureReason: null,
            phoneNumberId: null,
          })),
        );
        await rememberIdentityState(tx, identity.identityId, reservation.accountId, identity.status);
        await recordHistory(tx, orderId, { fromState: null, toState: NumberOrderState.DRAFT, actor: caller.subject });
        return accept({ orderId });
      },
    });
    if (!outcome.ok) return { order: null, userErrors: outcome.userErrors };
    return { order: await this.find(outcome.value.orderId), userErrors: [] };
  }

  /** Cancels an unpaid order (DRAFT or PENDING_PAYMENT): its numbers go back on sale at once. */
  async cancel(input: CancelNumberOrderInput): Promise<NumberOrderPayload> {
    const caller = requireWritePermission(this.ctx.caller, 'numbers:purchase');
    const current = await this.find(input.id);
    if (!current) return { order: null, userErrors: [orderErrors.notFound()] };
    const outcome = await runMutation(this.ctx.db, {
      check: async () => (current.version === input.expectedVersion ? accept(null) : refuse(versionConflict('number order'))),
      write: async (tx) => {
        const applied = await this.ctx.workflow.applyIn(tx, current.id, NumberOrderEvent.CANCELLED_BY_CUSTOMER, caller.subject);
        return applied.ok ? accept(null) : refuse(applied.error);
      },
    });
    if (!outcome.ok) return { order: null, userErrors: outcome.userErrors };
    return { order: await this.find(current.id), userErrors: [] };
  }

  async find(id: string): Promise<NumberOrder | null> {
    const order = await this.ctx.db.getRepository(NumberOrder).findOneBy({ id });
    return order && canAccessAccount(this.ctx.caller, order.accountId) ? order : null;
  }
}
