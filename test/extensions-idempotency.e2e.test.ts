import { randomUUID } from 'node:crypto';
import { IdempotencyRecord } from '../packages/kit/src';
import { codes, CREATE_EXTENSION, DELETE_EXTENSION, extensionRows, mutate } from './support/extensions';
import { makeFixture, Stack } from './support/stack';

describe('createExtension with an idempotency key', () => {
  let stack: Stack;
  let acme: string;
  let globex: string;
  let token: string;
  const create = (input: Record<string, unknown>, as = token) => mutate(stack, as, CREATE_EXTENSION, input);

  beforeAll(async () => {
    stack = await Stack.start();
    acme = await stack.seed(makeFixture({ extensions: 2, numbers: 2, identities: 0 }, 'Acme'));
    globex = await stack.seed(makeFixture({ extensions: 0, numbers: 1, identities: 0 }, 'Globex'));
    token = await stack.customerToken(acme);
  });
  afterAll(() => stack?.close());

  it('replays the first result for the same key and input, and creates nothing more', async () => {
    const input = { number: '960', displayName: 'Once', email: 'once@acme.example', idempotencyKey: randomUUID() };
    const first = await create(input);
    const again = await create({ ...input });
    expect(first.userErrors).toEqual([]);
    expect(again).toEqual(first);
    expect((await extensionRows(stack, acme)).filter((e) => e.number === '960')).toHaveLength(1);
  });

  it('treats the input as the same whatever order its fields come in', async () => {
    const key = randomUUID();
    const first = await create({ number: '961', displayName: 'Ordered', idempotencyKey: key });
    const again = await create({ idempotencyKey: key, displayName: 'Ordered', number: '961' });
    expect(again.extension.id).toBe(first.extension.id);
  });

  it('refuses the same key with another input (IDEMPOTENCY_KEY_REUSED) and writes nothing', async () => {
    const key = randomUUID();
    await create({ number: '962', displayName: 'Original', idempotencyKey: key });
    const before = await extensionRows(stack, acme);
    const reused = await create({ number: '963', displayName: 'Different', idempotencyKey: key });
    expect(reused.extension).toBeNull();
    expect(codes(reused)).toEqual(['IDEMPOTENCY_KEY_REUSED@idempotencyKey']);
    expect(await extensionRows(stack, acme)).toEqual(before);
  });

  it('ends two concurrent requests with the same key with one extension, both answered with it', async () => {
    const input = { number: '964', displayName: 'Raced', idempotencyKey: randomUUID() };
    const results = await Promise.all([create(input), create(input), create(input)]);
    const created = (await extensionRows(stack, acme)).filter((e) => e.number === '964');
    expect(created).toHaveLength(1);
    for (const result of results) expect(result).toEqual({ extension: expect.objectContaining({ id: created[0]!.id }), userErrors: [] });
  });

  it('does not record a refusal of the checks, so the input can be fixed and sent again with the key', async () => {
    const key = randomUUID();
    expect(codes(await create({ number: '112', displayName: 'Emergency', idempotencyKey: key }))).toEqual(['EXTENSION_NUMBER_RESERVED@number']);
    const fixed = await create({ number: '965', displayName: 'Emergency', idempotencyKey: key });
    expect(fixed.extension.number).toBe('965');
  });

  it('records a refusal at write time (number taken) and replays it', async () => {
    const key = randomUUID();
    const taken = await create({ number: '901', displayName: 'Taken', idempotencyKey: key });
    expect(codes(taken)).toEqual(['EXTENSION_NUMBER_TAKEN@number']);
    expect(await create({ number: '901', displayName: 'Taken', idempotencyKey: key })).toEqual(taken);
  });

  it('keeps keys apart per account', async () => {
    const key = randomUUID();
    const mine = await create({ number: '966', displayName: 'Same key', idempotencyKey: key });
    const theirs = await create({ number: '966', displayName: 'Same key', idempotencyKey: key }, await stack.customerToken(globex));
    expect(theirs.extension.id).not.toBe(mine.extension.id);
    expect(theirs.extension.account.id).toBe(globex);
  });

  it('stores the key, its digest and the input hash, never the input itself', async () => {
    const key = `visible-${randomUUID()}`;
    await create({ number: '967', displayName: 'Secret Name', idempotencyKey: key });
    const record = await stack.subgraphs.telephony.subgraph.dataSource.getRepository(IdempotencyRecord).findOneByOrFail({ key });
    expect(record).toMatchObject({
      scope: acme,
      operation: 'createExtension',
      keyDigest: expect.stringMatching(/^[0-9a-f]{64}$/),
      requestHash: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
    expect(record.result).not.toContain('Secret Name');
  });

  it('tells the client when the extension created with the key was removed since', async () => {
    const input = { number: '968', displayName: 'Short-lived', idempotencyKey: randomUUID() };
    const first = await create(input);
    expect((await mutate(stack, token, DELETE_EXTENSION, { id: first.extension.id })).userErrors).toEqual([]);
    const replay = await create(input);
    expect(replay.extension).toBeNull();
    expect(codes(replay)).toEqual(['NOT_FOUND@idempotencyKey']);
  });

  it.each([
    ['empty', ''],
    ['too long', 'k'.repeat(101)],
  ])('refuses a key that is %s (INVALID_IDEMPOTENCY_KEY)', async (_name, idempotencyKey) => {
    expect(codes(await create({ number: '969', displayName: 'X', idempotencyKey }))).toEqual(['INVALID_IDEMPOTENCY_KEY@idempotencyKey']);
  });
});
