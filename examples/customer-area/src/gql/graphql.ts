/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** A new extension (user of the phone system). */
export type CreateExtensionInput = {
  /** Account to create it in. Customers may omit it (their own account); staff must give it. */
  accountId?: string | number | null | undefined;
  /** Name shown on internal calls and in the directory: 1 to 80 characters, trimmed, inner whitespace collapsed, no control characters. */
  displayName: string;
  /** Email of the user, for voicemail and notifications; its domain is stored lowercased. */
  email?: string | null | undefined;
  /** Makes retries safe: 1 to 100 characters, unique per request (a UUID). The same key with the same input returns the first result and creates nothing; with another input it is refused (IDEMPOTENCY_KEY_REUSED). */
  idempotencyKey?: string | null | undefined;
  /** Internal number: digits only, 3 to 6 of them unless the account's dial plan says otherwise, unique in the account, never an emergency or service number of the account's country. */
  number: string;
  /** Id of one of the account's phone numbers, shown to the called party on outbound calls. */
  outboundCallerIdNumberId?: string | number | null | undefined;
  /** Id of a phone-system plan the user counts against. */
  planId?: string | number | null | undefined;
  /** Whether unanswered calls go to voicemail. */
  voicemailEnabled?: boolean;
};

/** The extension to remove. */
export type DeleteExtensionInput = {
  /** If given, the extension is removed only if it still has this version (VERSION_CONFLICT otherwise). */
  expectedVersion?: number | null | undefined;
  /** Extension id. */
  id: string | number;
};

/** A document the provider asks for to verify an identity. */
export type DocumentKind =
  /** Certificate of incorporation (in France, the KBIS), issued less than 3 months ago. */
  | 'CERTIFICATE_OF_INCORPORATION'
  /** Photo or scan of the back of an ID card. */
  | 'ID_CARD_BACK'
  /** Photo or scan of the front of an ID card. */
  | 'ID_CARD_FRONT'
  /** Photo or scan of a passport's identity page; replaces both sides of an ID card. */
  | 'PASSPORT'
  /** Proof of address of the company or person (utility bill, bank statement), issued less than 3 months ago. */
  | 'PROOF_OF_ADDRESS';

/** Whether an extension can place and receive calls. */
export type ExtensionState =
  /** Places and receives calls. */
  | 'ACTIVE'
  /** Kept with its settings, but cannot call or be called. */
  | 'SUSPENDED';

/** Who the identity is. */
export type IdentityKind =
  /** A company, proven by its certificate of incorporation. */
  | 'BUSINESS'
  /** A person. */
  | 'INDIVIDUAL';

/** Where a number stands in its life. */
export type PhoneNumberState =
  /** In service: inbound calls follow its route. */
  | 'ACTIVE'
  /** Ordered, waiting for its identity to be approved before service starts. */
  | 'PENDING_IDENTITY'
  /** Out of service; calls are refused. */
  | 'SUSPENDED';

/** Kind of number, as the national numbering plan defines it. */
export type PhoneNumberType =
  /** Geographic number tied to a locality. */
  | 'LOCAL'
  /** Mobile number. */
  | 'MOBILE'
  /** Non-geographic number valid across the country. */
  | 'NATIONAL'
  /** Free to call for the caller. */
  | 'TOLL_FREE';

/** The product a plan belongs to. */
export type PlanFamily =
  /** Business phone system: extensions, calls to the plan destinations. */
  | 'PHONE_SYSTEM'
  /** Predictive dialer seats for outbound campaigns. */
  | 'PREDICTIVE_DIALER'
  /** Robot dialer (automated calls) seats. */
  | 'ROBOT_DIALER';

/** Where the provider's review of a document (or, summarised, of an identity) stands. */
export type ReviewState =
  /** Verified. */
  | 'APPROVED'
  /** Was verified, but its validity has ended. */
  | 'EXPIRED'
  /** Waiting for review by the provider staff (or, for an identity, not decided yet). */
  | 'PENDING'
  /** Refused; the reason says what to fix. */
  | 'REJECTED';

