import type { PeerClient } from '../../../../packages/kit/src';
import type { ExtensionFact } from '../plan-change/plan-change.rules';

/** Pages of 100 (telephony's largest page); 50 pages cover accounts of 5,000 extensions. */
const PAGE_SIZE = 100;
const MAX_PAGES = 50;

const EXTENSIONS_PAGE = /* GraphQL */ `
  query AccountExtensions($representations: [_Any!]!, $after: String) {
    _entities(representations: $representations) {
      ... on Account { extensions(first: ${PAGE_SIZE}, after: $after) { pageInfo { hasNextPage endCursor } edges { node { id number plan { id } } } } }
    }
  }
`;

interface ExtensionsPage {
  _entities: ({
    extensions: {
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
      edges: { node: { id: string; number: string; plan: { id: string } | null } }[];
    } | null;
  } | null)[];
}

/**
 * The facts billing needs from telephony (read-only): every extension of an account with its
 * plan, to check Edit and Remove lines and to know which seats are in use. Asked as the caller,
 * so telephony applies its own tenancy rule.
 */
export function createTelephonyFacts(client: PeerClient) {
  return {
    async accountExtensions(accountId: string): Promise<Map<string, ExtensionFact>> {
      const extensions = new Map<string, ExtensionFact>();
      let after: string | null = null;
      for (let page = 0; page < MAX_PAGES; page++) {
        const data: ExtensionsPage = await client.query<ExtensionsPage>('telephony', EXTENSIONS_PAGE, {
          representations: [{ __typename: 'Account', id: accountId }],
          after,
        });
        const connection = data._entities[0]?.extensions;
        if (!connection) return extensions;
        for (const { node } of connection.edges) extensions.set(node.id, { id: node.id, number: node.number, planId: node.plan?.id ?? null });
        if (!connection.pageInfo.hasNextPage) return extensions;
        after = connection.pageInfo.endCursor;
      }
      throw new Error(`account ${accountId} has more than ${PAGE_SIZE * MAX_PAGES} extensions; raise MAX_PAGES or add a seat-count field to telephony.`);
    },
  };
}

export type TelephonyFacts = ReturnType<typeof createTelephonyFacts>;
