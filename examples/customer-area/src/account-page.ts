import type { Request } from './client';
import {
  CreateExtensionDocument,
  DeleteExtensionDocument,
  UpdateExtensionDocument,
  WholeAccountDocument,
  type ExtensionFieldsFragment,
  type UserErrorFieldsFragment,
} from './gql/graphql';

/**
 * What the customer area's pages do with the API, typed end to end by the generated documents:
 * a schema change that breaks these lines fails `npm run codegen:check`.
 */

export interface AccountPage {
  title: string;
  monthlyTotal: string;
  plans: { name: string; users: number; monthly: number }[];
  extensions: { id: string; label: string }[];
  numbers: { e164: string; ringing: string | null; identityState: string | null }[];
  identitiesNeedingAction: string[];
}

/** The home page, from one request; null when the caller has no account (staff). */
export async function loadAccountPage(request: Request, first = 20): Promise<AccountPage | null> {
  const { viewer } = await request(WholeAccountDocument, { first });
  const account = viewer.account;
  if (!account) return null;
  return {
    title: `${account.name} (${account.countryCode})`,
    monthlyTotal: account.monthlyTotal.formatted,
    plans: account.subscriptions.filter((s) => s.active).map((s) => ({ name: s.plan.name, users: s.quantity, monthly: s.monthlyAmount.amountMinor })),
    extensions: (account.extensions?.edges ?? []).map(({ node }) => ({
      id: node.id,
      label: `${node.number} ${node.displayName}${node.plan ? ` (${node.plan.name})` : ''}`,
    })),
    numbers: (account.phoneNumbers?.edges ?? []).map(({ node }) => ({
      e164: node.e164,
      ringing: node.routing.extension ? `${node.routing.extension.number} ${node.routing.extension.displayName}` : node.routing.forwardTo,
      identityState: node.identity?.status ?? null,
    })),
    // Identities the customer must act on (complete, replace rejected documents, renew); the detail says what lacks.
    identitiesNeedingAction: (account.identities?.edges ?? [])
      .filter(({ node }) => ['DRAFT', 'REJECTED', 'EXPIRED'].includes(node.status))
      .map(({ node }) => node.legalName),
  };
}

/** A form's outcome: the saved extension, or the user errors to show next to the fields. */
export type FormResult<T> = { ok: true; value: T } | { ok: false; errors: UserErrorFieldsFragment[] };

export async function addExtension(
  request: Request,
  form: { number: string; displayName: string; email?: string | null },
  idempotencyKey: string,
): Promise<FormResult<ExtensionFieldsFragment>> {
  const { createExtension } = await request(CreateExtensionDocument, { input: { ...form, idempotencyKey } });
  return createExtension.extension ? { ok: true, value: createExtension.extension } : { ok: false, errors: createExtension.userErrors };
}

export async function renameExtension(
  request: Request,
  extension: Pick<ExtensionFieldsFragment, 'id' | 'version'>,
  displayName: string,
): Promise<FormResult<ExtensionFieldsFragment>> {
  const { updateExtension } = await request(UpdateExtensionDocument, { input: { id: extension.id, expectedVersion: extension.version, displayName } });
  return updateExtension.extension ? { ok: true, value: updateExtension.extension } : { ok: false, errors: updateExtension.userErrors };
}

export async function removeExtension(
  request: Request,
  extension: Pick<ExtensionFieldsFragment, 'id' | 'version'>,
): Promise<FormResult<string> & { blockingNumbers: string[] }> {
  const { deleteExtension } = await request(DeleteExtensionDocument, { input: { id: extension.id, expectedVersion: extension.version } });
  return deleteExtension.deletedExtensionId
    ? { ok: true, value: deleteExtension.deletedExtensionId, blockingNumbers: [] }
    : { ok: false, errors: deleteExtension.userErrors, blockingNumbers: deleteExtension.blockingNumbers };
}