/** What the caller may do. */
export type Role =
  /** A user of one customer account: sees that account only; an owner may change it, a member only reads it. */
  | 'CUSTOMER'
  /** The provider's staff: may read any account; what else depends on its staff role (support, compliance, billing, admin). */
  | 'STAFF';

/** What happens when the number is called. */
export type RouteAction =
  /** Goes straight to an extension's voicemail. */
  | 'EXTENSION_VOICEMAIL'
  /** Rings an extension of the account. */
  | 'FORWARD_TO_EXTENSION'
  /** Forwards to an external number (E.164). */
  | 'FORWARD_TO_NUMBER'
  /** Plays the closed message and hangs up. */
  | 'HANG_UP'
  /** Goes straight to the account voicemail. */
  | 'VOICEMAIL';

/** Changes to an extension. Omitted fields keep their value. */
export type UpdateExtensionInput = {
  /** New display name, same rules as on creation. Omit (or null) to keep it. */
  displayName?: string | null | undefined;
  /** New email; null removes it, omit to keep it. */
  email?: string | null | undefined;
  /** The `version` you read; the change is refused (VERSION_CONFLICT) if the extension changed since. */
  expectedVersion: number;
  /** Extension id. */
  id: string | number;
  /** New internal number, same rules as on creation. Omit (or null) to keep it. */
  number?: string | null | undefined;
  /** Id of one of the account's phone numbers as outbound caller id; null removes it, omit to keep it. */
  outboundCallerIdNumberId?: string | number | null | undefined;
  /** Id of a phone-system plan; null removes it, omit to keep it. */
  planId?: string | number | null | undefined;
  /** Whether unanswered calls go to voicemail. Omit (or null) to keep it. */
  voicemailEnabled?: boolean | null | undefined;
};

