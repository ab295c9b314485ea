/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Which numbers on sale to list; conditions combine with AND. */
export type AvailableNumberFilter = {
  /** Two-letter ISO country code, for example "FR". */
  countryCode: string;
  /** Only numbers whose national number contains these digits; "*" stands for any one digit (for example "12*4"). 1 to 15 characters. */
  digits?: string | null | undefined;
  /** Only local numbers of this locality, as `localities` names it (for example "Paris"). */
  locality?: string | null | undefined;
  /** Only numbers of this kind. */
  type?: PhoneNumberType | null | undefined;
};

/** "Checkout": accepts a quote, freezing its plan change for payment. */
export type CheckoutQuoteInput = {
  /** Makes retries safe: 1 to 100 characters (a UUID). The same key with the same input returns the first outcome and never charges twice. */
  idempotencyKey?: string | null | undefined;
  /** Payment method reference made by the provider's client library ("pm_..."); required when something is due now. Never card details. */
  paymentMethod?: string | null | undefined;
  /** Quote id. */
  quoteId: string | number;
  /** Where 3-D Secure sends the customer back; must be on an allowed client origin. */
  returnUrl?: string | null | undefined;
};

/** Retries a declined payment with another card, or confirms one again after the provider was unavailable. */
export type ConfirmPaymentInput = {
  /** Payment id. */
  paymentId: string | number;
  /** A new payment method reference ("pm_..."); required after a decline, omitted to retry the same card after an outage. */
  paymentMethod?: string | null | undefined;
  /** With a new card: where 3-D Secure sends the customer back (an allowed origin, RETURN_URL_NOT_ALLOWED otherwise); the checkout's return URL when omitted. */
  returnUrl?: string | null | undefined;
};

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

/** A new identity, created as a draft: complete it, upload its documents, then submit it. */
export type CreateIdentityInput = {
  /** Account to create it in. Customers may omit it (their own account); staff must give it. */
  accountId?: string | number | null | undefined;
  /** Postal address of the company or person. */
  address?: IdentityAddressInput | null | undefined;
  /** Contact email for the verification team. */
  contactEmail?: string | null | undefined;
  /** Contact phone number in international form, for example "+33612345678". */
  contactPhone?: string | null | undefined;
  /** Country of the numbers the identity is for (ISO 3166-1 alpha-2); the registration number is checked for it. */
  countryCode: string;
  /** Makes retries safe: 1 to 100 characters, unique per request (a UUID). The same key with the same input returns the first result and does nothing more; with another input it is refused (IDEMPOTENCY_KEY_REUSED). */
  idempotencyKey?: string | null | undefined;
  /** Business or individual. */
  kind: IdentityKind;
  /** Registered company name, or the full name of the person: 1 to 200 characters. */
  legalName: string;
  /** The kind of number the identity is for. */
  numberUse?: NumberUse;
  /** Company registration number (SIREN or SIRET in France, with its check digit); spaces and dots are ignored. */
  registrationNumber?: string | null | undefined;
};

/** An order of the numbers of a reservation. */
export type CreateNumberOrderInput = {
  /** Makes retries safe: 1 to 100 characters, unique per request (a UUID). The same key with the same input returns the first result; with another input it is refused (IDEMPOTENCY_KEY_REUSED). */
  idempotencyKey?: string | null | undefined;
  /** The identity of the account the numbers are registered to. */
  identityId: string | number;
  /** What the numbers do when called, for example forward to extension 901. */
  inboundAction: InboundActionInput;
  /** The reservation whose numbers are ordered (it must still hold them). */
  reservationId: string | number;
};

/** Whether the customer buys as a business or as a private individual (it decides the VAT). */
export type CustomerKind =
  /** A company or professional: reverse charge applies inside the EU with a verified VAT number. */
  | 'BUSINESS'
  /** A private individual (consumer): pays the VAT of their own EU country. */
  | 'INDIVIDUAL';

/** A reviewer's decision on one document of an identity in review. */
export type DecideIdentityDocumentInput = {
  /** Approve or reject. */
  decision: DocumentDecision;
  /** Document id. */
  documentId: string | number;
  /** The document's `version` you read; if another reviewer decided first, VERSION_CONFLICT. */
  expectedVersion: number;
  /** To approve a KBIS or a proof of address: its issue date read on it (valid 3 months from then). */
  issuedOn?: string | null | undefined;
  /** A note for the customer (shown with the reason), at most 500 characters. */
  note?: string | null | undefined;
  /** Required to reject: the reason from the list. */
  reason?: RejectionReason | null | undefined;
  /** To approve an ID card or passport: its expiry date read on it. */
  validUntil?: string | null | undefined;
};

/** The extension to remove. */
export type DeleteExtensionInput = {
  /** If given, the extension is removed only if it still has this version (VERSION_CONFLICT otherwise). */
  expectedVersion?: number | null | undefined;
  /** Extension id. */
  id: string | number;
};

/** A reviewer's decision on a document. */
export type DocumentDecision =
  /** The document proves what it should. */
  | 'APPROVE'
  /** The document is refused; give a reason. */
  | 'REJECT';

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

/** A postal address. */
export type IdentityAddressInput = {
  /** City, 1 to 100 characters. */
  city: string;
  /** Two-letter ISO 3166-1 country code, for example "FR". */
  countryCode: string;
  /** Street and number, 1 to 200 characters. */
  line: string;
  /** Postal code, 1 to 20 characters. */
  postalCode: string;
};

/** Who the identity is. */
export type IdentityKind =
  /** A company, proven by its certificate of incorporation. */
  | 'BUSINESS'
  /** A person. */
  | 'INDIVIDUAL';

/** Where an identity stands in its lifecycle. */
export type IdentityStatus =
  /** Verified: backs numbers whose requirements it meets. */
  | 'APPROVED'
  /** Being completed by the customer; may be edited and deleted. */
  | 'DRAFT'
  /** Was approved, but a document is no longer valid; the numbers it backs need a new revision. */
  | 'EXPIRED'
  /** Submitted; waiting for the provider's verification team. */
  | 'IN_REVIEW'
  /** Refused; the documents say why. Replace them and submit again. */
  | 'REJECTED'
  /** Replaced by a newer approved revision. */
  | 'SUPERSEDED';

/** What happens when the number is called. Give `extensionId` or `forwardTo` only where the action needs it. */
export type InboundActionInput = {
  /** The action. */
  action: RouteAction;
  /** For FORWARD_TO_EXTENSION and EXTENSION_VOICEMAIL: an extension of the account. */
  extensionId?: string | number | null | undefined;
  /** For FORWARD_TO_NUMBER: a valid E.164 number ("+33612345678") that is neither premium-rate nor shared-cost (such as French 081 to 089). */
  forwardTo?: string | null | undefined;
};

/** Where a number order stands (README, "Ordering numbers", has the whole table). */
export type NumberOrderState =
  /** The identity was rejected: correct it and submit it again. */
  | 'ACTION_REQUIRED'
  /** Cancelled by the customer, or its reservation ran out unpaid. */
  | 'CANCELLED'
  /** Every number is settled: active, or failed and refunded (see each line). */
  | 'COMPLETED'
  /** Numbers reserved, action and identity chosen; not paid yet. */
  | 'DRAFT'
  /** No number could be activated; every line is refunded. */
  | 'FAILED'
  /** Paid; the provider's team reviews the identity. */
  | 'IN_REVIEW'
  /** Paid; the identity is a draft or lacks documents. */
  | 'PENDING_DOCUMENTS'
  /** Checkout started; waiting for the payment. */
  | 'PENDING_PAYMENT'
  /** Paid and identity approved: the carrier activates the numbers. */
  | 'PROVISIONING';

/** Where one number of the Numbers Orders subscription stands. */
export type NumberSubscriptionState =
  /** Paid for this period; renews each month. */
  | 'ACTIVE'
  /** Released: billed to `endsOn` (the end of the period paid), then gone; nothing renews. */
  | 'ENDING'
  /** Never activated (the carrier failed it, or the order was cancelled before payment): refunded. */
  | 'REFUNDED';

/** The kind of phone number an identity is for; what it must prove depends on it. */
export type NumberUse =
  /** Geographic number tied to a locality. */
  | 'LOCAL'
  /** Mobile number. */
  | 'MOBILE'
  /** Non-geographic number valid across the country. */
  | 'NATIONAL'
  /** Free to call for the caller. */
  | 'TOLL_FREE';

