import { CustomerKind, assessVat, VatTreatment } from './vat';
import { standardVatRate } from './vat-rates';

const day = '2026-06-16';

describe('VAT of telecommunications services sold from France', () => {
  it('charges French customers 20 %, business or individual', () => {
    for (const kind of [CustomerKind.BUSINESS, CustomerKind.INDIVIDUAL]) {
      expect(assessVat({ countryCode: 'FR', kind, vatNumber: null, vatNumberVerified: false }, day)).toMatchObject({
        treatment: VatTreatment.FRENCH_VAT,
        rateBasisPoints: 2000,
        mention: null,
      });
    }
    expect(assessVat({ countryCode: 'MC', kind: CustomerKind.BUSINESS, vatNumber: null, vatNumberVerified: false }, day).treatment).toBe(
      VatTreatment.FRENCH_VAT,
    );
  });

  it('reverse-charges an EU business with a verified VAT number, with both numbers', () => {
    const vat = assessVat({ countryCode: 'DE', kind: CustomerKind.BUSINESS, vatNumber: 'DE136695976', vatNumberVerified: true }, day);
    expect(vat).toMatchObject({ treatment: VatTreatment.REVERSE_CHARGE, rateBasisPoints: 0, buyerVatNumber: 'DE136695976', sellerVatNumber: 'FR44732829320' });
    expect(vat.mention).toMatch(/^Autoliquidation/);
    expect(vat.mention).toContain('DE136695976');
    expect(vat.mention).toContain('FR44732829320');
  });

  it("charges an EU individual, or a business without a verified number, its own country's rate", () => {
    expect(assessVat({ countryCode: 'DE', kind: CustomerKind.INDIVIDUAL, vatNumber: null, vatNumberVerified: false }, day)).toMatchObject({
      treatment: VatTreatment.CUSTOMER_COUNTRY_VAT,
      rateBasisPoints: 1900,
      rateCountryCode: 'DE',
    });
    expect(assessVat({ countryCode: 'DE', kind: CustomerKind.BUSINESS, vatNumber: 'DE136695976', vatNumberVerified: false }, day)).toMatchObject({
      treatment: VatTreatment.CUSTOMER_COUNTRY_VAT,
      rateBasisPoints: 1900,
    });
    expect(assessVat({ countryCode: 'HU', kind: CustomerKind.INDIVIDUAL, vatNumber: null, vatNumberVerified: false }, day).rateBasisPoints).toBe(2700);
  });

  it('charges no French VAT outside the EU, and says why', () => {
    for (const countryCode of ['CH', 'GB', 'US']) {
      const vat = assessVat({ countryCode, kind: CustomerKind.BUSINESS, vatNumber: null, vatNumberVerified: false }, day);
      expect(vat).toMatchObject({ treatment: VatTreatment.OUTSIDE_EU, rateBasisPoints: 0 });
      expect(vat.mention).toContain('outside the European Union');
    }
  });

  it('takes the rate in force on the day (dated table)', () => {
    expect(standardVatRate('FI', '2024-08-31')).toBe(2400);
    expect(standardVatRate('FI', '2024-09-01')).toBe(2550);
    expect(standardVatRate('SK', '2024-12-31')).toBe(2000);
    expect(standardVatRate('SK', '2025-01-01')).toBe(2300);
    expect(standardVatRate('CH', day)).toBeNull();
  });
});
