import { accept, refuse, userError, type Checked, type UserErrorValue } from '../../../../packages/kit/src';
import type { LineDraft, PricedPlan } from '../quote/pricing';
import { MAX_LINES, MAX_QUANTITY_PER_LINE, MAX_USERS_PER_PLAN } from './plan-change.errors';

/** The tabs of the Upgrade/Downgrade screen, as the client sends them. */
export interface PlanChangeLinesRequest {
  additions: { planId: string; quantity: number }[];
  edits: { extensionId: string; planId: string }[];
  removals: { extensionId?: string | null; planId?: string | null; quantity?: number | null }[];
}

/** An extension of the account, as telephony reports it. */
export interface ExtensionFact {
  id: string;
  number: string;
  planId: string | null;
}

export interface LineFacts {
  family: string;
  /** The whole catalogue. */
  plans: ReadonlyMap<string, PricedPlan>;
  seatsBefore: ReadonlyMap<string, number>;
  /** Every extension of the account, by id. */
  extensions: ReadonlyMap<string, ExtensionFact>;
}

const ordinal = (tab: string, index: number) => `${tab} line ${index + 1}`;

/**
 * Checks every line of the three tabs against the account's facts and reports every fault at
 * once, each naming its line (`field` is "additions[0].quantity", the message says "Add line 1").
 * Returns the lines in the order Add, Edit, Remove.
 */
export function checkPlanChangeLines(request: PlanChangeLinesRequest, facts: LineFacts): Checked<LineDraft[]> {
  const errors: UserErrorValue[] = [];
  const lines: LineDraft[] = [];
  const fail = (code: string, field: string, message: string) => errors.push(userError(code, message, field));
  const total = request.additions.length + request.edits.length + request.removals.length;
  if (total > MAX_LINES) return refuse(userError('TOO_MANY_LINES', `A plan change holds at most ${MAX_LINES} lines (this one has ${total}).`, null));

  const planOfFamily = (planId: string, field: string, line: string): PricedPlan | null => {
    const plan = facts.plans.get(planId);
    if (plan && plan.family === facts.family) return plan;
    fail('PLAN_NOT_IN_FAMILY', field, `${line}: the plan is not a ${facts.family.toLowerCase().replace(/_/g, ' ')} plan of the catalogue.`);
    return null;
  };
  const quantityOk = (quantity: number, field: string, line: string) => {
    if (Number.isInteger(quantity) && quantity >= 1 && quantity <= MAX_QUANTITY_PER_LINE) return true;
    fail('QUANTITY_OUT_OF_RANGE', field, `${line}: the quantity must be 1 to ${MAX_QUANTITY_PER_LINE} users.`);
    return false;
  };
  const named = new Set<string>();
  const extensionOf = (extensionId: string, field: string, line: string): ExtensionFact | null => {
    const extension = facts.extensions.get(extensionId);
    if (!extension) {
      fail('EXTENSION_NOT_FOUND', field, `${line}: no such extension in this account.`);
      return null;
    }
    if (named.has(extensionId)) {
      fail('DUPLICATE_EXTENSION', field, `${line}: extension ${extension.number} is already named by another line.`);
      return null;
    }
    named.add(extensionId);
    return extension;
  };

  request.additions.forEach((addition, index) => {
    const line = ordinal('Add', index);
    const plan = planOfFamily(addition.planId, `additions[${index}].planId`, line);
    const quantity = quantityOk(addition.quantity, `additions[${index}].quantity`, line);
    if (plan && quantity) lines.push({ kind: 'ADD', planId: plan.id, quantity: addition.quantity, fromPlanId: null, extensionId: null, extensionNumber: null });
  });

  request.edits.forEach((edit, index) => {
    const line = ordinal('Edit', index);
    if (facts.family !== 'PHONE_SYSTEM') {
      fail('INVALID_LINE', `edits[${index}]`, `${line}: dialer plans have no extensions; change their quantity with Add and Remove.`);
      return;
    }
    const plan = planOfFamily(edit.planId, `edits[${index}].planId`, line);
    const extension = extensionOf(edit.extensionId, `edits[${index}].extensionId`, line);
    if (!plan || !extension) return;
    if (extension.planId === plan.id) {
      fail('INVALID_LINE', `edits[${index}].planId`, `${line}: extension ${extension.number} is already on ${plan.name}.`);
      return;
    }
    lines.push({ kind: 'EDIT', planId: plan.id, fromPlanId: extension.planId, extensionId: extension.id, extensionNumber: extension.number, quantity: 1 });
  });

  request.removals.forEach((removal, index) => {
    const line = ordinal('Remove', index);
    const field = `removals[${index}]`;
    if (Boolean(removal.extensionId) === Boolean(removal.planId)) {
      fail('INVALID_LINE', field, `${line}: name either an extension, or a plan and a quantity of users.`);
      return;
    }
    if (removal.extensionId) {
      if (facts.family !== 'PHONE_SYSTEM') {
        fail('INVALID_LINE', `${field}.extensionId`, `${line}: dialer plans have no extensions; remove a quantity of users.`);
        return;
      }
      const extension = extensionOf(removal.extensionId, `${field}.extensionId`, line);
      if (!extension) return;
      if (!extension.planId) {
        fail('INVALID_LINE', `${field}.extensionId`, `${line}: extension ${extension.number} is on no plan, so it frees no user.`);
        return;
      }
      lines.push({ kind: 'REMOVE', planId: extension.planId, fromPlanId: null, extensionId: extension.id, extensionNumber: extension.number, quantity: 1 });
      return;
    }
    const plan = planOfFamily(removal.planId!, `${field}.planId`, line);
    const quantity = quantityOk(removal.quantity ?? 0, `${field}.quantity`, line);
    if (plan && quantity)
      lines.push({ kind: 'REMOVE', planId: plan.id, fromPlanId: null, extensionId: null, extensionNumber: null, quantity: removal.quantity! });
  });

  if (errors.length) return refuse(...errors);
  const seatErrors = checkSeats(request, lines, facts);
  return seatErrors.length ? refuse(...seatErrors) : accept(lines);
}

