import type { PeerClient } from '../../../../packages/kit/src';

/** Where numbering's peers listen in the local default layout; `<NAME>_URL` overrides each. */
export const NUMBERING_PEERS = {
  // Asked whether an order's identity covers its numbers (read-only, as the caller).
  compliance: 'http://127.0.0.1:4004/graphql',
  // Where numbering's events for billing (failed lines to refund, released numbers) are delivered.
  billing: 'http://127.0.0.1:4001/graphql',
};

/** A country and kind of number an order's identity must cover. */
export interface NumberUseKey {
  countryCode: string;
  type: string;
}

/** What compliance says about an identity for an order; null when it does not exist or the caller may not see it. */
export interface OrderIdentityFacts {
  status: string;
  accountId: string;
  /** Per use asked for, in order: what the identity still lacks (messages), empty when it covers it. */
  missing: { code: string; message: string }[][];
}

/**
 * The facts numbering asks of compliance before it writes (read-only, as the caller: compliance
 * applies its own tenancy rule). Compliance owns the requirements; numbering only reads verdicts.
 */
export function createNumberingPeers(client: PeerClient) {
  return {
    async orderIdentity(identityId: string, uses: NumberUseKey[]): Promise<OrderIdentityFacts | null> {
      const checks = uses
        .map((use, i) => `m${i}: missingRequirements(countryCode: ${JSON.stringify(use.countryCode)}, numberUse: ${use.type}) { code message }`)
        .join(' ');
      const [identity] = await client.entities<Record<string, unknown> & { status: string; account: { id: string } }>(
        'compliance',
        [{ __typename: 'Identity', id: identityId }],
        `... on Identity { status account { id } ${checks} }`,
      );
      if (!identity) return null;
      return { status: identity.status, accountId: identity.account.id, missing: uses.map((_, i) => identity[`m${i}`] as { code: string; message: string }[]) };
    },
  };
}

export type NumberingPeers = ReturnType<typeof createNumberingPeers>;
