import type { PeerClient } from '../../../../packages/kit/src';

/** Where numbering's peers listen in the local default layout; `<NAME>_URL` overrides each. */
export const NUMBERING_PEERS = {
  compliance: 'http://127.0.0.1:4004/graphql',
};

/** What compliance says about an identity an order names. */
export interface OrderIdentityFacts {
  accountId: string;
  status: string;
}

/**
 * The facts numbering needs from compliance before it writes an order, asked through its
 * federation `_entities` field as the caller: compliance applies its own tenancy rule, so an
 * identity of another account answers null, exactly like one that does not exist.
 */
export function createNumberingPeers(client: PeerClient) {
  return {
    /** The identity's account and status; null when it does not exist or the caller may not see it. */
    async identity(id: string): Promise<OrderIdentityFacts | null> {
      const [identity] = await client.entities<{ status: string; account: { id: string } }>('compliance', [{ __typename: 'Identity', id }], '... on Identity { status account { id } }');
      return identity ? { accountId: identity.account.id, status: identity.status } : null;
    },
  };
}

export type NumberingPeers = ReturnType<typeof createNumberingPeers>;
