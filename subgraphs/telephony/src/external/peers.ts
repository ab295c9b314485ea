import type { PeerClient } from '../../../../packages/kit/src';

/** Where telephony's peers listen in the local default layout; `<NAME>_URL` overrides each. */
export const TELEPHONY_PEERS = {
  billing: 'http://127.0.0.1:4001/graphql',
  numbering: 'http://127.0.0.1:4003/graphql',
};

/** What billing says about an account, and about a plan when one is asked for. */
export interface BillingFacts {
  /** Null when the account does not exist, or the caller may not see it. */
  account: { countryCode: string } | null;
  plan: { family: string } | null;
}

/**
 * The facts telephony needs from other subgraphs before it writes, asked through their
 * federation `_entities` field, as the caller (each peer applies its own tenancy rule).
 */
export function createTelephonyPeers(client: PeerClient) {
  return {
    /** The account's country and, if `planId` is given, that plan's family: one call to billing. */
    async billingFacts(accountId: string, planId: string | null): Promise<BillingFacts> {
      const [account, plan] = await client.entities<{ countryCode?: string; family?: string }>(
        'billing',
        [{ __typename: 'Account', id: accountId }, ...(planId ? [{ __typename: 'Plan', id: planId }] : [])],
        '... on Account { countryCode } ... on Plan { family }',
      );
      return {
        account: account?.countryCode ? { countryCode: account.countryCode } : null,
        plan: plan?.family ? { family: plan.family } : null,
      };
    },

    /** The number and the account that holds it; null when it does not exist or the caller may not see it. */
    async phoneNumber(id: string): Promise<{ e164: string; accountId: string } | null> {
      const [number] = await client.entities<{ e164: string; account: { id: string } }>(
        'numbering',
        [{ __typename: 'PhoneNumber', id }],
        '... on PhoneNumber { e164 account { id } }',
      );
      return number ? { e164: number.e164, accountId: number.account.id } : null;
    },

    /** The first `first` E.164 numbers (sorted) whose inbound route rings the extension, and how many do. */
    async inboundNumbers(extensionId: string, first: number): Promise<{ e164s: string[]; totalCount: number }> {
      const [extension] = await client.entities<{ inboundNumbers: { totalCount: number; edges: { node: { e164: string } }[] } | null }>(
        'numbering',
        [{ __typename: 'Extension', id: extensionId }],
        `... on Extension { inboundNumbers(first: ${Number(first)}) { totalCount edges { node { e164 } } } }`,
      );
      if (!extension?.inboundNumbers) throw new Error('numbering returned no inbound numbers for an extension.');
      return { e164s: extension.inboundNumbers.edges.map((edge) => edge.node.e164), totalCount: extension.inboundNumbers.totalCount };
    },
  };
}

export type TelephonyPeers = ReturnType<typeof createTelephonyPeers>;
