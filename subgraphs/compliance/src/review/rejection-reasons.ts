import { registerEnumType } from 'type-graphql';

/** The reasons a reviewer picks from; the customer sees the text, plus the reviewer's note. */
export enum RejectionReason {
  UNREADABLE = 'UNREADABLE',
  EXPIRED_DOCUMENT = 'EXPIRED_DOCUMENT',
  TOO_OLD = 'TOO_OLD',
  NAME_MISMATCH = 'NAME_MISMATCH',
  ADDRESS_MISMATCH = 'ADDRESS_MISMATCH',
  WRONG_DOCUMENT = 'WRONG_DOCUMENT',
  INCOMPLETE = 'INCOMPLETE',
  SUSPECTED_FORGERY = 'SUSPECTED_FORGERY',
}

export const REJECTION_TEXT: Record<RejectionReason, string> = {
  UNREADABLE: 'The document cannot be read (blurred, cropped or too dark).',
  EXPIRED_DOCUMENT: 'The document has expired.',
  TOO_OLD: 'The document was issued more than 3 months ago.',
  NAME_MISMATCH: 'The name on the document does not match the identity.',
  ADDRESS_MISMATCH: 'The address on the document does not match the identity.',
  WRONG_DOCUMENT: 'This is not the kind of document asked for.',
  INCOMPLETE: 'Pages or sides of the document are missing.',
  SUSPECTED_FORGERY: 'The document could not be verified as authentic.',
};

registerEnumType(RejectionReason, {
  name: 'RejectionReason',
  description: 'Why a reviewer rejected a document.',
  valuesConfig: Object.fromEntries(Object.entries(REJECTION_TEXT).map(([code, description]) => [code, { description }])) as Record<
    RejectionReason,
    { description: string }
  >,
});
