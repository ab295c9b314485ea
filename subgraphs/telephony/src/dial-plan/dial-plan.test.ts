import { checkExtensionNumber, DEFAULT_NUMBER_LENGTH } from './dial-plan';
import { reservedShortCode, RESERVED_SHORT_CODES } from './reserved-short-codes';

const rules = (countryCode: string, range = DEFAULT_NUMBER_LENGTH) => ({ range, countryCode });
const codeOf = (result: ReturnType<typeof checkExtensionNumber>) => (result.ok ? null : result.userErrors.map((e) => `${e.code}@${e.field}`));

describe('reserved short codes', () => {
  it.each([
    ['FR', ['15', '17', '18', '112', '114', '115', '119', '116000', '116111', '116117']],
    ['GB', ['999', '112', '111', '101', '116123']],
    ['US', ['911', '211', '311', '411', '511', '611', '711', '811', '988']],
    ['DE', ['110', '112', '115', '116116']],
    ['ES', ['112', '091', '092', '061', '062', '016', '116000']],
    ['BR', ['112', '116000']], // no table of its own: the default
  ])('%s reserves %j', (country, codes) => {
    for (const code of codes) expect(reservedShortCode(code, country)).not.toBeNull();
  });

  it.each([
    ['FR', ['901', '116', '1160', '1161234', '911', '999', '113']],
    ['US', ['112', '901', '116000']],
    ['GB', ['911', '901', '100']],
    ['BR', ['911', '999', '116', '11600']],
  ])('%s leaves %j free', (country, numbers) => {
    for (const number of numbers) expect(reservedShortCode(number, country)).toBeNull();
  });

  it('accepts a lowercase country code and has digits-and-x codes only', () => {
    expect(reservedShortCode('112', 'fr')).toBe('112');
    for (const codes of Object.values(RESERVED_SHORT_CODES)) for (const code of codes) expect(code).toMatch(/^[0-9x]+$/);
  });
});

describe('checkExtensionNumber', () => {
  it('accepts digits within the range, trimmed, keeping leading zeros', () => {
    expect(checkExtensionNumber(' 0901 ', rules('FR'))).toEqual({ ok: true, value: '0901' });
    expect(checkExtensionNumber('123456', rules('FR'))).toEqual({ ok: true, value: '123456' });
  });

  it.each(['', '90', '1234567', '9O1', '90-1', '٩٠١', '+901', '9 01'])('refuses %p as INVALID_EXTENSION_NUMBER', (number) => {
    expect(codeOf(checkExtensionNumber(number, rules('FR')))).toEqual(['INVALID_EXTENSION_NUMBER@number']);
  });

  it("follows the account's own range", () => {
    expect(codeOf(checkExtensionNumber('901', rules('FR', { min: 4, max: 4 })))).toEqual(['INVALID_EXTENSION_NUMBER@number']);
    expect(checkExtensionNumber('15', rules('GB', { min: 2, max: 4 })).ok).toBe(true);
  });

  it("refuses the country's emergency and service codes, even where the range allows them", () => {
    expect(codeOf(checkExtensionNumber('15', rules('FR', { min: 2, max: 6 })))).toEqual(['EXTENSION_NUMBER_RESERVED@number']);
    const refused = checkExtensionNumber('116000', rules('FR'));
    expect(refused.ok || refused.userErrors[0]!.message).toBe('116000 is an emergency or service number in France; choose another extension number.');
    expect(codeOf(checkExtensionNumber('911', rules('US')))).toEqual(['EXTENSION_NUMBER_RESERVED@number']);
    expect(checkExtensionNumber('911', rules('FR')).ok).toBe(true);
  });
});
