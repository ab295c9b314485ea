import { InventoryNumber, InventoryState } from '../subgraphs/numbering/src/inventory/inventory-number.entity';
import { seedInventory } from '../subgraphs/numbering/src/inventory/inventory.seed';
import { numberingDb, SEARCH } from './support/numbers';
import { makeFixture, Stack } from './support/stack';

describe('number inventory: search and localities through the gateway', () => {
  let stack: Stack;
  let token: string;

  beforeAll(async () => {
    stack = await Stack.start();
    token = await stack.customerToken(await stack.seed(makeFixture({ extensions: 1, numbers: 1, identities: 0 })));
  });
  afterAll(() => stack?.close());

  const search = async (filter: Record<string, unknown>, first = 20, after?: string) => {
    const { body } = await stack.request(token, SEARCH, { filter, first, after });
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return body.data.availablePhoneNumbers;
  };

  it('seeds the inventory once at start: a second run adds nothing', async () => {
    const count = await numberingDb(stack).getRepository(InventoryNumber).count();
    expect(count).toBeGreaterThan(1000);
    expect(await seedInventory(numberingDb(stack))).toBe(0);
    expect(await numberingDb(stack).getRepository(InventoryNumber).count()).toBe(count);
  });

  it('lists Paris numbers (01) with prices, national format and type, sorted and paged without overlap', async () => {
    const first = await search({ countryCode: 'FR', locality: 'Paris' }, 5);
    expect(first.totalCount).toBeGreaterThanOrEqual(30);
    expect(first.edges).toHaveLength(5);
    for (const { node } of first.edges) {
      expect(node).toMatchObject({
        locality: 'Paris',
        type: 'LOCAL',
        state: 'AVAILABLE',
        country: { code: 'FR' },
        setupPrice: { amountMinor: 0, currency: 'EUR' },
        monthlyPrice: { amountMinor: 150 },
      });
      expect(node.e164).toMatch(/^\+331\d{8}$/);
      expect(node.nationalFormat).toMatch(/^01 \d\d \d\d \d\d \d\d$/);
    }
    const e164s = first.edges.map((e: any) => e.node.e164);
    expect([...e164s].sort()).toEqual(e164s);
    const second = await search({ countryCode: 'FR', locality: 'Paris' }, 5, first.pageInfo.endCursor);
    expect(second.edges.map((e: any) => e.node.e164).some((e: string) => e164s.includes(e))).toBe(false);
    expect(second.edges[0].node.e164 > e164s[4]).toBe(true);
  });

  it('filters by type and by a digit pattern ("*" is any one digit), never across the country code', async () => {
    const tollFree = await search({ countryCode: 'GB', type: 'TOLL_FREE' }, 3);
    expect(tollFree.edges.every((e: any) => e.node.e164.startsWith('+44800') && e.node.type === 'TOLL_FREE' && e.node.setupPrice.currency === 'GBP')).toBe(
      true,
    );
    const sample = (await search({ countryCode: 'DE', locality: 'München' }, 1)).edges[0].node.e164 as string;
    const tail = sample.slice(-4);
    const byDigits = await search({ countryCode: 'DE', digits: tail });
    expect(byDigits.edges.map((e: any) => e.node.e164)).toContain(sample);
    expect(byDigits.edges.every((e: any) => e.node.e164.slice(3).includes(tail))).toBe(true);
    const wildcard = await search({ countryCode: 'DE', digits: `${tail.slice(0, 2)}*${tail.slice(3)}` });
    expect(wildcard.edges.map((e: any) => e.node.e164)).toContain(sample);
    // "49" is Germany's calling code: it matches inside national numbers only.
    const codeDigits = await search({ countryCode: 'DE', digits: '4989' });
    expect(codeDigits.totalCount).toBe(0);
  });

  it('shows only numbers on sale', async () => {
    const [one] = (await search({ countryCode: 'ES', locality: 'Madrid' }, 1)).edges;
    await numberingDb(stack).getRepository(InventoryNumber).update({ id: one.node.id }, { state: InventoryState.RESERVED });
    const after = await search({ countryCode: 'ES', locality: 'Madrid' }, 100);
    expect(after.edges.map((e: any) => e.node.id)).not.toContain(one.node.id);
    await numberingDb(stack).getRepository(InventoryNumber).update({ id: one.node.id }, { state: InventoryState.AVAILABLE });
  });

  it('gives the country picker the countries on sale, each with its currency', async () => {
    const { body } = await stack.request(token, '{ countriesOnSale { country { code name } currency } }');
    expect(body.errors).toBeUndefined();
    expect(body.data.countriesOnSale.map((c: any) => `${c.country.code}:${c.currency}`)).toEqual(['DE:EUR', 'ES:EUR', 'FR:EUR', 'GB:GBP', 'US:USD']);
    expect(body.data.countriesOnSale.find((c: any) => c.country.code === 'FR').country.name).toBe('France');
  });

  it('gives the location picker its localities with counts', async () => {
    const { body } = await stack.request(
      token,
      '{ fr: localities(countryCode: "FR") { name availableCount } us: localities(countryCode: "us", type: LOCAL) { name } mobile: localities(countryCode: "FR", type: MOBILE) { name } }',
    );
    expect(body.errors).toBeUndefined();
    expect(body.data.fr.map((l: any) => l.name)).toEqual(expect.arrayContaining(['Paris', 'Lyon', 'Marseille', 'Lille', 'Bordeaux']));
    expect(body.data.fr.find((l: any) => l.name === 'Paris').availableCount).toBeGreaterThanOrEqual(60);
    expect(body.data.us.map((l: any) => l.name)).toContain('New York');
    expect(body.data.mobile).toEqual([]);
  });

  it('refuses bad filters with BAD_USER_INPUT naming the field, and anonymous callers', async () => {
    for (const [filter, field] of [
      [{ countryCode: 'France' }, 'countryCode'],
      [{ countryCode: 'XX' }, 'countryCode'],
      [{ countryCode: 'FR', digits: '12a' }, 'digits'],
      [{ countryCode: 'FR', digits: "1' OR 1=1" }, 'digits'],
    ] as const) {
      const { body } = await stack.request(token, SEARCH, { filter });
      expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
      expect(JSON.stringify(body)).not.toMatch(/SELECT|sqlite|at \w+ \(/i);
    }
    const { status } = await stack.request(null, SEARCH, { filter: { countryCode: 'FR' } });
    expect(status).toBe(401);
  });
});
