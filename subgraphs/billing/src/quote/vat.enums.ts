import { registerEnumType } from 'type-graphql';
import { CustomerKind, VatTreatment } from './vat';

// The pure VAT module stays free of GraphQL; its enums are exposed from here.
registerEnumType(CustomerKind, {
  name: 'CustomerKind',
  description: 'Whether the customer buys as a business or as a private individual (it decides the VAT).',
  valuesConfig: {
    BUSINESS: { description: 'A company or professional: reverse charge applies inside the EU with a verified VAT number.' },
    INDIVIDUAL: { description: 'A private individual (consumer): pays the VAT of their own EU country.' },
  },
});
registerEnumType(VatTreatment, {
  name: 'VatTreatment',
  description: 'How VAT applies to a quote (telecommunications services sold from France).',
  valuesConfig: {
    FRENCH_VAT: { description: 'French customer (business or individual): French VAT, 20 %.' },
    REVERSE_CHARGE: { description: 'EU business outside France with a verified VAT number: 0 %, "Autoliquidation" (reverse charge), both VAT numbers shown.' },
    CUSTOMER_COUNTRY_VAT: { description: "EU individual (or EU business without a verified VAT number): the standard VAT rate of the customer's country." },
    OUTSIDE_EU: { description: 'Customer outside the EU: no French VAT, with the mention why.' },
  },
});

export { CustomerKind, VatTreatment };
