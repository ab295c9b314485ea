import { phoneNumberReleased } from '../../../../packages/events/src';
import type { DataSource } from 'typeorm';
import {
  accept,
  canAccessAccount,
  deleteVersioned,
  notFound,
  refuse,
  requireWritePermission,
  runMutation,
  stableId,
  updateVersioned,
  versionConflict,
  userError,
  type Caller,
} from '../../../../packages/kit/src';
import { checkInboundAction } from '../inbound-action/inbound-action.rules';
import { checkRoutableExtension } from '../inbound-action/routable-extension.check';
import { catalogPrice } from '../inventory/inventory-catalog';
import { InventoryNumber, InventoryState } from '../inventory/inventory-number.entity';
import { quarantineEnd } from '../number-order/number-order-workflow';
import { quarantineNumber } from '../reservation/number-holds';
import { PhoneNumber, PhoneNumberState } from './phone-number.entity';
import type {
  ReleasePhoneNumberInput,
  ReleasePhoneNumberPayload,
  UpdatePhoneNumberRoutingInput,
  UpdatePhoneNumberRoutingPayload,
} from './phone-number-mutation.inputs';

const PHONE_NUMBER = 'phone number';

/** Changes to the account's own numbers (`numbers:purchase`): a new inbound action, or giving the number up. */
export class PhoneNumberService {
  constructor(private readonly ctx: { db: DataSource; caller: Caller | null }) {}

  async updateRouting(input: UpdatePhoneNumberRoutingInput): Promise<UpdatePhoneNumberRoutingPayload> {
    requireWritePermission(this.ctx.caller, 'numbers:purchase');
    const current = await this.find(input.id);
    if (!current) return { phoneNumber: null, userErrors: [notFound(PHONE_NUMBER)] };
    const outcome = await runMutation(this.ctx.db, {
      check: async () => {
        if (current.state !== PhoneNumberState.ACTIVE)
          return refuse(userError('NUMBER_NOT_ACTIVE', `${current.e164} is not in service; its action cannot change.`, 'id'));
        return checkInboundAction(input.inboundAction);
      },
      write: async (tx, route) => {
        const extension = route.routeExtensionId ? await checkRoutableExtension(tx, current.accountId, route, 'inboundAction.extensionId') : null;
        if (extension) return refuse(extension);
        const result = await updateVersioned(
          tx,
          PhoneNumber,
          { id: current.id, expectedVersion: input.expectedVersion, where: { accountId: current.accountId } },
          { ...route },
        );
        return result === 'done' ? accept(null) : refuse(result === 'not-found' ? notFound(PHONE_NUMBER) : versionConflict(PHONE_NUMBER));
      },
    });
    if (!outcome.ok) return { phoneNumber: null, userErrors: outcome.userErrors };
    return { phoneNumber: await this.find(current.id), userErrors: [] };
  }

  /**
   * Removes the number from the account in one transaction: its row (and so its route) is gone
   * at once, so it stops ringing; it waits in quarantine, then is on sale again.
   */
  async release(input: ReleasePhoneNumberInput): Promise<ReleasePhoneNumberPayload> {
    requireWritePermission(this.ctx.caller, 'numbers:purchase');
    const current = await this.find(input.id);
    if (!current) return { releasedPhoneNumberId: null, availableAgainAt: null, userErrors: [notFound(PHONE_NUMBER)] };
    const availableAt = quarantineEnd(new Date());
    const outcome = await runMutation(this.ctx.db, {
      check: async () => accept(null),
      write: async (tx, _valid, { publish }) => {
        const result = await deleteVersioned(tx, PhoneNumber, {
          id: current.id,
          expectedVersion: input.expectedVersion,
          where: { accountId: current.accountId },
        });
        if (result !== 'done') return refuse(result === 'not-found' ? notFound(PHONE_NUMBER) : versionConflict(PHONE_NUMBER));
        const inventory = await tx.getRepository(InventoryNumber).findOneBy({ e164: current.e164 });
        if (inventory) {
          await quarantineNumber(tx, inventory.id, availableAt);
        } else {
          // A number the account had before the inventory existed: it joins the inventory now.
          const price = catalogPrice(current.countryCode, current.type);
          await tx.getRepository(InventoryNumber).insert({
            id: stableId('inventory-number', current.e164),
            e164: current.e164,
            countryCode: current.countryCode,
            locality: current.locality,
            type: current.type,
            state: InventoryState.QUARANTINED,
            setupPriceMinor: price.setupMinor,
            monthlyPriceMinor: price.monthlyMinor,
            currency: price.currency,
            availableAt,
          });
        }
        // Billing stops the number's monthly fee at the end of the period already paid.
        await publish(phoneNumberReleased, {
          aggregateId: current.id,
          aggregateVersion: 1, // a number row is released once (its row is gone)
          accountId: current.accountId,
          payload: { phoneNumberId: current.id, e164: current.e164 },
        });
        return accept(null);
      },
    });
    if (!outcome.ok) return { releasedPhoneNumberId: null, availableAgainAt: null, userErrors: outcome.userErrors };
    return { releasedPhoneNumberId: current.id, availableAgainAt: availableAt, userErrors: [] };
  }

  private async find(id: string): Promise<PhoneNumber | null> {
    const number = await this.ctx.db.getRepository(PhoneNumber).findOneBy({ id });
    return number && canAccessAccount(this.ctx.caller, number.accountId) ? number : null;
  }
}
