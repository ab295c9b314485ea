import { checkExtensionNumber, DEFAULT_NUMBER_LENGTH } from './dial-plan';

const rules = (countryCode: string, range = DEFAULT_NUMBER_LENGTH) => ({ range, countryCode });
const codeOf = (result: ReturnType<typeof checkExtensionNumber>) => (result.ok ? null : result.userErrors.map((e) => `${e.code}@${e.field}`));

/** The short codes themselves come from libphonenumber (kit `reservedShortCode`, tested in the kit); here: the dial plan refuses them. */
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