/** The outcome of one number of an order. */
export type OrderLineState =
  /** Activated by the carrier: the number is the account’s (`phoneNumber`). */
  | 'ACTIVE'
  /** The order was cancelled before activation. */
  | 'CANCELLED'
  /** The carrier could not activate it; refunded through billing. */
  | 'FAILED'
  /** Not activated yet. */
  | 'PENDING';

/** Where a payment stands (the payment provider's states). */
export type PaymentState =
  /** Abandoned or expired: nothing was charged or applied. */
  | 'CANCELED'
  /** The provider is still processing the charge. */
  | 'PROCESSING'
  /** The bank asks for 3-D Secure: send the customer to `nextActionUrl`. */
  | 'REQUIRES_ACTION'
  /** A card is attached but not charged yet (also after the provider was unavailable): confirm again. */
  | 'REQUIRES_CONFIRMATION'
  /** Declined (see `lastDeclineCode`) or 3-D Secure denied: retry with another card (confirmPayment). */
  | 'REQUIRES_PAYMENT_METHOD'
  /** Paid: the plan change is applied. */
  | 'SUCCEEDED';

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

/** Add tab: users added to a plan. */
export type PlanChangeAdditionInput = {
  /** A plan of the plan change family. */
  planId: string | number;
  /** Users to add: 1 to 100 (and at most 1,000 users per plan). */
  quantity: number;
};

/** Edit tab: an extension moves to another plan of the family (phone system only). */
export type PlanChangeEditInput = {
  /** One of the account's extensions. */
  extensionId: string | number;
  /** The phone-system plan it moves to; a dearer plan is charged the prorated difference now, a cheaper one applies from the next period. */
  planId: string | number;
};

/** The tab a line comes from. */
export type PlanChangeLineKind =
  /** Add tab: users added to a plan. */
  | 'ADD'
  /** Edit tab: an extension moved to another plan of the family. */
  | 'EDIT'
  /** Remove tab: a named extension, or a quantity of users, removed. */
  | 'REMOVE';

/** Remove tab: either a named extension (phone system), or a plan and a quantity of users. Removals apply from the next period, with no credit. */
export type PlanChangeRemovalInput = {
  /** An extension to remove with its seat (phone system); omit with planId. */
  extensionId?: string | number | null | undefined;
  /** A plan to remove users from (dialers; or free phone-system seats); give quantity too. */
  planId?: string | number | null | undefined;
  /** Users to remove from planId: 1 to 100, never seats that extensions not named still use. */
  quantity?: number | null | undefined;
};

/** Where a plan change (the Upgrade/Downgrade cart) stands. */
export type PlanChangeState =
  /** Paid (or nothing was due) and applied to the subscriptions; scheduled lines wait for the next period. */
  | 'APPLIED'
  /** Abandoned by the customer; nothing was applied. */
  | 'CANCELLED'
  /** A quote of it is being paid; its lines are frozen. */
  | 'CHECKED_OUT'
  /** Being edited: lines can change, quotes can be asked for. */
  | 'OPEN';

/** The product a plan belongs to. */
export type PlanFamily =
  /** Business phone system: extensions, calls to the plan destinations. */
  | 'PHONE_SYSTEM'
  /** Predictive dialer seats for outbound campaigns. */
  | 'PREDICTIVE_DIALER'
  /** Robot dialer (automated calls) seats. */
  | 'ROBOT_DIALER';

/** Whether a quote can still be checked out. */
export type QuoteState =
  /** Checked out: its amounts are what the payment charges. */
  | 'ACCEPTED'
  /** Its time ran out (or its billing period ended): ask for a fresh quote. */
  | 'EXPIRED'
  /** Can be checked out until `expiresAt`. */
  | 'OPEN'
  /** Its plan change changed since it was made: ask for a fresh quote. */
  | 'SUPERSEDED';

/** Why a reviewer rejected a document. */
export type RejectionReason =
  /** The address on the document does not match the identity. */
  | 'ADDRESS_MISMATCH'
  /** The document has expired. */
  | 'EXPIRED_DOCUMENT'
  /** Pages or sides of the document are missing. */
  | 'INCOMPLETE'
  /** The name on the document does not match the identity. */
  | 'NAME_MISMATCH'
  /** The document could not be verified as authentic. */
  | 'SUSPECTED_FORGERY'
  /** The document was issued more than 3 months ago. */
  | 'TOO_OLD'
  /** The document cannot be read (blurred, cropped or too dark). */
  | 'UNREADABLE'
  /** This is not the kind of document asked for. */
  | 'WRONG_DOCUMENT';

/** "Continue" on a number order: prices it (setup fees, monthly fees prorated to the month end, VAT) as a quote. */
export type RequestNumberOrderQuoteInput = {
  /** Makes retries safe: 1 to 100 characters (a UUID). The same key with the same input returns the first quote; with another input it is refused (IDEMPOTENCY_KEY_REUSED). */
  idempotencyKey?: string | null | undefined;
  /** The number order (DRAFT, from createNumberOrder). */
  numberOrderId: string | number;
};

/** Freezes the price of a plan change ("Continue"). */
export type RequestQuoteInput = {
  /** The `version` of the plan change you priced; refused (VERSION_CONFLICT) if it changed since. */
  expectedVersion: number;
  /** Makes retries safe: 1 to 100 characters (a UUID). The same key with the same input returns the first quote; with another input it is refused (IDEMPOTENCY_KEY_REUSED). */
  idempotencyKey?: string | null | undefined;
  /** Plan change id. */
  planChangeId: string | number;
};

/** One thing an identity must have to back a number. */
export type RequirementCode =
  /** A complete postal address. */
  | 'ADDRESS'
  /** The address must be in the country of the numbers. */
  | 'ADDRESS_IN_COUNTRY'
  /** Certificate of incorporation (KBIS in France), under 3 months old. */
  | 'COMPANY_REGISTRATION'
  /** A contact email address. */
  | 'CONTACT'
  /** ID card (front and back) or passport of the person or legal representative. */
  | 'IDENTITY_DOCUMENT'
  /** Registered company name, or the full name of the person. */
  | 'LEGAL_NAME'
  /** Proof of address under 3 months old. */
  | 'PROOF_OF_ADDRESS'
  /** The company's registration number (SIREN or SIRET in France), valid for the country. */
  | 'REGISTRATION_NUMBER';

/** Where a reservation stands. */
export type ReservationState =
  /** Holds its numbers until `expiresAt`. */
  | 'ACTIVE'
  /** Given up by the customer (or with its order): its numbers are on sale again. */
  | 'CANCELLED'
  /** Not ordered and paid in time: its numbers are on sale again. */
  | 'EXPIRED'
  /** An order was made from it; it still holds its numbers until `expiresAt` unless the order is paid. */
  | 'ORDERED'
  /** The order was paid: the numbers are the account’s. */
  | 'SOLD';

/** Numbers on sale to hold for the account while it orders them. */
export type ReservePhoneNumbersInput = {
  /** Account to reserve for. Customers may omit it (their own account); staff must give it. */
  accountId?: string | number | null | undefined;
  /** Makes retries safe: 1 to 100 characters, unique per request (a UUID). The same key with the same input returns the first result; with another input it is refused (IDEMPOTENCY_KEY_REUSED). */
  idempotencyKey?: string | null | undefined;
  /** Ids of 1 to 10 different numbers from `availablePhoneNumbers`. */
  numberIds: Array<string | number>;
};

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

/** The account's billing profile, whole (every field is replaced). */
export type SaveBillingProfileInput = {
  /** Account whose profile it is. Customers may omit it (their own account); staff must give it. */
  accountId?: string | number | null | undefined;
  /** Street address, first line: 1 to 200 characters. */
  addressLine1: string;
  /** Street address, second line. */
  addressLine2?: string | null | undefined;
  /** City: 1 to 100 characters. */
  city: string;
  /** Country of the billing address, ISO 3166-1 alpha-2 ("FR"): it decides the VAT. */
  countryCode: string;
  /** Business or individual: it decides the VAT. */
  customerKind: CustomerKind;
  /** The `version` you read; omit it for the first save. A stale or missing version on an existing profile gives VERSION_CONFLICT. */
  expectedVersion?: number | null | undefined;
  /** Legal name of the company, or full name of an individual: 1 to 200 characters. */
  legalName: string;
  /** Postal code: 1 to 20 characters. */
  postalCode: string;
  /** SIREN (9 digits, Luhn checksum): required for a French business, refused otherwise. */
  siren?: string | null | undefined;
  /** VAT number of a business (spaces and dots allowed): format and check digits checked, then asked of the EU registry (VIES) for EU numbers. Must be of the address country. */
  vatNumber?: string | null | undefined;
};

