import { checkRegistrationNumber, luhnValid } from './registration-number';

describe('registration numbers', () => {
  it.each(['732829320', '732 829 320', '73282932000074', '443 061 841 00047', '35600000000001'])('accepts the French number %p', (raw) => {
    expect(checkRegistrationNumber('FR', raw)).toMatchObject({ ok: true });
  });
  it.each(['732829321', '73282932000075', '12345678', 'ABCDEFGHI', '7328293200007'])('refuses the French number %p', (raw) => {
    expect(checkRegistrationNumber('FR', raw).ok).toBe(false);
  });
  it('normalises spaces and dots away', () => {
    expect(checkRegistrationNumber('FR', '732.829.320')).toEqual({ ok: true, normalized: '732829320' });
  });
  it('checks other countries for shape only', () => {
    expect(checkRegistrationNumber('GB', '01234567').ok).toBe(true);
    expect(checkRegistrationNumber('GB', 'x').ok).toBe(false);
  });
  it('is the Luhn rule', () => {
    expect(luhnValid('79927398713')).toBe(true);
    expect(luhnValid('79927398710')).toBe(false);
  });
});
