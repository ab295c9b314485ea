import { stableId } from './ids';

describe('stableId', () => {
  it('is a deterministic, well-formed v5-layout UUID', () => {
    const id = stableId('extension', 'acme', 3);
    expect(id).toBe(stableId('extension', 'acme', 3));
    expect(id).not.toBe(stableId('extension', 'acme', 4));
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});
