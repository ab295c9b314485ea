import type { Permission } from '../../packages/kit/src';
import type { FilePart } from '../support/identities';

/**
 * What the attack matrix needs to know about B's own side of a mutation: input that SUCCEEDS when
 * it acts on B's own objects. The matrix then swaps, one at a time, every id in that input (found
 * from the schema) for one of account A's, so that only the tenancy rule stands between B and A;
 * and sends the same valid input with a token lacking `permission`, which must be FORBIDDEN.
 *
 * Every mutation of the schema needs an entry: a new mutation without one fails the matrix,
 * naming what to add here.
 */
export interface RecipeContext {
  /** B's account id (the harness adds it as `accountId` for staff, who must name the account). */
  accountId: string;
  /** A fresh extension of account B (created for this call), to change or remove. */
  freshExtension(): Promise<{ id: string; version: number }>;
  /** One of B's phone numbers. */
  ownPhoneNumber(): string;
  /** A plan of the public catalogue. */
  plan(code: string): string;
  /** An extension number nobody in B's account uses yet (4 digits, never a short code). */
  unusedExtensionNumber(): string;
  /** A display name nobody uses yet. */
  uniqueName(prefix: string): string;
  /** A number on sale now (inventory, not reserved by anyone). */
  availableNumber(): Promise<string>;
  /** A fresh active reservation of B's (one number on sale, reserved for this call). */
  freshReservation(): Promise<{ id: string; version: number }>;
  /** A fresh DRAFT order of B's, from a fresh reservation. */
  freshOrder(): Promise<{ id: string; version: number }>;
  /** A fresh active phone number of B's (its own row, so that releasing it takes nothing from the others). */
  freshPhoneNumber(): Promise<{ id: string; version: number }>;
  /** B's seeded identity (approved): what an order is registered to. */
  ownIdentity(): string;
  /** A fresh DRAFT identity of B's (a French business, no documents yet). */
  freshIdentity(): Promise<{ id: string; version: number }>;
  /** A fresh DRAFT identity of B's with every document it needs, ready to submit. */
  freshCompleteIdentity(): Promise<{ id: string; version: number }>;
  /** A pending passport of a fresh identity of B's that is IN_REVIEW, for a reviewer to decide. */
  freshDocumentInReview(): Promise<{ id: string; version: number }>;
  /** A document file (a PDF that opens whole) for a multipart upload. */
  sampleFile(): Promise<Omit<FilePart, 'path'>>;
  /** The version of B's billing profile (made on the first call), to pass as `expectedVersion`. */
  billingProfileVersion(): Promise<number>;
  /** A fresh OPEN plan change of B's (family PREDICTIVE_DIALER unless named), with one Add line when `withLine` (a dialer's). */
  freshPlanChange(withLine: boolean, family?: 'PREDICTIVE_DIALER' | 'PHONE_SYSTEM'): Promise<{ id: string; version: number }>;
  /** One of B's seeded extensions, on a phone-system plan. */
  ownExtensionOnPlan(): string;
  /** A fresh OPEN quote of B's, from a fresh plan change with one line. */
  freshQuote(): Promise<{ id: string }>;
  /** A payment of B's waiting for another card (its first card was declined). */
  paymentWaitingForCard(): Promise<{ id: string }>;
  /** A fresh invoice of B's (a quote checked out and paid). */
  freshInvoice(): Promise<{ id: string }>;
  /** A fresh parked event in the inbox of `subgraph` (of a type it has no handler for: a retry leaves it parked). */
  freshParkedEvent(subgraph: 'billing' | 'compliance' | 'numbering' | 'telephony'): Promise<string>;
}

export interface MutationRecipe {
  /** The permission a customer needs (staff need staff:write for writes on customers' objects). */
  permission: Permission;
  /**
   * A staff-only mutation (a review decision): `permission` is a staff permission that no customer
   * role holds, needed by staff as it is (not staff:write). Staff act on every account, so there
   * is no tenancy to attack with A's ids; the matrix proves instead that every role without the
   * permission (B's owner included) is FORBIDDEN, and that the reviewer's control succeeds.
   */
  staffOnly?: true;
  /**
   * What staff need for it on a customer's objects when that is not `staff:write` (billing writes
   * need `staff:billing`); customers need `permission`.
   */
  staffPermission?: Permission;
  /** Input that succeeds for B's owner acting on B's own objects (for staff-only ones: for a reviewer). */
  validInput(b: RecipeContext): Promise<Record<string, unknown>>;
  /** Files of a multipart request (GraphQL multipart spec), by variable path: the matrix then posts multipart. */
  files?(b: RecipeContext): Promise<FilePart[]>;
}

