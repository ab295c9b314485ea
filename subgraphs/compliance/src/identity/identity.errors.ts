import { userError } from '../../../../packages/kit/src';

/** Compliance's own user error codes (the kit adds NOT_FOUND, ACCOUNT_REQUIRED, VERSION_CONFLICT and the idempotency ones). */
export const COMPLIANCE_USER_ERROR_CODES = {
  INVALID_LEGAL_NAME: 'The legal name is empty, longer than 200 characters, or contains control characters.',
  INVALID_REGISTRATION_NUMBER: "The registration number is not valid for the identity's country (SIREN/SIRET with its check digit in France).",
  INVALID_COUNTRY: 'The country is not a two-letter ISO 3166-1 code.',
  INVALID_ADDRESS: 'The address is incomplete or too long.',
  INVALID_EMAIL: 'The contact email address is not valid.',
  INVALID_PHONE: 'The contact phone number is not a valid international number.',
  IDENTITY_NOT_EDITABLE: 'The identity is being reviewed (or was replaced); it cannot change now.',
  IDENTITY_NOT_DELETABLE: 'Only a draft identity can be deleted; a reviewed one is kept as evidence.',
  IDENTITY_INCOMPLETE: 'The identity lacks required fields or documents (`missingRequirements` lists them).',
  DOCUMENT_NOT_REPLACEABLE: 'This document was approved; only pending, rejected or expired documents can be replaced.',
  EMPTY_FILE: 'The file is empty.',
  FILE_TOO_LARGE: 'The file is over the size limit.',
  UNSUPPORTED_FILE_TYPE: 'Only PDF, JPEG and PNG files are accepted, judged by their content.',
  UNREADABLE_FILE: 'The file is damaged or incomplete (a truncated PDF, an image that does not decode).',
  IDENTITY_NOT_IN_REVIEW: 'The identity is not waiting for review.',
  DOCUMENT_ALREADY_DECIDED: 'Another reviewer already decided on this document.',
  REASON_REQUIRED: 'A rejection needs a reason from the list.',
  VALIDITY_REQUIRED: "An approval needs the document's end of validity (`validUntil`) or, for a KBIS or a proof of address, its issue date (`issuedOn`).",
  VALIDITY_ENDED: 'The document is no longer valid at that date; reject it (EXPIRED_DOCUMENT or TOO_OLD) instead.',
} as const;

export const complianceErrors = {
  notEditable: (field = 'id') =>
    userError('IDENTITY_NOT_EDITABLE', 'The identity is in review or was replaced by a newer revision; it cannot change now.', field),
  notDeletable: () => userError('IDENTITY_NOT_DELETABLE', 'Only a draft identity can be deleted.', 'id'),
  incomplete: (what: string[]) => userError('IDENTITY_INCOMPLETE', `The identity is not complete: ${what.join(' ')}`, 'id'),
  notReplaceable: () =>
    userError('DOCUMENT_NOT_REPLACEABLE', 'This document was approved and cannot be replaced; change the identity to start a new revision.', 'kind'),
  notInReview: () => userError('IDENTITY_NOT_IN_REVIEW', 'The identity is not waiting for review.', 'documentId'),
  alreadyDecided: () => userError('DOCUMENT_ALREADY_DECIDED', 'This document was already decided.', 'documentId'),
};
