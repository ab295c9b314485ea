import { CustomerKind } from '../quote/vat';
import { checkBillingProfile } from './billing-profile.rules';

const base = {
  legalName: ' Acme  SAS ',
  addressLine1: '1 rue de Rivoli',
  postalCode: '75001',
  city: 'Paris',
  countryCode: 'fr',
  customerKind: CustomerKind.BUSINESS,
  siren: '732 829 320',
};
const codes = (checked: ReturnType<typeof checkBillingProfile>) => (checked.ok ? [] : checked.userErrors.map((e) => `${e.code}@${e.field}`));

describe('billing profile rules', () => {
  it('normalizes a French business', () => {
    expect(checkBillingProfile({ ...base, vatNumber: 'fr 44 732829320' })).toEqual({
      ok: true,
      value: {
        legalName: 'Acme SAS',
        addressLine1: '1 rue de Rivoli',
        addressLine2: null,
        postalCode: '75001',
        city: 'Paris',
        countryCode: 'FR',
        customerKind: 'BUSINESS',
        vatNumber: 'FR44732829320',
        siren: '732829320',
      },
    });
  });
  it('needs a valid SIREN for a French business, matching its VAT number', () => {
    expect(codes(checkBillingProfile({ ...base, siren: null }))).toEqual(['INVALID_SIREN@siren']);
    expect(codes(checkBillingProfile({ ...base, siren: '732829321' }))).toEqual(['INVALID_SIREN@siren']);
    expect(codes(checkBillingProfile({ ...base, siren: '552100554', vatNumber: 'FR44732829320' }))).toEqual(['INVALID_SIREN@siren']);
  });
  it('checks VAT numbers with jsvat and against the country', () => {
    const de = { ...base, countryCode: 'DE', siren: null };
    expect(checkBillingProfile({ ...de, vatNumber: 'DE136695976' }).ok).toBe(true);
    expect(codes(checkBillingProfile({ ...de, vatNumber: 'DE136695977' }))).toEqual(['INVALID_VAT_NUMBER@vatNumber']);
    expect(codes(checkBillingProfile({ ...de, vatNumber: 'FR44732829320' }))).toEqual(['INVALID_VAT_NUMBER@vatNumber']);
    expect(codes(checkBillingProfile({ ...de, customerKind: CustomerKind.INDIVIDUAL, vatNumber: 'DE136695976' }))).toEqual(['INVALID_VAT_NUMBER@vatNumber']);
    expect(codes(checkBillingProfile({ ...de, siren: '732829320' }))).toEqual(['INVALID_SIREN@siren']);
  });
  it('reports every fault at once', () => {
    expect(codes(checkBillingProfile({ ...base, legalName: '', city: 'a\nb', countryCode: 'XX' }))).toEqual([
      'INVALID_LEGAL_NAME@legalName',
      'INVALID_ADDRESS@city',
      'INVALID_COUNTRY@countryCode',
    ]);
  });
});
