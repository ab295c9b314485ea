import { callingCodeOf, parseE164, reservedShortCode } from './phone-numbers';

describe('reservedShortCode (libphonenumber short-number data)', () => {
  it.each([
    ['FR', ['15', '17', '18', '112', '114', '115', '119', '116000', '116111', '116117']],
    ['GB', ['999', '112', '111', '101', '116123']],
    // 211, 311, 511 and 611 are carrier-specific in the metadata (they depend on the local provider), so they stay free.
    ['US', ['911', '411', '711', '811', '988']],
    ['DE', ['110', '112', '115', '116116']],
    ['ES', ['112', '091', '092', '061', '062', '016', '116000']],
    ['BR', ['112', '190', '192', '193']],
  ])('%s reserves %j', (country, codes) => {
    for (const code of codes) expect([code, reservedShortCode(code, country)]).toEqual([code, expect.stringMatching(/^(EMERGENCY|SERVICE)$/)]);
  });

  it('tells emergency numbers from service numbers', () => {
    expect(reservedShortCode('112', 'FR')).toBe('EMERGENCY');
    expect(reservedShortCode('15', 'FR')).toBe('EMERGENCY');
    expect(reservedShortCode('116000', 'FR')).toBe('SERVICE');
    expect(reservedShortCode('911', 'us')).toBe('EMERGENCY');
  });

  it.each([
    ['FR', ['901', '950', '116', '1160', '1161234', '911', '999', '113']],
    ['US', ['901', '950', '116000', '7010']],
    // 901 is a carrier's own customer-service code on some UK networks: not reserved.
    ['GB', ['911', '901', '950']],
    ['DE', ['901', '950']],
    ['ES', ['901', '950']],
  ])('%s leaves %j free', (country, numbers) => {
    for (const number of numbers) expect([number, reservedShortCode(number, country)]).toEqual([number, null]);
  });

  it('ignores what is not a short run of digits', () => {
    expect(reservedShortCode('+112', 'FR')).toBeNull();
    expect(reservedShortCode('', 'FR')).toBeNull();
    expect(reservedShortCode('1', 'FR')).toBeNull();
  });
});

describe('parseE164', () => {
  it('parses, types and formats valid numbers', () => {
    expect(parseE164('+33142345678')).toEqual({
      e164: '+33142345678',
      regionCode: 'FR',
      callingCode: 33,
      nationalNumber: '142345678',
      kind: 'FIXED_LINE',
      national: '01 42 34 56 78',
      international: '+33 1 42 34 56 78',
    });
    expect(parseE164('+33612345678')?.kind).toBe('MOBILE');
    expect(parseE164('+33800345678')?.kind).toBe('TOLL_FREE');
    expect(parseE164('+33891345678')?.kind).toBe('PREMIUM_RATE');
    expect(parseE164('+4918012345678')?.kind).toBe('SHARED_COST');
    expect(parseE164('+12125551234')?.kind).toBe('FIXED_LINE_OR_MOBILE');
  });

  it.each(['', '33142345678', '+33 1 42 34 56 78', '+3314234567', '+331423456789', '+0142345678', '+33712345678', '++33142345678', 'tel:+33142345678'])(
    'refuses %p',
    (raw) => {
      expect(parseE164(raw)).toBeNull();
    },
  );

  it('knows calling codes', () => {
    expect(callingCodeOf('fr')).toBe(33);
    expect(callingCodeOf('US')).toBe(1);
    expect(callingCodeOf('XX')).toBeNull();
  });
});