/** Why a mutation did nothing. Each service adds its own codes; branch on the ones you know and show the message otherwise. */
export type UserErrorCode =
  /** Staff must name the account (`accountId`) to act on. */
  | 'ACCOUNT_REQUIRED'
  /** The account needs a billing profile (legal name, address, VAT status) before a quote. */
  | 'BILLING_PROFILE_REQUIRED'
  /** The outbound caller id is not one of the account's phone numbers. */
  | 'CALLER_ID_NOT_OWNED'
  /** Another reviewer already decided on this document. */
  | 'DOCUMENT_ALREADY_DECIDED'
  /** This document was approved; only pending, rejected or expired documents can be replaced. */
  | 'DOCUMENT_NOT_REPLACEABLE'
  /** The same extension is named by two lines. */
  | 'DUPLICATE_EXTENSION'
  /** The file is empty. */
  | 'EMPTY_FILE'
  /** The plan change has no line; add, edit or remove something first. */
  | 'EMPTY_PLAN_CHANGE'
  /** Phone numbers still ring the extension; route them elsewhere first (`blockingNumbers` lists the first of them, `blockingNumberCount` counts them). */
  | 'EXTENSION_IN_USE'
  /** No extension with this id in the account. */
  | 'EXTENSION_NOT_FOUND'
  /** The extension does not exist in the account, or was removed. */
  | 'EXTENSION_NOT_ROUTABLE'
  /** The extension number is an emergency or service short code of the account's country. */
  | 'EXTENSION_NUMBER_RESERVED'
  /** Another extension of the account already has this number. */
  | 'EXTENSION_NUMBER_TAKEN'
  /** The file is over the size limit. */
  | 'FILE_TOO_LARGE'
  /** Calls cannot be forwarded to premium-rate or shared-cost numbers. */
  | 'FORWARD_NUMBER_SURCHARGED'
  /** This idempotency key was already used with a different input; nothing was done. */
  | 'IDEMPOTENCY_KEY_REUSED'
  /** The identity lacks required fields or documents (`missingRequirements` lists them). */
  | 'IDENTITY_INCOMPLETE'
  /** Only a draft identity can be deleted; a reviewed one is kept as evidence. */
  | 'IDENTITY_NOT_DELETABLE'
  /** The identity is being reviewed (or was replaced); it cannot change now. */
  | 'IDENTITY_NOT_EDITABLE'
  /** The identity is not waiting for review. */
  | 'IDENTITY_NOT_IN_REVIEW'
  /** Link the numbers to an identity of the account (identityId). */
  | 'IDENTITY_REQUIRED'
  /** The identity was replaced by a newer revision, or expired: choose a current one. */
  | 'IDENTITY_RETIRED'
  /** An address field is empty, too long, or contains control characters. */
  | 'INVALID_ADDRESS'
  /** The country is not an ISO 3166-1 alpha-2 code. */
  | 'INVALID_COUNTRY'
  /** The display name is empty, longer than 80 characters, or contains control characters. */
  | 'INVALID_DISPLAY_NAME'
  /** The contact email address is not valid. */
  | 'INVALID_EMAIL'
  /** The extension number is not digits only, or its length is outside the account's range (3 to 6 digits by default). */
  | 'INVALID_EXTENSION_NUMBER'
  /** The number to forward to is not a valid E.164 number. */
  | 'INVALID_FORWARD_NUMBER'
  /** The idempotency key must be 1 to 100 characters. */
  | 'INVALID_IDEMPOTENCY_KEY'
  /** The action lacks what it needs (an extension, a number) or carries what it does not use. */
  | 'INVALID_INBOUND_ACTION'
  /** The legal name is empty, longer than 200 characters, or contains control characters. */
  | 'INVALID_LEGAL_NAME'
  /** The line is not valid as written (its message says why). */
  | 'INVALID_LINE'
  /** Choose 1 to 10 different numbers. */
  | 'INVALID_NUMBER_SELECTION'
  /** The contact phone number is not a valid international number. */
  | 'INVALID_PHONE'
  /** The plan does not exist or is not a phone-system plan. */
  | 'INVALID_PLAN'
  /** The reason is empty, longer than 200 characters, or contains control characters. */
  | 'INVALID_REASON'
  /** The registration number is not valid for the identity's country (SIREN/SIRET with its check digit in France). */
  | 'INVALID_REGISTRATION_NUMBER'
  /** The SIREN is missing for a French business, is not 9 digits with a valid checksum, does not match the French VAT number, or was given outside France. */
  | 'INVALID_SIREN'
  /** The VAT number is malformed (format or check digits), belongs to another country than the address, or was given for an individual. */
  | 'INVALID_VAT_NUMBER'
  /** The invoice already has a credit note, or is itself a credit note. */
  | 'INVOICE_ALREADY_CREDITED'
  /** The object does not exist, or is not yours (both read the same). */
  | 'NOT_FOUND'
  /** The phone number is not in service. */
  | 'NUMBER_NOT_ACTIVE'
  /** The number is reserved or sold to someone else, or not on sale: search again and choose another. */
  | 'NUMBER_UNAVAILABLE'
  /** The order is not in a state that allows this (for example, cancelling a paid order). */
  | 'ORDER_TRANSITION_FORBIDDEN'
  /** Something is due now: give a payment method reference made by the provider's client library ("pm_..."). */
  | 'PAYMENT_METHOD_REQUIRED'
  /** The payment is not waiting for a card (already paid, cancelled, or waiting for 3-D Secure). */
  | 'PAYMENT_NOT_RETRYABLE'
  /** The payment provider did not answer; nothing was applied. Retry (confirmPayment): it never charges twice. */
  | 'PAYMENT_PROVIDER_UNAVAILABLE'
  /** The plan change is no longer open (checked out, applied or cancelled). */
  | 'PLAN_CHANGE_CLOSED'
  /** The plan does not exist, or belongs to another family than the plan change. */
  | 'PLAN_NOT_IN_FAMILY'
  /** The quantity is outside 1 to 100 per line, or the plan would exceed 1,000 users. */
  | 'QUANTITY_OUT_OF_RANGE'
  /** The quote has expired (or its plan change changed since); ask for a fresh quote. */
  | 'QUOTE_EXPIRED'
  /** A rejection needs a reason from the list. */
  | 'REASON_REQUIRED'
  /** A reservation can be extended once only. */
  | 'RESERVATION_ALREADY_EXTENDED'
  /** The reservation ran out (they last 15 minutes, extendable once): its numbers were released. Reserve again. */
  | 'RESERVATION_EXPIRED'
  /** The reservation was already ordered, cancelled or sold. */
  | 'RESERVATION_NOT_ACTIVE'
  /** The return URL is not on the allow-list of client origins (no open redirect). */
  | 'RETURN_URL_NOT_ALLOWED'
  /** Removing these users would leave extensions that are not removed without a seat; name the extensions to remove instead. */
  | 'SEATS_IN_USE'
  /** A plan change holds at most 100 lines. */
  | 'TOO_MANY_LINES'
  /** The file is damaged or incomplete (a truncated PDF, an image that does not decode). */
  | 'UNREADABLE_FILE'
  /** Only PDF, JPEG and PNG files are accepted, judged by their content. */
  | 'UNSUPPORTED_FILE_TYPE'
  /** The document is no longer valid at that date; reject it (EXPIRED_DOCUMENT or TOO_OLD) instead. */
  | 'VALIDITY_ENDED'
  /** An approval needs the document's end of validity (`validUntil`) or, for a KBIS or a proof of address, its issue date (`issuedOn`). */
  | 'VALIDITY_REQUIRED'
  /** The EU VAT registry (VIES) says this VAT number is not registered. */
  | 'VAT_NUMBER_NOT_REGISTERED'
  /** The object changed since you read it: `expectedVersion` is stale. Read it again, then retry. */
  | 'VERSION_CONFLICT';

