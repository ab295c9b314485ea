import { checkPageArgs, MAX_PAGE_SIZE } from './connection';

describe('checkPageArgs', () => {
  it('accepts 1 to the maximum', () => {
    expect(checkPageArgs({ first: 1 }).first).toBe(1);
    expect(checkPageArgs({ first: MAX_PAGE_SIZE }).first).toBe(MAX_PAGE_SIZE);
  });

  it.each([0, -1, MAX_PAGE_SIZE + 1, 2.5])('refuses first = %p with BAD_USER_INPUT', (first) => {
    expect(() => checkPageArgs({ first })).toThrow(
      expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'first' }) }),
    );
  });

  it.each(['%%%', Buffer.from('[1,2]').toString('base64url'), Buffer.from('{"a":1}').toString('base64url')])(
    'refuses a cursor it did not issue: %p',
    (after) => {
      expect(() => checkPageArgs({ first: 10, after })).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ field: 'after' }) }));
    },
  );

  it('decodes its own cursors', () => {
    const after = Buffer.from(JSON.stringify(['901', 'id-1'])).toString('base64url');
    expect(checkPageArgs({ first: 10, after }).after).toEqual(['901', 'id-1']);
  });
});
