import { CREATE_EXTENSION, mutate } from './support/extensions';
import { makeFixture, Stack } from './support/stack';

describe('Account.extensions with a filter', () => {
  let stack: Stack;
  let acmeId: string;
  let globexId: string;
  let token: string;

  const PAGE = /* GraphQL */ `
    query Page($filter: ExtensionFilter, $first: Int = 20, $after: String) {
      viewer {
        account {
          extensions(filter: $filter, first: $first, after: $after) {
            totalCount
            pageInfo {
              hasNextPage
              endCursor
            }
            edges {
              cursor
              node {
                number
                displayName
              }
            }
          }
        }
      }
    }
  `;
  const page = async (filter: Record<string, unknown> | null, first = 20, after: string | null = null, as = token) => {
    const { body } = await stack.request(as, PAGE, { filter, first, after });
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return body.data.viewer.account.extensions;
  };
  const numbers = (connection: any) => connection.edges.map((e: any) => e.node.number);

  beforeAll(async () => {
    stack = await Stack.start();
    // Seeded: 901 to 903 (Alice ACME..., Bruno..., Chloé...).
    acmeId = await stack.seed(makeFixture({ extensions: 3, numbers: 1, identities: 0 }, 'Acme'));
    globexId = await stack.seed(makeFixture({ extensions: 2, numbers: 1, identities: 0 }, 'Globex'));
    token = await stack.customerToken(acmeId);
    for (const [number, displayName, email] of [
      ['801', 'Alicia KEYS', 'keys@music.example'],
      ['802', 'Bob 100% Sure', null],
      ['8101', 'Under_score', 'under@score.example'],
      ['810', 'Plain Bob', 'bob@ALICORN.example'],
    ] as const) {
      await mutate(stack, token, CREATE_EXTENSION, { number, displayName, email });
    }
  });
  afterAll(() => stack?.close());

  it('keeps the whole list, sorted by number, without a filter', async () => {
    const all = await page(null);
    expect(numbers(all)).toEqual(['801', '802', '810', '8101', '901', '902', '903']);
    expect(all.totalCount).toBe(7);
  });

  it('filters by number prefix, and counts the matches only', async () => {
    const eights = await page({ numberPrefix: '81' });
    expect(numbers(eights)).toEqual(['810', '8101']);
    expect(eights.totalCount).toBe(2);
  });

  it('searches display names and emails, ignoring case', async () => {
    expect(numbers(await page({ search: 'ALIC' }))).toEqual(['801', '810', '901']); // Alicia, bob@alicorn, Alice
    expect(numbers(await page({ search: 'music.EXAMPLE' }))).toEqual(['801']);
    expect(numbers(await page({ search: '  plain   bob ' }))).toEqual(['810']);
  });

  it('takes LIKE wildcards in the search literally', async () => {
    expect(numbers(await page({ search: '%' }))).toEqual(['802']);
    expect(numbers(await page({ search: '_' }))).toEqual(['8101']);
    expect(numbers(await page({ search: '!' }))).toEqual([]);
    expect((await page({ search: '0%' })).totalCount).toBe(1);
  });

  it('combines criteria with AND', async () => {
    const both = await page({ numberPrefix: '8', search: 'bob' });
    expect(numbers(both)).toEqual(['802', '810']);
    expect(both.totalCount).toBe(2);
  });

  it('pages through a filtered list with stable cursors and a constant total', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 10; i++) {
      const connection: any = await page({ numberPrefix: '8' }, 1, after);
      expect(connection.totalCount).toBe(4);
      seen.push(...numbers(connection));
      if (!connection.pageInfo.hasNextPage) break;
      after = connection.pageInfo.endCursor;
    }
    expect(seen).toEqual(['801', '802', '810', '8101']);
  });

  it('costs the same three statements as the unfiltered list (count, ranked ids, rows)', async () => {
    const filtered = await stack.countStatements(() => page({ numberPrefix: '8', search: 'bob' }));
    const unfiltered = await stack.countStatements(() => page(null));
    expect(filtered.telephony).toBe(3);
    expect(unfiltered.telephony).toBe(3);
  });

  it('lets staff filter any account, and a customer sees only its own', async () => {
    const query = `query($id: ID!, $f: ExtensionFilter) { account(id: $id) { extensions(filter: $f) { totalCount edges { node { number } } } } }`;
    const asStaff = await stack.request(await stack.staffToken(), query, { id: globexId, f: { numberPrefix: '90' } });
    expect(asStaff.body.data.account.extensions).toEqual({ totalCount: 2, edges: [{ node: { number: '901' } }, { node: { number: '902' } }] });
    const asCustomer = await stack.request(token, query, { id: globexId, f: { numberPrefix: '90' } });
    expect(asCustomer.body.data.account).toBeNull();
  });

  it('refuses a malformed filter with BAD_USER_INPUT', async () => {
    for (const filter of [{ numberPrefix: '9a' }, { search: 'x'.repeat(101) }]) {
      const { body } = await stack.request(token, PAGE, { filter });
      expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    }
  });
});