/** Opens the Upgrade/Downgrade cart of a family. */
export type StartPlanChangeInput = {
  /** Account to act on. Customers may omit it (their own account); staff must give it. */
  accountId?: string | number | null | undefined;
  /** The family whose plans change (phone system, predictive dialer or robot dialer). */
  family: PlanFamily;
};

/** An identity to send to review. */
export type SubmitIdentityInput = {
  /** The `version` you read; refused (VERSION_CONFLICT) if the identity changed since. */
  expectedVersion: number;
  /** Identity id. */
  id: string | number;
};

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

/** The lines of the three tabs, replacing the previous ones. The whole set is checked, every fault reported at once. */
export type UpdatePlanChangeInput = {
  /** Add tab. */
  additions?: Array<PlanChangeAdditionInput>;
  /** Edit tab. */
  edits?: Array<PlanChangeEditInput>;
  /** The `version` you read; refused (VERSION_CONFLICT) if the plan change changed since. */
  expectedVersion: number;
  /** Plan change id. */
  id: string | number;
  /** Remove tab. */
  removals?: Array<PlanChangeRemovalInput>;
};

/** A document file for an identity, sent as a GraphQL multipart request (the file in its own part). */
export type UploadIdentityDocumentInput = {
  /** The file: PDF, JPEG or PNG (judged by its content), at most 10 MB. */
  file: File | Blob;
  /** Identity id (a draft, or a rejected identity whose document is replaced). */
  identityId: string | number;
  /** What the document proves. A new upload of a kind replaces the previous file of that kind. */
  kind: DocumentKind;
};

/** Why a mutation did nothing. Each service adds its own codes; branch on the ones you know and show the message otherwise. */
export type UserErrorCode =
  /** Staff must name the account (`accountId`) to act on. */
  | 'ACCOUNT_REQUIRED'
  /** The account needs a billing profile (legal name, address, VAT status) before a quote. */
  | 'BILLING_PROFILE_REQUIRED'
  /** The outbound caller id is not one of the account's phone numbers. */
  | 'CALLER_ID_NOT_OWNED'
  /** The numbers are priced in another currency than the account's; order numbers in the account's currency. */
  | 'CURRENCY_MISMATCH'
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
  /** The identity does not exist in the account. */
  | 'IDENTITY_NOT_FOUND'
  /** The identity is not waiting for review. */
  | 'IDENTITY_NOT_IN_REVIEW'
  /** The identity is neither approved nor under review (a draft, rejected, expired or superseded one). */
  | 'IDENTITY_NOT_USABLE'
  /** Link the numbers to an identity of the account (identityId). */
  | 'IDENTITY_REQUIRED'
  /** The identity lacks what the numbers' country and kind require; the message lists it. */
  | 'IDENTITY_REQUIREMENTS_UNMET'
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
  /** Every seat of the plan is taken by an extension: buy one more (Upgrade/Downgrade, Add tab), or remove or move an extension of that plan first. */
  | 'NO_FREE_SEAT'
  /** The phone number is not in service. */
  | 'NUMBER_NOT_ACTIVE'
  /** No number order of the account with this id. */
  | 'NUMBER_ORDER_NOT_FOUND'
  /** The order is not waiting for checkout (already checked out, paid, cancelled, or its reservation ran out). */
  | 'NUMBER_ORDER_NOT_PAYABLE'
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

export type SaveBillingProfileMutationVariables = Exact<{
  input: SaveBillingProfileInput;
}>;


export type SaveBillingProfileMutation = { saveBillingProfile: { billingProfile: { legalName: string } | null, userErrors: Array<{ code: UserErrorCode, field: string | null, message: string }> } };

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

export type IdentityDocumentFieldsFragment = { id: string, kind: DocumentKind, state: ReviewState, version: number, fileName: string, contentType: string, sizeBytes: number, rejectionReason: string | null, downloadPath: string | null };

export type IdentityFieldsFragment = { id: string, kind: IdentityKind, legalName: string, status: IdentityStatus, version: number, registrationNumber: string | null, rejectionReason: string | null, country: { code: string, name: string }, documents: Array<{ id: string, kind: DocumentKind, state: ReviewState, version: number, fileName: string, contentType: string, sizeBytes: number, rejectionReason: string | null, downloadPath: string | null }>, missingRequirements: Array<{ code: RequirementCode, documentKinds: Array<DocumentKind>, message: string }> };

export type MyIdentitiesQueryVariables = Exact<{ [key: string]: never; }>;


export type MyIdentitiesQuery = { viewer: { account: { id: string, identities: { totalCount: number, edges: Array<{ node: { id: string, legalName: string, status: IdentityStatus, country: { code: string, name: string } } }> } | null } | null } };

export type IdentityDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type IdentityDetailQuery = { identity: { id: string, kind: IdentityKind, legalName: string, status: IdentityStatus, version: number, registrationNumber: string | null, rejectionReason: string | null, country: { code: string, name: string }, documents: Array<{ id: string, kind: DocumentKind, state: ReviewState, version: number, fileName: string, contentType: string, sizeBytes: number, rejectionReason: string | null, downloadPath: string | null }>, missingRequirements: Array<{ code: RequirementCode, documentKinds: Array<DocumentKind>, message: string }> } | null };

export type CreateIdentityMutationVariables = Exact<{
  input: CreateIdentityInput;
}>;


export type CreateIdentityMutation = { createIdentity: { identity: { id: string, kind: IdentityKind, legalName: string, status: IdentityStatus, version: number, registrationNumber: string | null, rejectionReason: string | null, country: { code: string, name: string }, documents: Array<{ id: string, kind: DocumentKind, state: ReviewState, version: number, fileName: string, contentType: string, sizeBytes: number, rejectionReason: string | null, downloadPath: string | null }>, missingRequirements: Array<{ code: RequirementCode, documentKinds: Array<DocumentKind>, message: string }> } | null, userErrors: Array<{ code: UserErrorCode, field: string | null, message: string }> } };

export type UploadIdentityDocumentMutationVariables = Exact<{
  input: UploadIdentityDocumentInput;
}>;


export type UploadIdentityDocumentMutation = { uploadIdentityDocument: { document: { id: string, kind: DocumentKind, state: ReviewState, version: number, fileName: string, contentType: string, sizeBytes: number, rejectionReason: string | null, downloadPath: string | null } | null, identity: { id: string, kind: IdentityKind, legalName: string, status: IdentityStatus, version: number, registrationNumber: string | null, rejectionReason: string | null, country: { code: string, name: string }, documents: Array<{ id: string, kind: DocumentKind, state: ReviewState, version: number, fileName: string, contentType: string, sizeBytes: number, rejectionReason: string | null, downloadPath: string | null }>, missingRequirements: Array<{ code: RequirementCode, documentKinds: Array<DocumentKind>, message: string }> } | null, userErrors: Array<{ code: UserErrorCode, field: string | null, message: string }> } };

export type SubmitIdentityMutationVariables = Exact<{
  input: SubmitIdentityInput;
}>;


export type SubmitIdentityMutation = { submitIdentity: { identity: { id: string, kind: IdentityKind, legalName: string, status: IdentityStatus, version: number, registrationNumber: string | null, rejectionReason: string | null, country: { code: string, name: string }, documents: Array<{ id: string, kind: DocumentKind, state: ReviewState, version: number, fileName: string, contentType: string, sizeBytes: number, rejectionReason: string | null, downloadPath: string | null }>, missingRequirements: Array<{ code: RequirementCode, documentKinds: Array<DocumentKind>, message: string }> } | null, userErrors: Array<{ code: UserErrorCode, field: string | null, message: string }> } };