/**
 * Users per plan once everything is applied. A removal by quantity may take only seats no
 * remaining extension uses: before + added - removed >= extensions on the plan (named
 * extensions removed or moved away free their own seat, so they cancel out on both sides).
 */
function checkSeats(request: PlanChangeLinesRequest, lines: LineDraft[], facts: LineFacts): UserErrorValue[] {
  const errors: UserErrorValue[] = [];
  const extensionsOn = new Map<string, number>();
  for (const extension of facts.extensions.values()) if (extension.planId) extensionsOn.set(extension.planId, (extensionsOn.get(extension.planId) ?? 0) + 1);
  const plans = new Set(lines.map((line) => line.planId));
  for (const planId of plans) {
    const plan = facts.plans.get(planId)!;
    const before = facts.seatsBefore.get(planId) ?? 0;
    const sum = (kind: string, byExtension: boolean) =>
      lines.filter((l) => l.planId === planId && l.kind === kind && Boolean(l.extensionId) === byExtension).reduce((s, l) => s + l.quantity, 0);
    const added = sum('ADD', false);
    const removedByQuantity = sum('REMOVE', false);
    const movedIn = lines.filter((l) => l.kind === 'EDIT' && l.planId === planId).length;
    const movedOut = lines.filter((l) => l.kind === 'EDIT' && l.fromPlanId === planId).length;
    const after = before + added + movedIn - movedOut - removedByQuantity - sum('REMOVE', true);
    const lastRemoval = request.removals
      .map((r, i) => ({ r, i }))
      .filter(({ r }) => r.planId === planId)
      .at(-1);
    const lastAddition = request.additions
      .map((a, i) => ({ a, i }))
      .filter(({ a }) => a.planId === planId)
      .at(-1);
    const used = extensionsOn.get(planId) ?? 0;
    if (removedByQuantity > 0 && before + added - removedByQuantity < used) {
      const free = Math.max(0, before + added - used);
      errors.push(
        userError(
          'SEATS_IN_USE',
          `Remove line ${lastRemoval!.i + 1}: ${plan.name} has ${before + added} users and ${used} extensions use them, so at most ${free} can be removed without naming extensions; name the extensions to remove instead.`,
          `removals[${lastRemoval!.i}].quantity`,
        ),
      );
    } else if (after < 0) {
      errors.push(userError('INVALID_LINE', `${plan.name} would have fewer than 0 users.`, lastRemoval ? `removals[${lastRemoval.i}]` : null));
    }
    if (after > MAX_USERS_PER_PLAN || before + added > MAX_USERS_PER_PLAN) {
      errors.push(
        userError(
          'QUANTITY_OUT_OF_RANGE',
          `${plan.name} would have more than ${MAX_USERS_PER_PLAN} users.`,
          lastAddition ? `additions[${lastAddition.i}].quantity` : null,
        ),
      );
    }
  }
  return errors;
}
