import { DocumentKind } from '../document/document-kind';

/** Who the identity is. */
export enum IdentityKind {
  BUSINESS = 'BUSINESS',
  INDIVIDUAL = 'INDIVIDUAL',
}

/** What kind of number the identity is for; requirements differ (a local number needs a local address). */
export enum NumberUse {
  LOCAL = 'LOCAL',
  MOBILE = 'MOBILE',
  TOLL_FREE = 'TOLL_FREE',
  NATIONAL = 'NATIONAL',
}

/** One thing an identity must have. Fields are checked on the form, documents by review. */
export enum RequirementCode {
  LEGAL_NAME = 'LEGAL_NAME',
  REGISTRATION_NUMBER = 'REGISTRATION_NUMBER',
  ADDRESS = 'ADDRESS',
  ADDRESS_IN_COUNTRY = 'ADDRESS_IN_COUNTRY',
  CONTACT = 'CONTACT',
  IDENTITY_DOCUMENT = 'IDENTITY_DOCUMENT',
  COMPANY_REGISTRATION = 'COMPANY_REGISTRATION',
  PROOF_OF_ADDRESS = 'PROOF_OF_ADDRESS',
}

export interface DocumentRequirement {
  code: RequirementCode;
  /** Any one of these sets satisfies the requirement (ID card front and back, or a passport). */
  anyOf: DocumentKind[][];
  /** The document must have been issued less than this many days ago (KBIS, proof of address). */
  maxAgeDays: number | null;
}

export interface Requirements {
  countryCode: string;
  use: NumberUse;
  kind: IdentityKind;
  fields: RequirementCode[];
  documents: DocumentRequirement[];
}

/** Three months, as regulators write it; 92 days covers the longest three months. */
export const RECENT_DOCUMENT_DAYS = 92;

const IDENTITY_DOCUMENT: DocumentRequirement = {
  code: RequirementCode.IDENTITY_DOCUMENT,
  anyOf: [[DocumentKind.ID_CARD_FRONT, DocumentKind.ID_CARD_BACK], [DocumentKind.PASSPORT]],
  maxAgeDays: null,
};
const COMPANY_REGISTRATION: DocumentRequirement = {
  code: RequirementCode.COMPANY_REGISTRATION,
  anyOf: [[DocumentKind.CERTIFICATE_OF_INCORPORATION]],
  maxAgeDays: RECENT_DOCUMENT_DAYS,
};
const PROOF_OF_ADDRESS: DocumentRequirement = {
  code: RequirementCode.PROOF_OF_ADDRESS,
  anyOf: [[DocumentKind.PROOF_OF_ADDRESS]],
  maxAgeDays: RECENT_DOCUMENT_DAYS,
};

/**
 * Countries whose regulator wants, for these number uses, an address in the country itself
 * (geographic and mobile numbers in France and Germany; Italy and Spain for geographic ones).
 */
const ADDRESS_IN_COUNTRY: Record<string, NumberUse[]> = {
  FR: [NumberUse.LOCAL, NumberUse.MOBILE],
  DE: [NumberUse.LOCAL, NumberUse.MOBILE],
  IT: [NumberUse.LOCAL],
  ES: [NumberUse.LOCAL],
};

/**
 * What an identity needs to back a number of `use` in `countryCode`. Every country asks a business
 * for its registration and an individual for an identity document, both with a proof of address;
 * the table above adds the in-country address.
 */
export function requirementsFor(countryCode: string, use: NumberUse, kind: IdentityKind): Requirements {
  const business = kind === IdentityKind.BUSINESS;
  const fields = [
    RequirementCode.LEGAL_NAME,
    ...(business ? [RequirementCode.REGISTRATION_NUMBER] : []),
    RequirementCode.ADDRESS,
    ...(ADDRESS_IN_COUNTRY[countryCode]?.includes(use) ? [RequirementCode.ADDRESS_IN_COUNTRY] : []),
    RequirementCode.CONTACT,
  ];
  const documents = business ? [IDENTITY_DOCUMENT, COMPANY_REGISTRATION, PROOF_OF_ADDRESS] : [IDENTITY_DOCUMENT, PROOF_OF_ADDRESS];
  return { countryCode, use, kind, fields, documents };
}

/** What the requirement check reads of an identity. */
export interface IdentityFacts {
  legalName: string | null;
  registrationNumber: string | null;
  addressLine: string | null;
  postalCode: string | null;
  city: string | null;
  addressCountryCode: string | null;
  contactEmail: string | null;
  /** Documents that still count: uploaded and not rejected or expired. With `approvedOnly`, approved ones only. */
  documents: { kind: DocumentKind; usable: boolean; approved: boolean }[];
}

export interface Gap {
  code: RequirementCode;
  /** For a document requirement: the kinds that would satisfy it (every option, flattened). */
  documentKinds: DocumentKind[];
  message: string;
}

const FIELD_MESSAGES: Record<string, string> = {
  LEGAL_NAME: 'The legal name is missing.',
  REGISTRATION_NUMBER: 'The company registration number is missing.',
  ADDRESS: 'The address (street, postal code, city, country) is incomplete.',
  ADDRESS_IN_COUNTRY: 'Numbers of this country need an address in the country.',
  CONTACT: 'A contact email is missing.',
};

function fieldPresent(code: RequirementCode, facts: IdentityFacts, countryCode: string): boolean {
  switch (code) {
    case RequirementCode.LEGAL_NAME:
      return !!facts.legalName;
    case RequirementCode.REGISTRATION_NUMBER:
      return !!facts.registrationNumber;
    case RequirementCode.ADDRESS:
      return !!(facts.addressLine && facts.postalCode && facts.city && facts.addressCountryCode);
    case RequirementCode.ADDRESS_IN_COUNTRY:
      return facts.addressCountryCode === countryCode;
    case RequirementCode.CONTACT:
      return !!facts.contactEmail;
    default:
      return true;
  }
}

/**
 * What the identity still lacks for these requirements: missing fields, and document
 * requirements no option of which is fully present (usable documents for a submission, approved
 * ones when `approvedOnly`, which is what backing a number takes).
 */
export function gaps(requirements: Requirements, facts: IdentityFacts, approvedOnly = false): Gap[] {
  const fieldGaps = requirements.fields
    .filter((code) => !fieldPresent(code, facts, requirements.countryCode))
    .map((code) => ({ code, documentKinds: [], message: FIELD_MESSAGES[code]! }));
  const have = new Set(facts.documents.filter((d) => (approvedOnly ? d.approved : d.usable)).map((d) => d.kind));
  const documentGaps = requirements.documents
    .filter((requirement) => !requirement.anyOf.some((option) => option.every((kind) => have.has(kind))))
    .map((requirement) => ({
      code: requirement.code,
      documentKinds: [...new Set(requirement.anyOf.flat())],
      message: `Upload ${requirement.anyOf.map((option) => option.join(' + ')).join(' or ')}${approvedOnly ? ', approved by review' : ''}.`,
    }));
  return [...fieldGaps, ...documentGaps];
}

/** The documents a complete identity is judged on: those of the first option of each requirement it satisfies. */
export function requiredDocumentKinds(requirements: Requirements, present: Set<DocumentKind>): DocumentKind[] {
  return requirements.documents.flatMap(
    (requirement) => requirement.anyOf.find((option) => option.every((kind) => present.has(kind))) ?? requirement.anyOf[0]!,
  );
}