export type IdentityReviewQueueQueryVariables = Exact<{ [key: string]: never; }>;


export type IdentityReviewQueueQuery = { identityReviewQueue: { totalCount: number, edges: Array<{ node: { id: string, legalName: string, registrationNumber: string | null, version: number, submittedAt: string | null, documents: Array<{ id: string, kind: DocumentKind, state: ReviewState, version: number, fileName: string, contentType: string, sizeBytes: number, rejectionReason: string | null, downloadPath: string | null }>, account: { id: string, name: string } } }> } };

export type DecideIdentityDocumentMutationVariables = Exact<{
  input: DecideIdentityDocumentInput;
}>;


export type DecideIdentityDocumentMutation = { decideIdentityDocument: { document: { id: string, kind: DocumentKind, state: ReviewState, version: number, fileName: string, contentType: string, sizeBytes: number, rejectionReason: string | null, downloadPath: string | null } | null, identity: { id: string, status: IdentityStatus } | null, userErrors: Array<{ code: UserErrorCode, field: string | null, message: string }> } };

export type NumberOrderFieldsFragment = { id: string, state: NumberOrderState, version: number, createdAt: string, lines: Array<{ id: string, e164: string, locality: string | null, state: OrderLineState, failureReason: string | null, refund: { id: string } | null, setupPrice: { formatted: string }, monthlyPrice: { formatted: string }, inboundAction: { action: RouteAction, forwardTo: string | null, extension: { id: string, number: string, displayName: string } | null } }>, payment: { id: string, state: PaymentState, nextActionUrl: string | null, lastErrorCode: string | null, lastDeclineCode: string | null, quote: { id: string } | null, amount: { formatted: string }, invoice: { id: string, number: string, total: { formatted: string } } | null, refunds: Array<{ id: string, e164: string, reason: string, amount: { formatted: string } }> } | null, history: { edges: Array<{ node: { id: string, toState: string, e164: string | null, at: string } }> } };

export type NumberOrdersQueryVariables = Exact<{ [key: string]: never; }>;


export type NumberOrdersQuery = { viewer: { account: { id: string, numberOrders: { totalCount: number, edges: Array<{ node: { id: string, state: NumberOrderState, version: number, createdAt: string, lines: Array<{ id: string, e164: string, locality: string | null, state: OrderLineState, failureReason: string | null, refund: { id: string } | null, setupPrice: { formatted: string }, monthlyPrice: { formatted: string }, inboundAction: { action: RouteAction, forwardTo: string | null, extension: { id: string, number: string, displayName: string } | null } }>, payment: { id: string, state: PaymentState, nextActionUrl: string | null, lastErrorCode: string | null, lastDeclineCode: string | null, quote: { id: string } | null, amount: { formatted: string }, invoice: { id: string, number: string, total: { formatted: string } } | null, refunds: Array<{ id: string, e164: string, reason: string, amount: { formatted: string } }> } | null, history: { edges: Array<{ node: { id: string, toState: string, e164: string | null, at: string } }> } } }> } | null } | null } };

export type NumberOrderFormQueryVariables = Exact<{
  countryCode: string;
}>;


export type NumberOrderFormQuery = { countriesOnSale: Array<{ currency: string, country: { code: string, name: string } }>, localities: Array<{ name: string, availableCount: number }>, viewer: { account: { id: string, extensions: { edges: Array<{ node: { id: string, number: string, displayName: string } }> } | null, identities: { edges: Array<{ node: { id: string, legalName: string, status: IdentityStatus, canBack: boolean } }> } | null } | null } };

export type AvailableNumbersQueryVariables = Exact<{
  filter: AvailableNumberFilter;
}>;


export type AvailableNumbersQuery = { availablePhoneNumbers: { totalCount: number, edges: Array<{ node: { id: string, e164: string, nationalFormat: string, locality: string | null, setupPrice: { formatted: string }, monthlyPrice: { formatted: string } } }> } };

export type ReservePhoneNumbersMutationVariables = Exact<{
  input: ReservePhoneNumbersInput;
}>;


export type ReservePhoneNumbersMutation = { reservePhoneNumbers: { reservation: { id: string, state: ReservationState, expiresAt: string, numbers: Array<{ id: string, e164: string }> } | null, userErrors: Array<{ code: UserErrorCode, field: string | null, message: string }> } };

export type CreateNumberOrderMutationVariables = Exact<{
  input: CreateNumberOrderInput;
}>;


export type CreateNumberOrderMutation = { createNumberOrder: { order: { id: string, state: NumberOrderState, version: number, createdAt: string, lines: Array<{ id: string, e164: string, locality: string | null, state: OrderLineState, failureReason: string | null, refund: { id: string } | null, setupPrice: { formatted: string }, monthlyPrice: { formatted: string }, inboundAction: { action: RouteAction, forwardTo: string | null, extension: { id: string, number: string, displayName: string } | null } }>, payment: { id: string, state: PaymentState, nextActionUrl: string | null, lastErrorCode: string | null, lastDeclineCode: string | null, quote: { id: string } | null, amount: { formatted: string }, invoice: { id: string, number: string, total: { formatted: string } } | null, refunds: Array<{ id: string, e164: string, reason: string, amount: { formatted: string } }> } | null, history: { edges: Array<{ node: { id: string, toState: string, e164: string | null, at: string } }> } } | null, userErrors: Array<{ code: UserErrorCode, field: string | null, message: string }> } };

export type RequestNumberOrderQuoteMutationVariables = Exact<{
  input: RequestNumberOrderQuoteInput;
}>;


export type RequestNumberOrderQuoteMutation = { requestNumberOrderQuote: { quote: { id: string, state: QuoteState, expiresAt: string, buyerLegalName: string, numberOrder: { id: string, state: NumberOrderState } | null, summary: { currency: string, daysCharged: number, daysInPeriod: number, numberLines: Array<{ numberOrderLineId: string, e164: string, description: string, setupFee: { formatted: string }, monthlyFee: { formatted: string }, dueNow: { formatted: string } }>, subtotalDueNow: { amountMinor: number, formatted: string }, vatDueNow: { formatted: string } | null, totalDueNow: { formatted: string } | null, nextPeriodMonthly: { formatted: string }, nextPeriodMonthlyIncludingVat: { formatted: string } | null, vat: { rate: string, mention: string | null } | null } } | null, userErrors: Array<{ code: UserErrorCode, field: string | null, message: string }> } };

export type NumberOrderStatusQueryVariables = Exact<{
  id: string | number;
}>;


export type NumberOrderStatusQuery = { numberOrder: { id: string, state: NumberOrderState, version: number, createdAt: string, lines: Array<{ id: string, e164: string, locality: string | null, state: OrderLineState, failureReason: string | null, refund: { id: string } | null, setupPrice: { formatted: string }, monthlyPrice: { formatted: string }, inboundAction: { action: RouteAction, forwardTo: string | null, extension: { id: string, number: string, displayName: string } | null } }>, payment: { id: string, state: PaymentState, nextActionUrl: string | null, lastErrorCode: string | null, lastDeclineCode: string | null, quote: { id: string } | null, amount: { formatted: string }, invoice: { id: string, number: string, total: { formatted: string } } | null, refunds: Array<{ id: string, e164: string, reason: string, amount: { formatted: string } }> } | null, history: { edges: Array<{ node: { id: string, toState: string, e164: string | null, at: string } }> } } | null };

export type NumberSubscriptionLinesQueryVariables = Exact<{ [key: string]: never; }>;


export type NumberSubscriptionLinesQuery = { viewer: { account: { id: string, numberSubscriptionLines: { totalCount: number, edges: Array<{ node: { id: string, e164: string, state: NumberSubscriptionState, startedOn: string, endsOn: string | null, monthlyFee: { formatted: string } } }> } } | null } };

export type PriceSummaryFieldsFragment = { currency: string, daysCharged: number, daysInPeriod: number, lines: Array<{ kind: PlanChangeLineKind, description: string, quantity: number, extensionNumber: string | null, effectiveOn: string, plan: { id: string, name: string }, dueNow: { formatted: string } }>, seats: Array<{ usersBefore: number, usersNow: number, usersAfter: number, summary: string, plan: { id: string, name: string } }>, subtotalDueNow: { amountMinor: number, formatted: string }, vatDueNow: { formatted: string } | null, totalDueNow: { formatted: string } | null, nextPeriodMonthly: { formatted: string }, nextPeriodMonthlyIncludingVat: { formatted: string } | null, vat: { rate: string, mention: string | null } | null };

