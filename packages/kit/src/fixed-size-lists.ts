/**
 * THE allow-list of list fields that are not cursor connections.
 *
 * Every list that grows with a customer's data must be a connection (`first`/`after`,
 * `totalCount`): `test/list-fields.test.ts` walks `schema/api.graphql` and fails on any other
 * list field that is not listed here. A list belongs here only when something other than the
 * customer's data bounds it (an enum, a unique index, a curated catalogue, a cap in the code);
 * `max` is that bound and `why` says what enforces it. The cost estimator (`cost.ts`, gateway
 * and subgraphs alike) multiplies such a list by its `max`, so a generous max makes requests
 * that select the list more expensive: pick the real bound, not a round guess.
 *
 * Keys are `Type.field` as in `api.graphql`; `*.field` matches that field on every type
 * (every mutation payload has `userErrors`).
 */
export interface FixedSizeList {
  /** Most items the list can ever hold. */
  max: number;
  /** What keeps it at or under `max`. */
  why: string;
}

/** One user error per input field at most, plus the odd form-level one. */
export const MAX_USER_ERRORS = 20;

/** Countries in ISO 3166-1: no list of countries can be longer. */
export const MAX_COUNTRIES = 249;

/** Plans in the provider's catalogue (5 today); staff curate it, customers cannot add to it. */
export const MAX_CATALOGUE_PLANS = 20;

/** How many of the numbers that still ring an extension `deleteExtension` names (it counts them all). */
export const MAX_BLOCKING_NUMBERS = 20;

/** Permissions a credential can carry (`PERMISSIONS` in caller.ts, 9 today). */
export const MAX_PERMISSIONS = 20;

/** Document kinds (the DocumentKind enum: 5 with PASSPORT); test/list-fields.test.ts checks the enum against it. */
export const MAX_DOCUMENT_KINDS = 5;

/** Requirement codes (the RequirementCode enum: 8); each requirement appears once in a list of them. */
export const MAX_REQUIREMENT_CODES = 8;

/** Numbers one reservation (and so one order) holds: `reservePhoneNumbers` refuses more (numbering's reservation service). */
export const MAX_RESERVED_NUMBERS = 10;

/** Localities `Query.localities` returns at most (numbering caps the query, by name). */
export const MAX_LOCALITIES = 100;

/** Countries whose numbers numbering sells (its inventory catalogue: FR, GB, US, DE, ES today). */
export const MAX_CATALOG_COUNTRIES = 20;

/** Plan families (the PlanFamily enum: 3); billing keeps one open or checked-out plan change per family. */
export const MAX_PLAN_FAMILIES = 3;

/** Lines one plan change holds: billing's plan-change rules refuse more (TOO_MANY_LINES); an invoice copies at most these. */
export const MAX_PLAN_CHANGE_LINES = 100;

/** Quotes `PlanChange.quotes` lists, the latest (each Continue makes one; older ones have expired). */
export const MAX_LISTED_QUOTES = 20;

/** Provider answers `Payment.attempts` lists, the first (one per card tried and per 3-D Secure answer). */
export const MAX_LISTED_PAYMENT_ATTEMPTS = 20;

/** Parked events `<subgraph>ParkedEvents(first)` returns at most (its `totalCount` gives them all). */
export const MAX_LISTED_PARKED_EVENTS = 100;

