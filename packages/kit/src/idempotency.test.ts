import { canonicalJson, checkIdempotencyKey, idempotencyClaim, requestHash } from './idempotency';

describe('idempotency hashing', () => {
  it('writes canonical JSON: keys sorted at every level, undefined members dropped', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { z: 1, y: 2 }], c: undefined } })).toBe('{"a":{"d":[2,{"y":2,"z":1}]},"b":1}');
  });

  it('hashes equal inputs equally whatever their field order, and different inputs differently', () => {
    const a = requestHash({ number: '901', displayName: 'Alice', email: null });
    expect(a).toMatch(/^[0-9a-f]{64}$/);
    expect(requestHash({ email: null, displayName: 'Alice', number: '901' })).toBe(a);
    expect(requestHash({ number: '901', displayName: 'Alice' })).not.toBe(a); // null is not absent
    expect(requestHash({ number: '902', displayName: 'Alice', email: null })).not.toBe(a);
    expect(requestHash({ number: 901, displayName: 'Alice', email: null })).not.toBe(a); // types count
  });

  it('hashes class instances by their fields, as GraphQL inputs arrive', () => {
    class Input {
      constructor(
        public number: string,
        public displayName: string,
      ) {}
    }
    expect(requestHash(new Input('901', 'Alice'))).toBe(requestHash({ displayName: 'Alice', number: '901' }));
  });

  it('digests keys byte for byte, so collations cannot merge "abc" and "ABC "', () => {
    const claim = (key: string) => idempotencyClaim({ scope: 'a', operation: 'op', key, input: {} });
    expect(claim('abc').keyDigest).not.toBe(claim('ABC ').keyDigest);
    expect(claim('abc').keyDigest).toBe(claim('abc').keyDigest);
  });

  it('accepts keys of 1 to 100 characters', () => {
    expect(checkIdempotencyKey('k')).toBeNull();
    expect(checkIdempotencyKey('k'.repeat(100))).toBeNull();
    expect(checkIdempotencyKey('')).toMatchObject({ code: 'INVALID_IDEMPOTENCY_KEY', field: 'idempotencyKey' });
    expect(checkIdempotencyKey('k'.repeat(101))).toMatchObject({ code: 'INVALID_IDEMPOTENCY_KEY' });
  });
});
