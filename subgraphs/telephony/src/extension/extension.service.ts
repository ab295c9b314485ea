import type { DataSource, EntityManager } from 'typeorm';
import { extensionChanged, extensionCreated, extensionRemoved } from '../../../../packages/events/src';
import {
  accept,
  accountForWrite,
  canAccessAccount,
  checkAll,
  deleteVersioned,
  MAX_BLOCKING_NUMBERS,
  isUniqueViolation,
  newId,
  notFound,
  refuse,
  requireWritePermission,
  runMutation,
  updateVersioned,
  versionConflict,
  type Caller,
  type Checked,
  type Publish,
  type UserErrorValue,
  type VersionedWriteResult,
} from '../../../../packages/kit/src';
import { AccountDialPlan } from '../dial-plan/dial-plan.entity';
import { checkExtensionNumber, DEFAULT_NUMBER_LENGTH, type NumberLengthRange } from '../dial-plan/dial-plan';
import type { TelephonyPeers } from '../external/peers';
import { Extension, ExtensionState } from './extension.entity';
import { extensionErrors } from './extension.errors';
import type { CreateExtensionInput, DeleteExtensionInput, UpdateExtensionInput } from './extension.inputs';
import type { CreateExtensionPayload, DeleteExtensionPayload, UpdateExtensionPayload } from './extension.payloads';
import { takeSeat } from '../seats/seats.service';
import { checkCallerId, checkDisplayName, checkOptionalEmail, checkPlan } from './extension.rules';

export interface ExtensionServiceContext {
  db: DataSource;
  caller: Caller | null;
  peers: TelephonyPeers;
}

/** The settable fields of an extension, once every rule accepted them. */
type ExtensionFields = Pick<Extension, 'number' | 'displayName' | 'email' | 'voicemailEnabled' | 'outboundCallerIdNumberId' | 'planId'>;

/** What a write records (and an idempotent replay returns): ids, never entities. */
interface WrittenExtension {
  extensionId: string;
}

const EXTENSION = 'extension';

/** Fields a required value can only replace: null there means "keep", as an omitted field does. */
const KEPT_ON_NULL = new Set<keyof ExtensionFields>(['number', 'displayName', 'voicemailEnabled']);
const SETTABLE: (keyof ExtensionFields)[] = ['number', 'displayName', 'email', 'voicemailEnabled', 'outboundCallerIdNumberId', 'planId'];

/** What an update asks to change, before any rule: omitted means keep, null clears optional fields. */
function requestedChanges(current: Extension, input: UpdateExtensionInput): Partial<ExtensionFields> {
  const changes: Record<string, unknown> = {};
  for (const field of SETTABLE) {
    const value = input[field];
    if (value === undefined || (value === null && KEPT_ON_NULL.has(field)) || value === current[field]) continue;
    changes[field] = value;
  }
  return changes as Partial<ExtensionFields>;
}

/**
 * Creates, changes and removes extensions with the rules a PBX enforces. Each method checks
 * (input rules, peers) outside the transaction, writes in one transaction, and reports expected
 * failures as user errors (kit `runMutation`).
 */
export class ExtensionService {
  constructor(private readonly ctx: ExtensionServiceContext) {}

  async create(input: CreateExtensionInput): Promise<CreateExtensionPayload> {
    const caller = requireWritePermission(this.ctx.caller, 'extensions:write');
    const account = accountForWrite(caller, input.accountId);
    if (!account.ok) return { extension: null, userErrors: account.userErrors };
    const accountId = account.value;
    const { idempotencyKey, ...request } = input;

    const outcome = await runMutation(this.ctx.db, {
      idempotency: { scope: accountId, operation: 'createExtension', key: idempotencyKey, input: request },
      check: () => this.checkNew(accountId, input),
      write: (tx, fields, { publish }) => this.insert(tx, accountId, fields, caller, publish),
    });
    if (!outcome.ok) return { extension: null, userErrors: outcome.userErrors };
    const extension = await this.reload(outcome.value.extensionId);
    return extension ? { extension, userErrors: [] } : { extension: null, userErrors: [extensionErrors.createdThenRemoved()] };
  }

