import { registerEnumType } from 'type-graphql';

export enum DocumentKind {
  ID_CARD_FRONT = 'ID_CARD_FRONT',
  ID_CARD_BACK = 'ID_CARD_BACK',
  PASSPORT = 'PASSPORT',
  CERTIFICATE_OF_INCORPORATION = 'CERTIFICATE_OF_INCORPORATION',
  PROOF_OF_ADDRESS = 'PROOF_OF_ADDRESS',
}
registerEnumType(DocumentKind, {
  name: 'DocumentKind',
  description: 'A document the provider asks for to verify an identity.',
  valuesConfig: {
    ID_CARD_FRONT: { description: 'Photo or scan of the front of an ID card.' },
    ID_CARD_BACK: { description: 'Photo or scan of the back of an ID card.' },
    PASSPORT: { description: "Photo or scan of a passport's identity page; replaces both sides of an ID card." },
    CERTIFICATE_OF_INCORPORATION: { description: 'Certificate of incorporation (in France, the KBIS), issued less than 3 months ago.' },
    PROOF_OF_ADDRESS: { description: 'Proof of address of the company or person (utility bill, bank statement), issued less than 3 months ago.' },
  },
});