export type CreateExtensionMutationVariables = Exact<{
  input: CreateExtensionInput;
}>;


export type CreateExtensionMutation = { createExtension: { extension: { id: string, number: string, displayName: string, email: string | null, voicemailEnabled: boolean, state: ExtensionState, version: number, plan: { id: string, name: string, family: PlanFamily } | null, outboundCallerIdNumber: { id: string, e164: string } | null } | null, userErrors: Array<{ code: UserErrorCode, field: string | null, message: string }> } };

export type DeleteExtensionMutationVariables = Exact<{
  input: DeleteExtensionInput;
}>;


export type DeleteExtensionMutation = { deleteExtension: { deletedExtensionId: string | null, blockingNumbers: Array<string>, userErrors: Array<{ code: UserErrorCode, field: string | null, message: string }> } };

export type UpdateExtensionMutationVariables = Exact<{
  input: UpdateExtensionInput;
}>;


export type UpdateExtensionMutation = { updateExtension: { extension: { id: string, number: string, displayName: string, email: string | null, voicemailEnabled: boolean, state: ExtensionState, version: number, plan: { id: string, name: string, family: PlanFamily } | null, outboundCallerIdNumber: { id: string, e164: string } | null } | null, userErrors: Array<{ code: UserErrorCode, field: string | null, message: string }> } };

export type ExtensionFieldsFragment = { id: string, number: string, displayName: string, email: string | null, voicemailEnabled: boolean, state: ExtensionState, version: number, plan: { id: string, name: string, family: PlanFamily } | null, outboundCallerIdNumber: { id: string, e164: string } | null };

export type UserErrorFieldsFragment = { code: UserErrorCode, field: string | null, message: string };