  async update(input: UpdateExtensionInput): Promise<UpdateExtensionPayload> {
    const caller = requireWritePermission(this.ctx.caller, 'extensions:write');
    const current = await this.findVisible(input.id);
    if (!current) return { extension: null, userErrors: [notFound(EXTENSION)] };

    const outcome = await runMutation(this.ctx.db, {
      check: () => this.checkChanges(current, input),
      write: async (tx, changes, { publish }) => {
        // Nothing to change (the version matched when checked): bumping it would only make others conflict.
        if (Object.keys(changes).length === 0) return accept<WrittenExtension>({ extensionId: current.id });
        // A move to another plan takes a seat of it, decided in this transaction (seats/seats.service.ts).
        if (changes.planId) {
          const seat = await takeSeat(tx, current.accountId, changes.planId);
          if (!seat.ok) return seat;
        }
        const result = await this.catchNumberTaken(changes.number ?? current.number, () =>
          updateVersioned(
            tx,
            Extension,
            { id: current.id, expectedVersion: input.expectedVersion, where: { accountId: current.accountId } },
            { ...changes, updatedBy: caller.subject },
          ),
        );
        if (!result.ok) return result;
        const written = this.written(current.id, result.value);
        if (written.ok) {
          await publish(extensionChanged, {
            aggregateId: current.id,
            aggregateVersion: input.expectedVersion + 1,
            accountId: current.accountId,
            payload: { extensionId: current.id, number: changes.number ?? current.number, state: current.state },
          });
        }
        return written;
      },
    });
    if (!outcome.ok) return { extension: null, userErrors: outcome.userErrors };
    return { extension: await this.reload(outcome.value.extensionId), userErrors: [] };
  }

  async delete(input: DeleteExtensionInput): Promise<DeleteExtensionPayload> {
    requireWritePermission(this.ctx.caller, 'extensions:write');
    const current = await this.findVisible(input.id);
    if (!current) return { deletedExtensionId: null, blockingNumbers: [], blockingNumberCount: 0, userErrors: [notFound(EXTENSION)] };

    if (this.isStale(current, input.expectedVersion))
      return { deletedExtensionId: null, blockingNumbers: [], blockingNumberCount: 0, userErrors: [versionConflict(EXTENSION)] };

    // Numbering owns the routes. A number routed here between this check and the delete would
    // ring nothing: numbering has to refuse routes to missing extensions on its side.
    const ringing = await this.ctx.peers.inboundNumbers(current.id, MAX_BLOCKING_NUMBERS);
    if (ringing.totalCount) {
      return {
        deletedExtensionId: null,
        blockingNumbers: ringing.e164s,
        blockingNumberCount: ringing.totalCount,
        userErrors: [extensionErrors.inUse(current.number, ringing.e164s, ringing.totalCount)],
      };
    }

    const outcome = await runMutation(this.ctx.db, {
      check: async () => accept(null),
      // The version is checked again by the DELETE itself: a change since the read wins. Without
      // an expected version, the one just read is used, so the removal event's version is exact.
      write: async (tx, _valid, { publish }) => {
        const written = this.written(
          current.id,
          await deleteVersioned(tx, Extension, { id: current.id, expectedVersion: current.version, where: { accountId: current.accountId } }),
        );
        if (written.ok) {
          await publish(extensionRemoved, {
            aggregateId: current.id,
            aggregateVersion: current.version + 1,
            accountId: current.accountId,
            payload: { extensionId: current.id, number: current.number, state: 'REMOVED' },
          });
        }
        return written;
      },
    });
    if (!outcome.ok) return { deletedExtensionId: null, blockingNumbers: [], blockingNumberCount: 0, userErrors: outcome.userErrors };
    return { deletedExtensionId: outcome.value.extensionId, blockingNumbers: [], blockingNumberCount: 0, userErrors: [] };
  }

  /** Every rule of a new extension, all reported together; peers are asked in parallel. */
  private async checkNew(accountId: string, input: CreateExtensionInput): Promise<Checked<ExtensionFields>> {
    const planId = input.planId ?? null;
    const callerIdNumberId = input.outboundCallerIdNumberId ?? null;
    const [billing, callerIdNumber, range] = await Promise.all([
      this.ctx.peers.billingFacts(accountId, planId),
      callerIdNumberId ? this.ctx.peers.phoneNumber(callerIdNumberId) : null,
      this.numberLengthRange(accountId),
    ]);
    // Staff naming an account that does not exist.
    if (!billing.account) return refuse(notFound('account', 'accountId'));
    return checkAll({
      number: checkExtensionNumber(input.number, { range, countryCode: billing.account.countryCode }),
      displayName: checkDisplayName(input.displayName),
      email: checkOptionalEmail(input.email ?? null),
      voicemailEnabled: accept(input.voicemailEnabled),
      outboundCallerIdNumberId: checkCallerId(callerIdNumberId, callerIdNumber, accountId),
      planId: checkPlan(planId, billing.plan),
    });
  }

