/**
 * The seller, as quotes and invoices name it. Fixed data of the provider, not configuration:
 * changing it is a legal event that deserves a commit.
 */
export const SELLER = {
  legalName: 'Customer Area Telecom',
  legalForm: 'SAS',
  shareCapital: 'EUR 100,000',
  siren: '732829320',
  vatNumber: 'FR44732829320',
  countryCode: 'FR',
  address: '10 rue de la Paix, 75002 Paris, France',
} as const;