export const FIXED_SIZE_LISTS: Readonly<Record<string, FixedSizeList>> = {
  '*.userErrors': { max: MAX_USER_ERRORS, why: 'one per input field at most (checkAll reports each field once)' },
  'Query.plans': { max: MAX_CATALOGUE_PLANS, why: 'the curated plan catalogue' },
  'Account.subscriptions': { max: MAX_CATALOGUE_PLANS, why: 'one per plan of the catalogue (unique index uq_subscriptions_account_plan)' },
  'Plan.destinations': { max: MAX_COUNTRIES, why: 'countries, each at most once' },
  'Identity.documents': { max: MAX_DOCUMENT_KINDS, why: 'one per DocumentKind (5 values; unique index uq_identity_documents_identity_kind)' },
  'Identity.missingDocumentKinds': { max: MAX_DOCUMENT_KINDS, why: 'a subset of DocumentKind (5 values)' },
  'Identity.missingRequirements': { max: MAX_REQUIREMENT_CODES, why: 'at most one gap per RequirementCode (requirementsFor lists each code once)' },
  'MissingRequirement.documentKinds': { max: MAX_DOCUMENT_KINDS, why: 'a subset of DocumentKind (5 values)' },
  'IdentityRequirements.fields': { max: MAX_REQUIREMENT_CODES, why: 'a subset of RequirementCode (8 values)' },
  'IdentityRequirements.documents': { max: MAX_REQUIREMENT_CODES, why: 'one per document RequirementCode (requirementsFor lists each once)' },
  'DocumentRequirement.options': { max: MAX_DOCUMENT_KINDS, why: 'alternatives made of distinct DocumentKinds, each in one option at most' },
  'DocumentOption.kinds': { max: MAX_DOCUMENT_KINDS, why: 'a subset of DocumentKind (5 values)' },
  'Viewer.permissions': { max: MAX_PERMISSIONS, why: 'a subset of PERMISSIONS (caller.ts; credentials with another value are refused)' },
  'NumberReservation.numbers': { max: MAX_RESERVED_NUMBERS, why: 'reservePhoneNumbers reserves 1 to 10 numbers, never adds any later' },
  'NumberOrder.lines': { max: MAX_RESERVED_NUMBERS, why: "one per number of the order's reservation (1 to 10)" },
  'Query.countriesOnSale': { max: MAX_CATALOG_COUNTRIES, why: "the inventory catalogue's countries (numbering's CATALOG_CURRENCY)" },
  'Query.localities': { max: MAX_LOCALITIES, why: 'the query is capped (LIMIT) in numbering, first by name' },
  'DeleteExtensionPayload.blockingNumbers': { max: MAX_BLOCKING_NUMBERS, why: 'capped in telephony; blockingNumberCount gives the total' },
  'Account.openPlanChanges': {
    max: MAX_PLAN_FAMILIES,
    why: 'one open or checked-out plan change per PlanFamily (unique index uq_plan_changes_open on account and open family)',
  },
  'PlanChange.quotes': { max: MAX_LISTED_QUOTES, why: 'the latest quotes only (billing slices the list; older quotes have expired)' },
  'PriceSummary.lines': { max: MAX_PLAN_CHANGE_LINES, why: "one per line of the plan change (billing's plan-change rules refuse more: TOO_MANY_LINES)" },
  'PriceSummary.seats': { max: MAX_CATALOGUE_PLANS, why: 'one row per plan of the family, each plan at most once' },
  'PriceSummary.numberLines': { max: MAX_RESERVED_NUMBERS, why: "one per number of the order's reservation (1 to 10)" },
  'Payment.refunds': { max: MAX_RESERVED_NUMBERS, why: 'one per number of the order the payment paid (unique index uq_refunds_order_line; 1 to 10)' },
  'Payment.attempts': { max: MAX_LISTED_PAYMENT_ATTEMPTS, why: 'the first attempts only (billing slices the list)' },
  'Invoice.lines': {
    max: MAX_PLAN_CHANGE_LINES,
    why: "the charged lines of one plan change's quote (capped by TOO_MANY_LINES), or one per subscription for a renewal (at most the catalogue); a credit note copies its invoice's",
  },
  'ParkedEvents.events': { max: MAX_LISTED_PARKED_EVENTS, why: 'the kit caps `first` (take) in the parked-events query; totalCount gives the rest' },
};

/** The allow-list entry of `Type.field`, if any. */
export function fixedSizeList(typeName: string, fieldName: string): FixedSizeList | undefined {
  return FIXED_SIZE_LISTS[`${typeName}.${fieldName}`] ?? FIXED_SIZE_LISTS[`*.${fieldName}`];
}
