import { fixtureIds, loadPages, openSubgraph, type Page, type Subgraph } from '../packages/kit/src';
import { PhoneNumber } from '../subgraphs/numbering/src/phone-number/phone-number.entity';
import { numbering } from '../subgraphs/numbering/src/subgraph';
import { testDriver, scratchDatabase } from './support/database';
import { makeFixture } from './support/stack';

/**
 * `loadPages` reads one parent with a keyset LIMIT and several with a ranked window: both must
 * give the same pages, cursors, `hasNextPage` and totals, on this run's driver.
 */
describe(`loadPages on ${testDriver}`, () => {
  let subgraph: Subgraph<any>;
  let drop: () => Promise<void>;
  const big = makeFixture({ extensions: 3, numbers: 30, identities: 1 }, 'Pages Big');
  const small = makeFixture({ extensions: 2, numbers: 7, identities: 1 }, 'Pages Small');
  const ids = [fixtureIds.account(big), fixtureIds.account(small)];

  beforeAll(async () => {
    const scratch = await scratchDatabase('pages_numbering');
    drop = scratch.drop;
    subgraph = await openSubgraph(numbering as never, { databaseUrl: scratch.url });
    for (const fixture of [big, small]) await numbering.seedAccount(subgraph.dataSource, fixture);
  });
  afterAll(async () => {
    await subgraph?.dispose();
    await drop?.();
  });

  const pages = (parentIds: string[], first: number, after?: string | null) =>
    loadPages({ repository: subgraph.dataSource.getRepository(PhoneNumber), parent: 'accountId', sort: 'e164', parentIds, page: { first, after } });
  const shape = (page: Page<PhoneNumber>) => ({ ...page, edges: page.edges.map((e) => [e.cursor, e.node.id, e.node.e164]) });

  it.each([
    [4, false],
    [4, true],
    [10, true],
    [100, false],
  ])('first %p (after a cursor: %p) reads the same alone and together', async (first, withCursor) => {
    const after = withCursor ? (await pages([ids[0]!], 5)).get(ids[0]!)!.pageInfo.endCursor : null;
    const together = await pages(ids, first, after);
    for (const id of ids) {
      const alone = (await pages([id], first, after)).get(id)!;
      expect(shape(alone)).toEqual(shape(together.get(id)!));
    }
    const bigPage = together.get(ids[0]!)!;
    expect(bigPage.totalCount).toBe(30);
    expect(bigPage.edges.length).toBe(Math.min(first, withCursor ? 25 : 30));
    expect(bigPage.pageInfo.hasNextPage).toBe(first < (withCursor ? 25 : 30));
    const e164s = bigPage.edges.map((e) => e.node.e164);
    expect([...e164s].sort()).toEqual(e164s);
  });
});
