import { DocumentKind } from '../document/document-kind';
import { gaps, IdentityKind, NumberUse, RequirementCode, requirementsFor, type IdentityFacts } from './requirements';

const complete: IdentityFacts = {
  legalName: 'Acme SAS',
  registrationNumber: '732829320',
  addressLine: '1 rue de la Paix',
  postalCode: '75002',
  city: 'Paris',
  addressCountryCode: 'FR',
  contactEmail: 'ops@acme.example',
  documents: [DocumentKind.ID_CARD_FRONT, DocumentKind.ID_CARD_BACK, DocumentKind.CERTIFICATE_OF_INCORPORATION, DocumentKind.PROOF_OF_ADDRESS].map((kind) => ({
    kind,
    usable: true,
    approved: true,
  })),
};

describe('requirements', () => {
  it("asks a French business for the seed's four documents, recent KBIS and proof of address, and a French address", () => {
    const r = requirementsFor('FR', NumberUse.LOCAL, IdentityKind.BUSINESS);
    expect(r.fields).toContain(RequirementCode.ADDRESS_IN_COUNTRY);
    expect(r.documents.map((d) => [d.code, d.anyOf, d.maxAgeDays])).toEqual([
      ['IDENTITY_DOCUMENT', [['ID_CARD_FRONT', 'ID_CARD_BACK'], ['PASSPORT']], null],
      ['COMPANY_REGISTRATION', [['CERTIFICATE_OF_INCORPORATION']], 92],
      ['PROOF_OF_ADDRESS', [['PROOF_OF_ADDRESS']], 92],
    ]);
    expect(gaps(r, complete)).toEqual([]);
  });
  it('asks an individual for an identity document and a proof of address only', () => {
    const r = requirementsFor('GB', NumberUse.TOLL_FREE, IdentityKind.INDIVIDUAL);
    expect(r.documents.map((d) => d.code)).toEqual(['IDENTITY_DOCUMENT', 'PROOF_OF_ADDRESS']);
    expect(r.fields).not.toContain(RequirementCode.REGISTRATION_NUMBER);
    expect(r.fields).not.toContain(RequirementCode.ADDRESS_IN_COUNTRY);
  });
  it('accepts a passport instead of both sides of the ID card', () => {
    const documents = [DocumentKind.PASSPORT, DocumentKind.CERTIFICATE_OF_INCORPORATION, DocumentKind.PROOF_OF_ADDRESS].map((kind) => ({
      kind,
      usable: true,
      approved: false,
    }));
    expect(gaps(requirementsFor('FR', NumberUse.LOCAL, IdentityKind.BUSINESS), { ...complete, documents })).toEqual([]);
  });
  it('says what is missing: one side of the ID card, an address abroad', () => {
    const documents = complete.documents.filter((d) => d.kind !== DocumentKind.ID_CARD_BACK);
    const found = gaps(requirementsFor('FR', NumberUse.LOCAL, IdentityKind.BUSINESS), { ...complete, addressCountryCode: 'BE', documents });
    expect(found.map((g) => g.code)).toEqual(['ADDRESS_IN_COUNTRY', 'IDENTITY_DOCUMENT']);
    expect(found[1]!.documentKinds).toEqual(['ID_CARD_FRONT', 'ID_CARD_BACK', 'PASSPORT']);
  });
  it('counts only approved documents when asked what backing a number takes', () => {
    const documents = complete.documents.map((d) => ({ ...d, approved: d.kind !== DocumentKind.PROOF_OF_ADDRESS }));
    expect(gaps(requirementsFor('FR', NumberUse.LOCAL, IdentityKind.BUSINESS), { ...complete, documents }, true).map((g) => g.code)).toEqual([
      'PROOF_OF_ADDRESS',
    ]);
  });
});