/** A French business that meets every field requirement (the SIREN has its check digit). */
export const FRENCH_BUSINESS_INPUT = {
  kind: 'BUSINESS',
  countryCode: 'FR',
  registrationNumber: '732 829 320',
  address: { line: '1 rue de la Paix', postalCode: '75002', city: 'Paris', countryCode: 'FR' },
  contactEmail: 'compliance@attacker.example',
  contactPhone: '+33612345678',
};

/** A French business's billing profile (the SIREN has its check digit). */
export const FRENCH_BILLING_PROFILE = {
  addressLine1: '1 rue de la Paix',
  postalCode: '75002',
  city: 'Paris',
  countryCode: 'FR',
  customerKind: 'BUSINESS',
  siren: '732829320',
};

export const MUTATION_RECIPES: Record<string, MutationRecipe> = {
  createExtension: {
    permission: 'extensions:write',
    validInput: async (b) => ({
      number: b.unusedExtensionNumber(),
      displayName: b.uniqueName('New'),
      email: 'new.user@attacker.example',
      outboundCallerIdNumberId: b.ownPhoneNumber(),
      planId: b.plan('PS-EUROPE'),
    }),
  },
  updateExtension: {
    permission: 'extensions:write',
    validInput: async (b) => {
      const extension = await b.freshExtension();
      return {
        id: extension.id,
        expectedVersion: extension.version,
        number: b.unusedExtensionNumber(),
        displayName: b.uniqueName('Renamed'),
        outboundCallerIdNumberId: b.ownPhoneNumber(),
        planId: b.plan('PS-WORLD'),
      };
    },
  },
  deleteExtension: {
    permission: 'extensions:write',
    validInput: async (b) => {
      const extension = await b.freshExtension();
      return { id: extension.id, expectedVersion: extension.version };
    },
  },
  reservePhoneNumbers: {
    permission: 'numbers:purchase',
    validInput: async (b) => ({ numberIds: [await b.availableNumber()] }),
  },
  extendReservation: {
    permission: 'numbers:purchase',
    validInput: async (b) => {
      const reservation = await b.freshReservation();
      return { id: reservation.id, expectedVersion: reservation.version };
    },
  },
  cancelReservation: {
    permission: 'numbers:purchase',
    validInput: async (b) => ({ id: (await b.freshReservation()).id }),
  },
  createNumberOrder: {
    permission: 'numbers:purchase',
    // VOICEMAIL: an extension id is checked by routable-extension.check.ts, which accepts every id
    // until numbering keeps its copy of telephony's extension states (the events work, issue 11);
    // with FORWARD_TO_EXTENSION, the swap to A's extension would be accepted and this matrix fail.
    validInput: async (b) => ({ reservationId: (await b.freshReservation()).id, inboundAction: { action: 'VOICEMAIL' }, identityId: b.ownIdentity() }),
  },
  cancelNumberOrder: {
    permission: 'numbers:purchase',
    validInput: async (b) => {
      const order = await b.freshOrder();
      return { id: order.id, expectedVersion: order.version };
    },
  },
  updatePhoneNumberRouting: {
    permission: 'numbers:purchase',
    // HANG_UP for the same reason as createNumberOrder's VOICEMAIL (extension ids are not checked yet).
    validInput: async (b) => {
      const number = await b.freshPhoneNumber();
      return { id: number.id, expectedVersion: number.version, inboundAction: { action: 'HANG_UP' } };
    },
  },
  releasePhoneNumber: {
    permission: 'numbers:purchase',
    validInput: async (b) => {
      const number = await b.freshPhoneNumber();
      return { id: number.id, expectedVersion: number.version };
    },
  },
  createIdentity: {
    permission: 'identities:write',
    validInput: async (b) => ({ ...FRENCH_BUSINESS_INPUT, legalName: b.uniqueName('Identity') }),
  },
  updateIdentity: {
    permission: 'identities:write',
    validInput: async (b) => {
      const identity = await b.freshIdentity();
      return { id: identity.id, expectedVersion: identity.version, legalName: b.uniqueName('Renamed identity') };
    },
  },
  deleteIdentity: {
    permission: 'identities:write',
    validInput: async (b) => {
      const identity = await b.freshIdentity();
      return { id: identity.id, expectedVersion: identity.version };
    },
  },
  uploadIdentityDocument: {
    permission: 'identities:write',
    validInput: async (b) => ({ identityId: (await b.freshIdentity()).id, kind: 'CERTIFICATE_OF_INCORPORATION', file: null }),
    files: async (b) => [{ path: 'input.file', ...(await b.sampleFile()) }],
  },
  submitIdentity: {
    permission: 'identities:write',
    validInput: async (b) => {
      const identity = await b.freshCompleteIdentity();
      return { id: identity.id, expectedVersion: identity.version };
    },
  },
  decideIdentityDocument: {
    permission: 'staff:review',
    staffOnly: true,
    validInput: async (b) => {
      const passport = await b.freshDocumentInReview();
      return {
        documentId: passport.id,
        expectedVersion: passport.version,
        decision: 'APPROVE',
        validUntil: new Date(Date.now() + 365 * 86_400_000).toISOString(),
      };
    },
  },
  saveBillingProfile: {
    permission: 'billing:purchase',
    staffPermission: 'staff:billing',
    validInput: async (b) => ({ ...FRENCH_BILLING_PROFILE, legalName: b.uniqueName('Legal'), expectedVersion: await b.billingProfileVersion() }),
  },
  startPlanChange: {
    permission: 'billing:purchase',
    staffPermission: 'staff:billing',
    // A fresh one each time (the family's open cart is cancelled first), so that it is B's own.
    validInput: async (b) => {
      await b.freshPlanChange(false);
      return { family: 'PREDICTIVE_DIALER' };
    },
  },
  updatePlanChange: {
    permission: 'billing:purchase',
    staffPermission: 'staff:billing',
    // A phone-system cart, so that each tab names an id: Edit and Remove name B's extensions.
    validInput: async (b) => {
      const change = await b.freshPlanChange(false, 'PHONE_SYSTEM');
      return {
        id: change.id,
        expectedVersion: change.version,
        additions: [{ planId: b.plan('PS-FRANCE'), quantity: 1 }],
        edits: [{ extensionId: (await b.freshExtension()).id, planId: b.plan('PS-WORLD') }],
        removals: [{ extensionId: b.ownExtensionOnPlan() }],
      };
    },
  },
  cancelPlanChange: {
    permission: 'billing:purchase',
    staffPermission: 'staff:billing',
    validInput: async (b) => {
      const change = await b.freshPlanChange(false);
      return { id: change.id, expectedVersion: change.version };
    },
  },
  requestNumberOrderQuote: {
    permission: 'billing:purchase',
    staffPermission: 'staff:billing',
    validInput: async (b) => {
      await b.billingProfileVersion();
      return { numberOrderId: (await b.freshOrder()).id };
    },
  },
  requestQuote: {
    permission: 'billing:purchase',
    staffPermission: 'staff:billing',
    validInput: async (b) => {
      await b.billingProfileVersion();
      const change = await b.freshPlanChange(true);
      return { planChangeId: change.id, expectedVersion: change.version };
    },
  },
  checkoutQuote: {
    permission: 'billing:purchase',
    staffPermission: 'staff:billing',
    validInput: async (b) => ({ quoteId: (await b.freshQuote()).id, paymentMethod: 'pm_card_visa' }),
  },
  confirmPayment: {
    permission: 'billing:purchase',
    staffPermission: 'staff:billing',
    // Declined again: the payment keeps waiting, so the next case finds it as it was.
    validInput: async (b) => ({ paymentId: (await b.paymentWaitingForCard()).id, paymentMethod: 'pm_card_chargeDeclined' }),
  },
  issueCreditNote: {
    permission: 'staff:billing',
    staffOnly: true,
    validInput: async (b) => ({ invoiceId: (await b.freshInvoice()).id, reason: 'Attack matrix control' }),
  },
  retryBillingParkedEvent: { permission: 'staff:write', staffOnly: true, validInput: async (b) => ({ eventId: await b.freshParkedEvent('billing') }) },
  retryComplianceParkedEvent: { permission: 'staff:write', staffOnly: true, validInput: async (b) => ({ eventId: await b.freshParkedEvent('compliance') }) },
  retryNumberingParkedEvent: { permission: 'staff:write', staffOnly: true, validInput: async (b) => ({ eventId: await b.freshParkedEvent('numbering') }) },
  retryTelephonyParkedEvent: { permission: 'staff:write', staffOnly: true, validInput: async (b) => ({ eventId: await b.freshParkedEvent('telephony') }) },
};
