import { checkDisplayText, checkEmail, escapeLike, likeContains, likeStartsWith } from './text';

const name = (raw: string) => checkDisplayText(raw, { code: 'BAD_NAME', field: 'name', label: 'The name', maxLength: 10 });
const email = (raw: string) => checkEmail(raw, { code: 'BAD_EMAIL', field: 'email', label: 'The email' });

describe('checkDisplayText', () => {
  it('trims, collapses inner whitespace (Unicode spaces too) and composes accents (NFC)', () => {
    expect(name('  Zoé \u00A0  Li ')).toEqual({ ok: true, value: 'Zoé Li' });
    expect(name('Zoe\u0301')).toEqual({ ok: true, value: 'Zoé' });
  });

  it('counts characters, not UTF-16 units', () => {
    expect(name('😀'.repeat(10)).ok).toBe(true);
    expect(name('😀'.repeat(11))).toEqual({
      ok: false,
      userErrors: [{ code: 'BAD_NAME', field: 'name', message: 'The name must be at most 10 characters (it has 11).' }],
    });
  });

  it.each(['', '   ', 'a\tb', 'a\nb', 'a\rb', 'nul\u0000', 'esc\u001b[31m', 'c1\u0085', 'rtl\u202Eoverride', 'iso\u2066late'])('refuses %j', (raw) => {
    expect(name(raw)).toMatchObject({ ok: false, userErrors: [{ code: 'BAD_NAME', field: 'name' }] });
  });
});

describe('checkEmail', () => {
  it('trims and lowercases the domain only', () => {
    expect(email('  Zoe.Martin@ACME.Example ')).toEqual({ ok: true, value: 'Zoe.Martin@acme.example' });
  });

  it.each(['', 'plain', 'a@b', '@example.com', 'a@@example.com', 'Name <a@example.com>', 'a@127.0.0.1', 'a b@example.com', `${'x'.repeat(250)}@example.com`])(
    'refuses %j',
    (raw) => {
      expect(email(raw)).toMatchObject({ ok: false, userErrors: [{ code: 'BAD_EMAIL', field: 'email', message: 'The email is not a valid email address.' }] });
    },
  );
});

describe('LIKE patterns', () => {
  it('escape the wildcards and the escape character itself', () => {
    expect(escapeLike('50%_off!')).toBe('50!%!_off!!');
    expect(likeContains('a%')).toBe('%a!%%');
    expect(likeStartsWith('9_')).toBe('9!_%');
  });
});