export type PriceTotalsFragment = { subtotalDueNow: { amountMinor: number, formatted: string }, vatDueNow: { formatted: string } | null, totalDueNow: { formatted: string } | null, nextPeriodMonthly: { formatted: string }, nextPeriodMonthlyIncludingVat: { formatted: string } | null, vat: { rate: string, mention: string | null } | null };

export type PlanChangeFieldsFragment = { id: string, family: PlanFamily, state: PlanChangeState, version: number, summary: { currency: string, daysCharged: number, daysInPeriod: number, lines: Array<{ kind: PlanChangeLineKind, description: string, quantity: number, extensionNumber: string | null, effectiveOn: string, plan: { id: string, name: string }, dueNow: { formatted: string } }>, seats: Array<{ usersBefore: number, usersNow: number, usersAfter: number, summary: string, plan: { id: string, name: string } }>, subtotalDueNow: { amountMinor: number, formatted: string }, vatDueNow: { formatted: string } | null, totalDueNow: { formatted: string } | null, nextPeriodMonthly: { formatted: string }, nextPeriodMonthlyIncludingVat: { formatted: string } | null, vat: { rate: string, mention: string | null } | null } };

export type PaymentFieldsFragment = { id: string, state: PaymentState, nextActionUrl: string | null, lastErrorCode: string | null, lastDeclineCode: string | null, amount: { formatted: string }, invoice: { id: string, number: string, total: { formatted: string } } | null, refunds: Array<{ id: string, e164: string, reason: string, amount: { formatted: string } }> };

export type PlanChangeCartQueryVariables = Exact<{
  family: PlanFamily;
}>;


export type PlanChangeCartQuery = { viewer: { account: { id: string, extensions: { edges: Array<{ node: { id: string, number: string, displayName: string, plan: { id: string, name: string } | null } }> } | null } | null }, plans: Array<{ id: string, name: string, pricePerUser: { formatted: string } }> };

export type StartPlanChangeMutationVariables = Exact<{
  input: StartPlanChangeInput;
}>;


export type StartPlanChangeMutation = { startPlanChange: { planChange: { id: string, family: PlanFamily, state: PlanChangeState, version: number, summary: { currency: string, daysCharged: number, daysInPeriod: number, lines: Array<{ kind: PlanChangeLineKind, description: string, quantity: number, extensionNumber: string | null, effectiveOn: string, plan: { id: string, name: string }, dueNow: { formatted: string } }>, seats: Array<{ usersBefore: number, usersNow: number, usersAfter: number, summary: string, plan: { id: string, name: string } }>, subtotalDueNow: { amountMinor: number, formatted: string }, vatDueNow: { formatted: string } | null, totalDueNow: { formatted: string } | null, nextPeriodMonthly: { formatted: string }, nextPeriodMonthlyIncludingVat: { formatted: string } | null, vat: { rate: string, mention: string | null } | null } } | null, userErrors: Array<{ code: UserErrorCode, field: string | null, message: string }> } };

export type UpdatePlanChangeMutationVariables = Exact<{
  input: UpdatePlanChangeInput;
}>;


export type UpdatePlanChangeMutation = { updatePlanChange: { planChange: { id: string, family: PlanFamily, state: PlanChangeState, version: number, summary: { currency: string, daysCharged: number, daysInPeriod: number, lines: Array<{ kind: PlanChangeLineKind, description: string, quantity: number, extensionNumber: string | null, effectiveOn: string, plan: { id: string, name: string }, dueNow: { formatted: string } }>, seats: Array<{ usersBefore: number, usersNow: number, usersAfter: number, summary: string, plan: { id: string, name: string } }>, subtotalDueNow: { amountMinor: number, formatted: string }, vatDueNow: { formatted: string } | null, totalDueNow: { formatted: string } | null, nextPeriodMonthly: { formatted: string }, nextPeriodMonthlyIncludingVat: { formatted: string } | null, vat: { rate: string, mention: string | null } | null } } | null, userErrors: Array<{ code: UserErrorCode, field: string | null, message: string }> } };

export type RequestQuoteMutationVariables = Exact<{
  input: RequestQuoteInput;
}>;


export type RequestQuoteMutation = { requestQuote: { quote: { id: string, state: QuoteState, expiresAt: string, buyerLegalName: string, summary: { currency: string, daysCharged: number, daysInPeriod: number, lines: Array<{ kind: PlanChangeLineKind, description: string, quantity: number, extensionNumber: string | null, effectiveOn: string, plan: { id: string, name: string }, dueNow: { formatted: string } }>, seats: Array<{ usersBefore: number, usersNow: number, usersAfter: number, summary: string, plan: { id: string, name: string } }>, subtotalDueNow: { amountMinor: number, formatted: string }, vatDueNow: { formatted: string } | null, totalDueNow: { formatted: string } | null, nextPeriodMonthly: { formatted: string }, nextPeriodMonthlyIncludingVat: { formatted: string } | null, vat: { rate: string, mention: string | null } | null } } | null, userErrors: Array<{ code: UserErrorCode, field: string | null, message: string }> } };

export type CheckoutQuoteMutationVariables = Exact<{
  input: CheckoutQuoteInput;
}>;


export type CheckoutQuoteMutation = { checkoutQuote: { quote: { id: string, state: QuoteState } | null, payment: { id: string, state: PaymentState, nextActionUrl: string | null, lastErrorCode: string | null, lastDeclineCode: string | null, amount: { formatted: string }, invoice: { id: string, number: string, total: { formatted: string } } | null, refunds: Array<{ id: string, e164: string, reason: string, amount: { formatted: string } }> } | null, userErrors: Array<{ code: UserErrorCode, field: string | null, message: string }> } };

export type ConfirmPaymentMutationVariables = Exact<{
  input: ConfirmPaymentInput;
}>;


export type ConfirmPaymentMutation = { confirmPayment: { payment: { id: string, state: PaymentState, nextActionUrl: string | null, lastErrorCode: string | null, lastDeclineCode: string | null, amount: { formatted: string }, invoice: { id: string, number: string, total: { formatted: string } } | null, refunds: Array<{ id: string, e164: string, reason: string, amount: { formatted: string } }> } | null, userErrors: Array<{ code: UserErrorCode, field: string | null, message: string }> } };

export type PaymentStatusQueryVariables = Exact<{
  id: string | number;
}>;


export type PaymentStatusQuery = { quote: { id: string, state: QuoteState, payment: { id: string, state: PaymentState, nextActionUrl: string | null, lastErrorCode: string | null, lastDeclineCode: string | null, amount: { formatted: string }, invoice: { id: string, number: string, total: { formatted: string } } | null, refunds: Array<{ id: string, e164: string, reason: string, amount: { formatted: string } }> } | null, planChange: { id: string, state: PlanChangeState } | null, numberOrder: { id: string, state: NumberOrderState } | null } | null };

export type MyPlansQueryVariables = Exact<{ [key: string]: never; }>;


export type MyPlansQuery = { viewer: { role: Role, account: { id: string, name: string, monthlyTotal: { formatted: string }, billingProfile: { legalName: string } | null, subscriptions: Array<{ id: string, quantity: number, active: boolean, monthlyAmount: { formatted: string }, plan: { id: string, code: string, family: PlanFamily, name: string, destinationCount: number, pricePerUser: { formatted: string }, destinations: Array<{ code: string, name: string }> } }>, numberOrders: { totalCount: number } | null } | null }, plans: Array<{ id: string, code: string, family: PlanFamily, name: string, destinationCount: number, pricePerUser: { formatted: string }, destinations: Array<{ code: string, name: string }> }> };

export type PlanFieldsFragment = { id: string, code: string, family: PlanFamily, name: string, destinationCount: number, pricePerUser: { formatted: string }, destinations: Array<{ code: string, name: string }> };

