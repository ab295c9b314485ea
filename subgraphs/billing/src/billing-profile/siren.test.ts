import { isValidSiren, normalizeSiren } from './siren';
import { isWellFormedVatNumber, normalizeVatNumber, vatNumberCountry } from './vat-number';

describe('SIREN', () => {
  it('accepts 9 digits with a valid Luhn checksum', () => {
    expect(isValidSiren('732829320')).toBe(true);
    expect(isValidSiren('552100554')).toBe(true);
    expect(isValidSiren(normalizeSiren('732 829 320'))).toBe(true);
  });
  it('refuses a wrong checksum or length', () => {
    expect(isValidSiren('732829321')).toBe(false);
    expect(isValidSiren('73282932')).toBe(false);
    expect(isValidSiren('7328293200')).toBe(false);
    expect(isValidSiren('73282932A')).toBe(false);
  });
});

describe('VAT number format (jsvat)', () => {
  it('normalizes and checks', () => {
    expect(normalizeVatNumber('de 136.695-976')).toBe('DE136695976');
    expect(isWellFormedVatNumber('DE136695976')).toBe(true);
    expect(isWellFormedVatNumber('DE136695977')).toBe(false);
    expect(isWellFormedVatNumber('FR44732829320')).toBe(true);
    expect(isWellFormedVatNumber('FR45732829320')).toBe(false);
    expect(vatNumberCountry('EL094014201')).toBe('GR');
    expect(vatNumberCountry('CHE123456788')).toBe('CH');
  });
});
