import type { EntityManager } from 'typeorm';
import { numberOrderCheckedOut, numberOrderPaid } from '../../../../packages/events/src';
import { on, type EventHandler } from '../../../../packages/kit/src';
import { paidEventFor } from '../identity-state/identity-state';
import { holdForPayment } from '../reservation/number-holds';
import { NumberOrder, NumberOrderLine } from './number-order.entity';
import { NumberOrderEvent, NumberOrderState } from './number-order-state';
import { publishLineFailed, type NumberOrderWorkflow } from './number-order-workflow';

/** Why the lines of an order paid after it was cancelled are refunded. */
export const PAID_AFTER_CANCEL_REASON = 'The order was cancelled (by the customer, or its reservation ran out) before its payment succeeded.';

/**
 * Billing's payment events drive an order through payment, in the inbox's transaction (applied
 * once per event, in order per order):
 * - checked out: DRAFT -> PENDING_PAYMENT, and the numbers are held while the payment runs
 *   (3-D Secure included), see `holdForPayment`;
 * - paid: PENDING_PAYMENT -> PROVISIONING, IN_REVIEW or PENDING_DOCUMENTS by the identity's state
 *   as numbering knows it (identity-state.ts). An order cancelled before its payment succeeded
 *   stays cancelled and each of its lines is refunded (`numbering.number-order-line.failed`).
 */
export function paymentOrderHandlers(workflowOf: (tx: EntityManager) => NumberOrderWorkflow): EventHandler[] {
  const orderOf = async (tx: EntityManager, id: string, accountId: string | null) => {
    const order = await tx.getRepository(NumberOrder).findOneBy({ id });
    return order && order.accountId === accountId ? order : null; // an order is paid by its own account only
  };
  return [
    on(numberOrderCheckedOut, async (tx, event) => {
      const order = await orderOf(tx, event.payload.numberOrderId, event.accountId);
      if (!order) return;
      const applied = await workflowOf(tx).applyIn(tx, order.id, NumberOrderEvent.CHECKOUT_STARTED, 'billing');
      if (applied.ok) await holdForPayment(tx, order.reservationId, new Date());
    }),
    on(numberOrderPaid, async (tx, event) => {
      const order = await orderOf(tx, event.payload.numberOrderId, event.accountId);
      if (!order) return;
      const workflow = workflowOf(tx);
      if (order.state === NumberOrderState.CANCELLED) {
        const lines = await tx.getRepository(NumberOrderLine).findBy({ orderId: order.id });
        for (const line of lines) await publishLineFailed(tx, order, line, PAID_AFTER_CANCEL_REASON);
        return;
      }
      if (order.state !== NumberOrderState.PENDING_PAYMENT) return; // already moved on: nothing more to do
      const applied = await workflow.applyIn(tx, order.id, await paidEventFor(tx, order.identityId), 'billing');
      if (applied.ok && applied.state === NumberOrderState.PROVISIONING) workflow.provisionAfterCommit(order.id);
    }),
  ];
}