export type WholeAccountQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type WholeAccountQuery = { viewer: { role: Role, account: { id: string, name: string, countryCode: string, currency: string, billingEmail: string, monthlyTotal: { amountMinor: number, currency: string, formatted: string }, subscriptions: Array<{ id: string, quantity: number, active: boolean, monthlyAmount: { amountMinor: number }, plan: { id: string, code: string, family: PlanFamily, name: string, destinationCount: number, pricePerUser: { amountMinor: number, currency: string }, destinations: Array<{ code: string, name: string }> } }>, extensions: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, number: string, displayName: string, email: string | null, state: ExtensionState, voicemailEnabled: boolean, plan: { id: string, name: string } | null } }> } | null, phoneNumbers: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, e164: string, type: PhoneNumberType, state: PhoneNumberState, locality: string | null, country: { code: string, name: string }, routing: { action: RouteAction, forwardTo: string | null, extension: { id: string, number: string, displayName: string } | null }, identity: { id: string, legalName: string, status: IdentityStatus } | null } }> } | null, identities: { totalCount: number, edges: Array<{ node: { id: string, kind: IdentityKind, legalName: string, status: IdentityStatus, country: { code: string }, documents: Array<{ id: string, kind: DocumentKind, state: ReviewState, fileName: string }> } }> } | null } | null } };