  /**
   * The fields that actually change, each checked with the creation rules; a field equal to the
   * current value is no change, so it is neither re-checked nor sent to a peer.
   */
  private async checkChanges(current: Extension, input: UpdateExtensionInput): Promise<Checked<Partial<ExtensionFields>>> {
    if (this.isStale(current, input.expectedVersion)) return refuse(versionConflict(EXTENSION));
    const changes = requestedChanges(current, input);
    const needsBilling = changes.number !== undefined || Boolean(changes.planId);
    const [billing, callerIdNumber, range] = await Promise.all([
      needsBilling ? this.ctx.peers.billingFacts(current.accountId, changes.planId ?? null) : null,
      changes.outboundCallerIdNumberId ? this.ctx.peers.phoneNumber(changes.outboundCallerIdNumberId) : null,
      changes.number !== undefined ? this.numberLengthRange(current.accountId) : DEFAULT_NUMBER_LENGTH,
    ]);
    if (needsBilling && !billing?.account) throw new Error(`billing does not know account ${current.accountId} of extension ${current.id}.`);

    const checks: Record<string, Checked<unknown>> = {};
    if (changes.number !== undefined) checks.number = checkExtensionNumber(changes.number, { range, countryCode: billing!.account!.countryCode });
    if (changes.displayName !== undefined) checks.displayName = checkDisplayName(changes.displayName);
    if (changes.email !== undefined) checks.email = checkOptionalEmail(changes.email);
    if (changes.voicemailEnabled !== undefined) checks.voicemailEnabled = accept(changes.voicemailEnabled);
    if (changes.outboundCallerIdNumberId !== undefined)
      checks.outboundCallerIdNumberId = checkCallerId(changes.outboundCallerIdNumberId, callerIdNumber, current.accountId);
    if (changes.planId !== undefined) checks.planId = checkPlan(changes.planId, billing?.plan ?? null);
    const checked = checkAll(checks);
    if (!checked.ok) return checked;
    // Normalisation may make a value equal to the current one ("  Alice " for "Alice"): no change then.
    return accept(
      Object.fromEntries(
        Object.entries(checked.value).filter(([field, value]) => value !== current[field as keyof ExtensionFields]),
      ) as Partial<ExtensionFields>,
    );
  }

  private async insert(tx: EntityManager, accountId: string, fields: ExtensionFields, caller: Caller, publish: Publish): Promise<Checked<WrittenExtension>> {
    // An extension on a plan takes one of its seats, decided in this transaction (seats/seats.service.ts).
    if (fields.planId) {
      const seat = await takeSeat(tx, accountId, fields.planId);
      if (!seat.ok) return seat;
    }
    const id = newId();
    const inserted = await this.catchNumberTaken(fields.number, () =>
      tx
        .getRepository(Extension)
        .insert({ ...fields, id, accountId, state: ExtensionState.ACTIVE, version: 1, createdBy: caller.subject, updatedBy: caller.subject }),
    );
    if (!inserted.ok) return inserted;
    await publish(extensionCreated, {
      aggregateId: id,
      aggregateVersion: 1,
      accountId,
      payload: { extensionId: id, number: fields.number, state: ExtensionState.ACTIVE },
    });
    return accept({ extensionId: id });
  }

  /**
   * The unique index `uq_extensions_account_number` is what keeps numbers unique, also between
   * two concurrent requests: its violation becomes EXTENSION_NUMBER_TAKEN (the driver's text,
   * with its SQL, never reaches the client).
   */
  private async catchNumberTaken<T>(number: string, write: () => Promise<T>): Promise<Checked<T>> {
    try {
      return accept(await write());
    } catch (error) {
      if (isUniqueViolation(error)) return refuse(extensionErrors.numberTaken(number));
      throw error;
    }
  }

  private written(extensionId: string, result: VersionedWriteResult): Checked<WrittenExtension> {
    if (result === 'done') return accept({ extensionId });
    const error: UserErrorValue = result === 'version-conflict' ? versionConflict(EXTENSION) : notFound(EXTENSION);
    return refuse(error);
  }

  private isStale(current: Extension, expectedVersion: number | null | undefined): boolean {
    return expectedVersion !== undefined && expectedVersion !== null && expectedVersion !== current.version;
  }

  /** The extension if it exists and the caller may act on it; a foreign one reads as missing. */
  private async findVisible(id: string): Promise<Extension | null> {
    const extension = await this.ctx.db.getRepository(Extension).findOneBy({ id });
    return extension && canAccessAccount(this.ctx.caller, extension.accountId) ? extension : null;
  }

  /** Read after commit, so the payload shows what is stored (normalised values, new version). */
  private reload(id: string): Promise<Extension | null> {
    return this.findVisible(id);
  }

  private async numberLengthRange(accountId: string): Promise<NumberLengthRange> {
    const plan = await this.ctx.db.getRepository(AccountDialPlan).findOneBy({ accountId });
    return plan ? { min: plan.minNumberLength, max: plan.maxNumberLength } : DEFAULT_NUMBER_LENGTH;
  }
}
