import type { DataSource } from 'typeorm';
import {
  accept,
  accountForWrite,
  newId,
  isUniqueViolation,
  refuse,
  runMutation,
  updateVersioned,
  userError,
  versionConflict,
  type Caller,
  type Checked,
} from '../../../../packages/kit/src';
import type { BillingSettings } from '../billing-settings';
import type { BillingLoaders } from '../context';
import { requireBillingWrite } from '../permissions';
import { BillingProfile, VatNumberStatus } from './billing-profile.entity';
import { checkBillingProfile, type BillingProfileFields } from './billing-profile.rules';
import type { SaveBillingProfileInput } from './billing-profile.inputs';
import { isCheckedByVies } from './vat-registry';

export interface BillingServiceContext {
  db: DataSource;
  caller: Caller | null;
  loaders: BillingLoaders;
  settings: BillingSettings;
}

type CheckedProfile = BillingProfileFields & { vatNumberStatus: VatNumberStatus | null };

/** Creates or changes an account's billing profile (one per account, versioned). */
export class BillingProfileService {
  constructor(private readonly ctx: BillingServiceContext) {}

  async save(input: SaveBillingProfileInput): Promise<{ billingProfile: BillingProfile | null; userErrors: ReturnType<typeof userError>[] }> {
    const caller = requireBillingWrite(this.ctx.caller);
    const account = accountForWrite(caller, input.accountId);
    if (!account.ok) return { billingProfile: null, userErrors: account.userErrors };
    const accountId = account.value;
    if (!(await this.ctx.loaders.account.load(accountId)))
      return { billingProfile: null, userErrors: [userError('NOT_FOUND', 'No account with this id.', 'accountId')] };
    const current = await this.ctx.loaders.billingProfile.load(accountId);

    const outcome = await runMutation(this.ctx.db, {
      check: () => this.check(input, current),
      write: async (tx, fields): Promise<Checked<{ accountId: string }>> => {
        if (!current) {
          try {
            await tx
              .getRepository(BillingProfile)
              .insert({ ...fields, id: newId(), accountId, version: 1, createdBy: caller.subject, updatedBy: caller.subject });
          } catch (error) {
            // Two first saves at once: the second one is told to read the first.
            if (isUniqueViolation(error)) return refuse(versionConflict('billing profile'));
            throw error;
          }
          return accept({ accountId });
        }
        const result = await updateVersioned(
          tx,
          BillingProfile,
          { id: current.id, expectedVersion: input.expectedVersion!, where: { accountId } },
          { ...fields, updatedBy: caller.subject },
        );
        return result === 'done' ? accept({ accountId }) : refuse(versionConflict('billing profile'));
      },
    });
    if (!outcome.ok) return { billingProfile: null, userErrors: outcome.userErrors };
    return { billingProfile: await this.ctx.db.getRepository(BillingProfile).findOneBy({ accountId }), userErrors: [] };
  }

  /** The rules, then VIES for an EU VAT number: refused if unregistered, UNVERIFIED if VIES is down. */
  private async check(input: SaveBillingProfileInput, current: BillingProfile | null): Promise<Checked<CheckedProfile>> {
    if (current && input.expectedVersion !== current.version) return refuse(versionConflict('billing profile'));
    const checked = checkBillingProfile(input);
    if (!checked.ok) return checked;
    const { vatNumber } = checked.value;
    if (!vatNumber) return accept({ ...checked.value, vatNumberStatus: null });
    if (!isCheckedByVies(vatNumber)) return accept({ ...checked.value, vatNumberStatus: VatNumberStatus.UNVERIFIED });
    const answer = await this.ctx.settings.vatRegistry.check(vatNumber);
    if (answer === 'INVALID')
      return refuse(userError('VAT_NUMBER_NOT_REGISTERED', `The EU VAT registry (VIES) says ${vatNumber} is not registered.`, 'vatNumber'));
    return accept({ ...checked.value, vatNumberStatus: answer === 'VALID' ? VatNumberStatus.VERIFIED : VatNumberStatus.UNVERIFIED });
  }
}