export const ExtensionFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExtensionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Extension"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"voicemailEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"family"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outboundCallerIdNumber"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"e164"}}]}}]}}]} as unknown as DocumentNode<ExtensionFieldsFragment, unknown>;
export const UserErrorFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<UserErrorFieldsFragment, unknown>;
export const IdentityDocumentFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IdentityDocumentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IdentityDocument"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReason"}},{"kind":"Field","name":{"kind":"Name","value":"downloadPath"}}]}}]} as unknown as DocumentNode<IdentityDocumentFieldsFragment, unknown>;
export const IdentityFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IdentityFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Identity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"legalName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"registrationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReason"}},{"kind":"Field","name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"documents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IdentityDocumentFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"missingRequirements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"documentKinds"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IdentityDocumentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IdentityDocument"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReason"}},{"kind":"Field","name":{"kind":"Name","value":"downloadPath"}}]}}]} as unknown as DocumentNode<IdentityFieldsFragment, unknown>;
export const PaymentFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PaymentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Payment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"nextActionUrl"}},{"kind":"Field","name":{"kind":"Name","value":"lastErrorCode"}},{"kind":"Field","name":{"kind":"Name","value":"lastDeclineCode"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"invoice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"refunds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"e164"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}}]}}]}}]} as unknown as DocumentNode<PaymentFieldsFragment, unknown>;
export const NumberOrderFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NumberOrderFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NumberOrder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"e164"}},{"kind":"Field","name":{"kind":"Name","value":"locality"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"failureReason"}},{"kind":"Field","name":{"kind":"Name","value":"refund"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"setupPrice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"monthlyPrice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"inboundAction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"forwardTo"}},{"kind":"Field","name":{"kind":"Name","value":"extension"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"payment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PaymentFields"}},{"kind":"Field","name":{"kind":"Name","value":"quote"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"toState"}},{"kind":"Field","name":{"kind":"Name","value":"e164"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PaymentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Payment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"nextActionUrl"}},{"kind":"Field","name":{"kind":"Name","value":"lastErrorCode"}},{"kind":"Field","name":{"kind":"Name","value":"lastDeclineCode"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"invoice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"refunds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"e164"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}}]}}]}}]} as unknown as DocumentNode<NumberOrderFieldsFragment, unknown>;
export const PriceTotalsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PriceTotals"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PriceSummary"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subtotalDueNow"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"vatDueNow"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalDueNow"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nextPeriodMonthly"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nextPeriodMonthlyIncludingVat"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"vat"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rate"}},{"kind":"Field","name":{"kind":"Name","value":"mention"}}]}}]}}]} as unknown as DocumentNode<PriceTotalsFragment, unknown>;
export const PriceSummaryFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PriceSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PriceSummary"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"daysCharged"}},{"kind":"Field","name":{"kind":"Name","value":"daysInPeriod"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"extensionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dueNow"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"effectiveOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"seats"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"usersBefore"}},{"kind":"Field","name":{"kind":"Name","value":"usersNow"}},{"kind":"Field","name":{"kind":"Name","value":"usersAfter"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PriceTotals"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PriceTotals"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PriceSummary"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subtotalDueNow"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"vatDueNow"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalDueNow"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nextPeriodMonthly"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nextPeriodMonthlyIncludingVat"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"vat"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rate"}},{"kind":"Field","name":{"kind":"Name","value":"mention"}}]}}]}}]} as unknown as DocumentNode<PriceSummaryFieldsFragment, unknown>;
export const PlanChangeFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanChangeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlanChange"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"family"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"summary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PriceSummaryFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PriceTotals"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PriceSummary"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subtotalDueNow"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"vatDueNow"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalDueNow"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nextPeriodMonthly"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nextPeriodMonthlyIncludingVat"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"vat"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rate"}},{"kind":"Field","name":{"kind":"Name","value":"mention"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PriceSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PriceSummary"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"daysCharged"}},{"kind":"Field","name":{"kind":"Name","value":"daysInPeriod"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"extensionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dueNow"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"effectiveOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"seats"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"usersBefore"}},{"kind":"Field","name":{"kind":"Name","value":"usersNow"}},{"kind":"Field","name":{"kind":"Name","value":"usersAfter"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PriceTotals"}}]}}]} as unknown as DocumentNode<PlanChangeFieldsFragment, unknown>;
export const PlanFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Plan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"family"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"pricePerUser"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"destinationCount"}},{"kind":"Field","name":{"kind":"Name","value":"destinations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<PlanFieldsFragment, unknown>;
export const SaveBillingProfileDocument = {"__meta__":{"hash":"sha256:c1e92225feb9b4e5df69b55e34267491d4148d125f4d1c636e90d7524812da0f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveBillingProfile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SaveBillingProfileInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveBillingProfile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"billingProfile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"legalName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<SaveBillingProfileMutation, SaveBillingProfileMutationVariables>;
export const CreateExtensionDocument = {"__meta__":{"hash":"sha256:3990a565ae9e0a195706d89e337e5baa17d93ca90aa49d36cd55cec444f88cf5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateExtension"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateExtensionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createExtension"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"extension"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExtensionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExtensionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Extension"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"voicemailEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"family"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outboundCallerIdNumber"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"e164"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<CreateExtensionMutation, CreateExtensionMutationVariables>;
export const DeleteExtensionDocument = {"__meta__":{"hash":"sha256:3de4f94021f289929bb1d3be2f3dbb58091e10a4bc94ca623d54b7598a2de55d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteExtension"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteExtensionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteExtension"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedExtensionId"}},{"kind":"Field","name":{"kind":"Name","value":"blockingNumbers"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<DeleteExtensionMutation, DeleteExtensionMutationVariables>;
export const UpdateExtensionDocument = {"__meta__":{"hash":"sha256:919ac9ae960a497d8c9c317d98868c0cd3bed54b2fe0f810d29589d2ac007416"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateExtension"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateExtensionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateExtension"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"extension"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExtensionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExtensionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Extension"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"voicemailEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"family"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outboundCallerIdNumber"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"e164"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<UpdateExtensionMutation, UpdateExtensionMutationVariables>;
export const MyIdentitiesDocument = {"__meta__":{"hash":"sha256:9d28af9e0148899f361dfc603e53dedf7754bdbaa5e3470b8b30c47bacd134e4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyIdentities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"identities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"legalName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<MyIdentitiesQuery, MyIdentitiesQueryVariables>;
export const IdentityDetailDocument = {"__meta__":{"hash":"sha256:bb49515d549e9015cfba4b100ead259dc73230176b873b580aaafd6412c9de1c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IdentityDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"identity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IdentityFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IdentityDocumentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IdentityDocument"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReason"}},{"kind":"Field","name":{"kind":"Name","value":"downloadPath"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IdentityFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Identity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"legalName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"registrationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReason"}},{"kind":"Field","name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"documents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IdentityDocumentFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"missingRequirements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"documentKinds"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<IdentityDetailQuery, IdentityDetailQueryVariables>;
export const CreateIdentityDocument = {"__meta__":{"hash":"sha256:f7190e7bdc99fc2d47c7d1298840ce5f56ae739eb5f7ddb34fd0debf641c4804"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateIdentity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateIdentityInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createIdentity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"identity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IdentityFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IdentityDocumentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IdentityDocument"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReason"}},{"kind":"Field","name":{"kind":"Name","value":"downloadPath"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IdentityFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Identity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"legalName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"registrationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReason"}},{"kind":"Field","name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"documents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IdentityDocumentFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"missingRequirements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"documentKinds"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<CreateIdentityMutation, CreateIdentityMutationVariables>;
export const UploadIdentityDocumentDocument = {"__meta__":{"hash":"sha256:d2580218e9bdaf1bd41aa824ccc0601fa63b590b494adafddafebf34498b372e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UploadIdentityDocument"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UploadIdentityDocumentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uploadIdentityDocument"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IdentityDocumentFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"identity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IdentityFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IdentityDocumentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IdentityDocument"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReason"}},{"kind":"Field","name":{"kind":"Name","value":"downloadPath"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IdentityFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Identity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"legalName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"registrationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReason"}},{"kind":"Field","name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"documents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IdentityDocumentFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"missingRequirements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"documentKinds"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<UploadIdentityDocumentMutation, UploadIdentityDocumentMutationVariables>;
export const SubmitIdentityDocument = {"__meta__":{"hash":"sha256:f5e11de7a84efd9a75c65805d1135f0afe395f8eecc7dd45e3a320966afcac68"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitIdentity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubmitIdentityInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitIdentity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"identity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IdentityFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IdentityDocumentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IdentityDocument"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReason"}},{"kind":"Field","name":{"kind":"Name","value":"downloadPath"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IdentityFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Identity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"legalName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"registrationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReason"}},{"kind":"Field","name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"documents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IdentityDocumentFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"missingRequirements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"documentKinds"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<SubmitIdentityMutation, SubmitIdentityMutationVariables>;
export const IdentityReviewQueueDocument = {"__meta__":{"hash":"sha256:ead66dfd7455ae66d2ef099728a469ee7f6190535eec6a9cae83aa91b4e8534e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IdentityReviewQueue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"identityReviewQueue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"legalName"}},{"kind":"Field","name":{"kind":"Name","value":"registrationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"documents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IdentityDocumentFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IdentityDocumentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IdentityDocument"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReason"}},{"kind":"Field","name":{"kind":"Name","value":"downloadPath"}}]}}]} as unknown as DocumentNode<IdentityReviewQueueQuery, IdentityReviewQueueQueryVariables>;
export const DecideIdentityDocumentDocument = {"__meta__":{"hash":"sha256:18545873449e47aab3ca01a1181f219f5c00424a4603c6b245c33031cec389c1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DecideIdentityDocument"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DecideIdentityDocumentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decideIdentityDocument"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IdentityDocumentFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"identity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IdentityDocumentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IdentityDocument"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReason"}},{"kind":"Field","name":{"kind":"Name","value":"downloadPath"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<DecideIdentityDocumentMutation, DecideIdentityDocumentMutationVariables>;
export const NumberOrdersDocument = {"__meta__":{"hash":"sha256:31c858f9a65cd48bc5d297894f4d0cc0550a9b5cd7b6507c4c45b8b401965977"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NumberOrders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"numberOrders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NumberOrderFields"}}]}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PaymentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Payment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"nextActionUrl"}},{"kind":"Field","name":{"kind":"Name","value":"lastErrorCode"}},{"kind":"Field","name":{"kind":"Name","value":"lastDeclineCode"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"invoice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"refunds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"e164"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NumberOrderFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NumberOrder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"e164"}},{"kind":"Field","name":{"kind":"Name","value":"locality"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"failureReason"}},{"kind":"Field","name":{"kind":"Name","value":"refund"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"setupPrice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"monthlyPrice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"inboundAction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"forwardTo"}},{"kind":"Field","name":{"kind":"Name","value":"extension"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"payment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PaymentFields"}},{"kind":"Field","name":{"kind":"Name","value":"quote"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"toState"}},{"kind":"Field","name":{"kind":"Name","value":"e164"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]}}]}}]}}]} as unknown as DocumentNode<NumberOrdersQuery, NumberOrdersQueryVariables>;
export const NumberOrderFormDocument = {"__meta__":{"hash":"sha256:551af34e1feb89b3ea674a1310f05af31c98f53fb42c1d17f0713dd0a82d4f08"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NumberOrderForm"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"countryCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"countriesOnSale"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"localities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"countryCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"countryCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"type"},"value":{"kind":"EnumValue","value":"LOCAL"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"availableCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"extensions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"identities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"legalName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"canBack"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"numberUse"},"value":{"kind":"EnumValue","value":"LOCAL"}},{"kind":"Argument","name":{"kind":"Name","value":"countryCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"countryCode"}}}]}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<NumberOrderFormQuery, NumberOrderFormQueryVariables>;
export const AvailableNumbersDocument = {"__meta__":{"hash":"sha256:9035c77d001a9963cef4b89e9b88bc29fb21ed35662a687b723186c8be38b387"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AvailableNumbers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AvailableNumberFilter"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"availablePhoneNumbers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"e164"}},{"kind":"Field","name":{"kind":"Name","value":"nationalFormat"}},{"kind":"Field","name":{"kind":"Name","value":"locality"}},{"kind":"Field","name":{"kind":"Name","value":"setupPrice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"monthlyPrice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<AvailableNumbersQuery, AvailableNumbersQueryVariables>;
export const ReservePhoneNumbersDocument = {"__meta__":{"hash":"sha256:1dda5f58e89b43c48e8effcfa63a0f54d10adb0d07c107af251699b6c8aafc8a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReservePhoneNumbers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReservePhoneNumbersInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reservePhoneNumbers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reservation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"numbers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"e164"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<ReservePhoneNumbersMutation, ReservePhoneNumbersMutationVariables>;
export const CreateNumberOrderDocument = {"__meta__":{"hash":"sha256:8166296cf619f34c26479263cd05dfda7572236df22def900af1ddfca48e5363"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateNumberOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateNumberOrderInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createNumberOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"order"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NumberOrderFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PaymentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Payment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"nextActionUrl"}},{"kind":"Field","name":{"kind":"Name","value":"lastErrorCode"}},{"kind":"Field","name":{"kind":"Name","value":"lastDeclineCode"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"invoice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"refunds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"e164"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NumberOrderFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NumberOrder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"e164"}},{"kind":"Field","name":{"kind":"Name","value":"locality"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"failureReason"}},{"kind":"Field","name":{"kind":"Name","value":"refund"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"setupPrice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"monthlyPrice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"inboundAction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"forwardTo"}},{"kind":"Field","name":{"kind":"Name","value":"extension"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"payment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PaymentFields"}},{"kind":"Field","name":{"kind":"Name","value":"quote"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"toState"}},{"kind":"Field","name":{"kind":"Name","value":"e164"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<CreateNumberOrderMutation, CreateNumberOrderMutationVariables>;
export const RequestNumberOrderQuoteDocument = {"__meta__":{"hash":"sha256:935967286ee82658524f1c5de36a39ec04fc02ee0ae1bce9f40cae175b85801e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestNumberOrderQuote"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestNumberOrderQuoteInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestNumberOrderQuote"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"buyerLegalName"}},{"kind":"Field","name":{"kind":"Name","value":"numberOrder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}},{"kind":"Field","name":{"kind":"Name","value":"summary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"daysCharged"}},{"kind":"Field","name":{"kind":"Name","value":"daysInPeriod"}},{"kind":"Field","name":{"kind":"Name","value":"numberLines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"numberOrderLineId"}},{"kind":"Field","name":{"kind":"Name","value":"e164"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"setupFee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"monthlyFee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dueNow"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PriceTotals"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PriceTotals"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PriceSummary"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subtotalDueNow"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"vatDueNow"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalDueNow"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nextPeriodMonthly"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nextPeriodMonthlyIncludingVat"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"vat"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rate"}},{"kind":"Field","name":{"kind":"Name","value":"mention"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<RequestNumberOrderQuoteMutation, RequestNumberOrderQuoteMutationVariables>;
export const NumberOrderStatusDocument = {"__meta__":{"hash":"sha256:09d065551bc5e7106ce32f66674d854c24694198328438c13698fbbbc7798ac9"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NumberOrderStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"numberOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NumberOrderFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PaymentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Payment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"nextActionUrl"}},{"kind":"Field","name":{"kind":"Name","value":"lastErrorCode"}},{"kind":"Field","name":{"kind":"Name","value":"lastDeclineCode"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"invoice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"refunds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"e164"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NumberOrderFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NumberOrder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"e164"}},{"kind":"Field","name":{"kind":"Name","value":"locality"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"failureReason"}},{"kind":"Field","name":{"kind":"Name","value":"refund"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"setupPrice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"monthlyPrice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"inboundAction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"forwardTo"}},{"kind":"Field","name":{"kind":"Name","value":"extension"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"payment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PaymentFields"}},{"kind":"Field","name":{"kind":"Name","value":"quote"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"toState"}},{"kind":"Field","name":{"kind":"Name","value":"e164"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]}}]}}]}}]} as unknown as DocumentNode<NumberOrderStatusQuery, NumberOrderStatusQueryVariables>;
export const NumberSubscriptionLinesDocument = {"__meta__":{"hash":"sha256:e2eda894e669e9914d38a141507ecf07b6db2c10b917fa4fb53021ddfad7824c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NumberSubscriptionLines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"numberSubscriptionLines"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"e164"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"startedOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyFee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<NumberSubscriptionLinesQuery, NumberSubscriptionLinesQueryVariables>;
export const PlanChangeCartDocument = {"__meta__":{"hash":"sha256:77866da81d4d5572ba210a4119f2ae31635163b5aa083d627e229a1b4e314895"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PlanChangeCart"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"family"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PlanFamily"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"extensions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"plans"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"family"},"value":{"kind":"Variable","name":{"kind":"Name","value":"family"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"pricePerUser"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}}]}}]}}]} as unknown as DocumentNode<PlanChangeCartQuery, PlanChangeCartQueryVariables>;
export const StartPlanChangeDocument = {"__meta__":{"hash":"sha256:a213f3264de599c829720c10c9b60184a2a0e2494a52511e82e9f1bbc650e417"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartPlanChange"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StartPlanChangeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startPlanChange"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"planChange"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlanChangeFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PriceTotals"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PriceSummary"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subtotalDueNow"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"vatDueNow"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalDueNow"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nextPeriodMonthly"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nextPeriodMonthlyIncludingVat"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"vat"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rate"}},{"kind":"Field","name":{"kind":"Name","value":"mention"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PriceSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PriceSummary"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"daysCharged"}},{"kind":"Field","name":{"kind":"Name","value":"daysInPeriod"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"extensionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dueNow"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"effectiveOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"seats"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"usersBefore"}},{"kind":"Field","name":{"kind":"Name","value":"usersNow"}},{"kind":"Field","name":{"kind":"Name","value":"usersAfter"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PriceTotals"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanChangeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlanChange"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"family"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"summary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PriceSummaryFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<StartPlanChangeMutation, StartPlanChangeMutationVariables>;
export const UpdatePlanChangeDocument = {"__meta__":{"hash":"sha256:94b7666a6906927390748b56c8abba685ba62dfcca287ee572aac7b8a78e192a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdatePlanChange"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdatePlanChangeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updatePlanChange"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"planChange"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlanChangeFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PriceTotals"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PriceSummary"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subtotalDueNow"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"vatDueNow"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalDueNow"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nextPeriodMonthly"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nextPeriodMonthlyIncludingVat"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"vat"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rate"}},{"kind":"Field","name":{"kind":"Name","value":"mention"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PriceSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PriceSummary"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"daysCharged"}},{"kind":"Field","name":{"kind":"Name","value":"daysInPeriod"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"extensionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dueNow"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"effectiveOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"seats"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"usersBefore"}},{"kind":"Field","name":{"kind":"Name","value":"usersNow"}},{"kind":"Field","name":{"kind":"Name","value":"usersAfter"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PriceTotals"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanChangeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlanChange"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"family"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"summary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PriceSummaryFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<UpdatePlanChangeMutation, UpdatePlanChangeMutationVariables>;
export const RequestQuoteDocument = {"__meta__":{"hash":"sha256:f2305d4e7bf1df4f3304bd64d7cb6580ce8251efc163b99b979a3ff44f020460"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestQuote"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestQuoteInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestQuote"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"buyerLegalName"}},{"kind":"Field","name":{"kind":"Name","value":"summary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PriceSummaryFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PriceTotals"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PriceSummary"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subtotalDueNow"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"vatDueNow"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalDueNow"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nextPeriodMonthly"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nextPeriodMonthlyIncludingVat"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"vat"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rate"}},{"kind":"Field","name":{"kind":"Name","value":"mention"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PriceSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PriceSummary"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"daysCharged"}},{"kind":"Field","name":{"kind":"Name","value":"daysInPeriod"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"extensionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dueNow"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"effectiveOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"seats"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"usersBefore"}},{"kind":"Field","name":{"kind":"Name","value":"usersNow"}},{"kind":"Field","name":{"kind":"Name","value":"usersAfter"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PriceTotals"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<RequestQuoteMutation, RequestQuoteMutationVariables>;
export const CheckoutQuoteDocument = {"__meta__":{"hash":"sha256:0c0032163862c63ea37876c8375b789085774e9e75c0f94cc2efa03e1adab165"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CheckoutQuote"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CheckoutQuoteInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"checkoutQuote"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}},{"kind":"Field","name":{"kind":"Name","value":"payment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PaymentFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PaymentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Payment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"nextActionUrl"}},{"kind":"Field","name":{"kind":"Name","value":"lastErrorCode"}},{"kind":"Field","name":{"kind":"Name","value":"lastDeclineCode"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"invoice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"refunds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"e164"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<CheckoutQuoteMutation, CheckoutQuoteMutationVariables>;
export const ConfirmPaymentDocument = {"__meta__":{"hash":"sha256:6b1c59dd92249b1b65b5cdde1fd2740ec6cca905d01dc7d7ceeb993b5404d9d3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConfirmPayment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ConfirmPaymentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"confirmPayment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"payment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PaymentFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PaymentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Payment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"nextActionUrl"}},{"kind":"Field","name":{"kind":"Name","value":"lastErrorCode"}},{"kind":"Field","name":{"kind":"Name","value":"lastDeclineCode"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"invoice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"refunds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"e164"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<ConfirmPaymentMutation, ConfirmPaymentMutationVariables>;
export const PaymentStatusDocument = {"__meta__":{"hash":"sha256:bc8978adc82a5c3736a7a7030cdd63ba13d0f17072fa5787fb2b68cba6e04c59"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PaymentStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"payment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PaymentFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"planChange"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}},{"kind":"Field","name":{"kind":"Name","value":"numberOrder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PaymentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Payment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"nextActionUrl"}},{"kind":"Field","name":{"kind":"Name","value":"lastErrorCode"}},{"kind":"Field","name":{"kind":"Name","value":"lastDeclineCode"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"invoice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"refunds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"e164"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}}]}}]}}]} as unknown as DocumentNode<PaymentStatusQuery, PaymentStatusQueryVariables>;
export const MyPlansDocument = {"__meta__":{"hash":"sha256:7a1fdb699f093e2bd1281ab80a88d60a723f6329f6d4d0bebf9d6a52b94da21f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyPlans"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyTotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"billingProfile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"legalName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subscriptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyAmount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlanFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"numberOrders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"plans"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlanFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Plan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"family"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"pricePerUser"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"destinationCount"}},{"kind":"Field","name":{"kind":"Name","value":"destinations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<MyPlansQuery, MyPlansQueryVariables>;
export const WholeAccountDocument = {"__meta__":{"hash":"sha256:398a45e2166fdfcf485fac470ad7275847a0b06f704b054cf4cbfe4642616ae4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WholeAccount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"countryCode"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"billingEmail"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyTotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subscriptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyAmount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"family"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"pricePerUser"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"destinationCount"}},{"kind":"Field","name":{"kind":"Name","value":"destinations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"extensions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"voicemailEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"phoneNumbers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"e164"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"locality"}},{"kind":"Field","name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"routing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"forwardTo"}},{"kind":"Field","name":{"kind":"Name","value":"extension"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"identity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"legalName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"identities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"legalName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"documents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<WholeAccountQuery, WholeAccountQueryVariables>;