export type WholeAccountQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type WholeAccountQuery = { viewer: { role: Role, account: { id: string, name: string, countryCode: string, currency: string, billingEmail: string, monthlyTotal: { amountMinor: number, currency: string, formatted: string }, subscriptions: Array<{ id: string, quantity: number, active: boolean, monthlyAmount: { amountMinor: number }, plan: { id: string, code: string, family: PlanFamily, name: string, destinationCount: number, pricePerUser: { amountMinor: number, currency: string }, destinations: Array<{ code: string, name: string }> } }>, extensions: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, number: string, displayName: string, email: string | null, state: ExtensionState, voicemailEnabled: boolean, plan: { id: string, name: string } | null } }> } | null, phoneNumbers: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, e164: string, type: PhoneNumberType, state: PhoneNumberState, locality: string | null, country: { code: string, name: string }, routing: { action: RouteAction, forwardTo: string | null, extension: { id: string, number: string, displayName: string } | null }, identity: { id: string, legalName: string, reviewState: ReviewState } | null } }> } | null, identities: { totalCount: number, edges: Array<{ node: { id: string, kind: IdentityKind, legalName: string, reviewState: ReviewState, missingDocumentKinds: Array<DocumentKind>, country: { code: string }, documents: Array<{ id: string, kind: DocumentKind, state: ReviewState, fileName: string }> } }> } | null } | null } };

export const ExtensionFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExtensionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Extension"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"voicemailEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"family"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outboundCallerIdNumber"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"e164"}}]}}]}}]} as unknown as DocumentNode<ExtensionFieldsFragment, unknown>;
export const UserErrorFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<UserErrorFieldsFragment, unknown>;
export const CreateExtensionDocument = {"__meta__":{"hash":"sha256:3990a565ae9e0a195706d89e337e5baa17d93ca90aa49d36cd55cec444f88cf5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateExtension"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateExtensionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createExtension"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"extension"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExtensionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExtensionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Extension"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"voicemailEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"family"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outboundCallerIdNumber"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"e164"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<CreateExtensionMutation, CreateExtensionMutationVariables>;
export const DeleteExtensionDocument = {"__meta__":{"hash":"sha256:3de4f94021f289929bb1d3be2f3dbb58091e10a4bc94ca623d54b7598a2de55d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteExtension"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteExtensionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteExtension"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedExtensionId"}},{"kind":"Field","name":{"kind":"Name","value":"blockingNumbers"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<DeleteExtensionMutation, DeleteExtensionMutationVariables>;
export const UpdateExtensionDocument = {"__meta__":{"hash":"sha256:919ac9ae960a497d8c9c317d98868c0cd3bed54b2fe0f810d29589d2ac007416"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateExtension"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateExtensionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateExtension"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"extension"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExtensionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExtensionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Extension"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"voicemailEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"family"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outboundCallerIdNumber"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"e164"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<UpdateExtensionMutation, UpdateExtensionMutationVariables>;
export const WholeAccountDocument = {"__meta__":{"hash":"sha256:bddc7e48a1f6640e18edc32d2d43a0b04f19459171deddd5ad08be968b0c54b2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WholeAccount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"countryCode"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"billingEmail"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyTotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subscriptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyAmount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"family"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"pricePerUser"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"destinationCount"}},{"kind":"Field","name":{"kind":"Name","value":"destinations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"extensions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"voicemailEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"phoneNumbers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"e164"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"locality"}},{"kind":"Field","name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"routing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"forwardTo"}},{"kind":"Field","name":{"kind":"Name","value":"extension"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"identity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"legalName"}},{"kind":"Field","name":{"kind":"Name","value":"reviewState"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"identities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"legalName"}},{"kind":"Field","name":{"kind":"Name","value":"reviewState"}},{"kind":"Field","name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"missingDocumentKinds"}},{"kind":"Field","name":{"kind":"Name","value":"documents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<WholeAccountQuery, WholeAccountQueryVariables>;