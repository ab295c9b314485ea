import { In, type DataSource, type EntityManager } from 'typeorm';
import {
  accept,
  checkDisplayText,
  newId,
  notFound,
  refuse,
  requirePermission,
  runMutation,
  userError,
  versionConflict,
  type Caller,
  type Checked,
} from '../../../../packages/kit/src';
import { DocumentKind } from '../document/document-kind';
import { applyDocumentEvent, DocumentEvent, DocumentState } from '../document/document-state';
import { publishIdentityEvent } from '../events/identity-events';
import { IdentityDocument } from '../identity/identity-document.entity';
import { applyIdentityEvent, IdentityEvent, IdentityStatus } from '../identity/identity-state';
import { Identity } from '../identity/identity.entity';
import { complianceErrors } from '../identity/identity.errors';
import { NumberIdentityLink } from '../identity/number-identity-link.entity';
import { RECENT_DOCUMENT_DAYS, requiredDocumentKinds, requirementsFor } from '../requirements/requirements';
import { REJECTION_TEXT } from './rejection-reasons';
import { ReviewDecision, ReviewDecisionKind } from './review-decision.entity';
import { DocumentDecision, type DecideIdentityDocumentInput } from './review.inputs';
import type { DecideIdentityDocumentPayload } from './review.payloads';

const DAY_MS = 86_400_000;
/** Documents dated by their issue (valid 3 months from then) rather than by an expiry printed on them. */
const DATED_BY_ISSUE = new Set([DocumentKind.CERTIFICATE_OF_INCORPORATION, DocumentKind.PROOF_OF_ADDRESS]);

interface Decision {
  state: DocumentState.APPROVED | DocumentState.REJECTED;
  reason: DecideIdentityDocumentInput['reason'];
  note: string | null;
  validUntil: Date | null;
}

/** The end of validity a reviewer records, from what they read on the document. */
export function validityEnd(kind: DocumentKind, input: Pick<DecideIdentityDocumentInput, 'validUntil' | 'issuedOn'>): Date | null {
  if (DATED_BY_ISSUE.has(kind)) return input.issuedOn ? new Date(input.issuedOn.getTime() + RECENT_DOCUMENT_DAYS * DAY_MS) : (input.validUntil ?? null);
  return input.validUntil ?? null;
}

/**
 * Reviewers decide documents one by one; the decision that completes an identity's review settles
 * it: APPROVED when every required document is, REJECTED (with the reasons) when any is not.
 * Each decision first locks the identity's row (a version bump), so two reviewers finishing two
 * documents at the same moment cannot both miss that the review is complete.
 */
export class ReviewService {
  constructor(private readonly ctx: { db: DataSource; caller: Caller | null }) {}

  async decide(input: DecideIdentityDocumentInput): Promise<DecideIdentityDocumentPayload> {
    const reviewer = requirePermission(this.ctx.caller, 'staff:review');
    const document = await this.ctx.db.getRepository(IdentityDocument).findOneBy({ id: input.documentId });
    if (!document) return { document: null, identity: null, userErrors: [notFound('document', 'documentId')] };
    const outcome = await runMutation(this.ctx.db, {
      check: async () => this.checkDecision(document, input),
      write: (tx, decision) => this.record(tx, document, input.expectedVersion, decision, reviewer),
    });
    const [identity, decided] = await Promise.all([
      this.ctx.db.getRepository(Identity).findOneBy({ id: document.identityId }),
      this.ctx.db.getRepository(IdentityDocument).findOneBy({ id: document.id }),
    ]);
    if (!outcome.ok) return { document: null, identity: null, userErrors: outcome.userErrors };
    return { document: decided, identity, userErrors: [] };
  }

  private checkDecision(document: IdentityDocument, input: DecideIdentityDocumentInput): Checked<Decision> {
    const note =
      input.note == null || input.note.trim() === ''
        ? accept(null)
        : checkDisplayText(input.note, { code: 'REASON_REQUIRED', field: 'note', label: 'The note', maxLength: 500 });
    if (!note.ok) return note;
    if (input.decision === DocumentDecision.REJECT) {
      if (!input.reason) return refuse(userError('REASON_REQUIRED', 'Pick a reason from the list to reject a document.', 'reason'));
      return accept({ state: DocumentState.REJECTED, reason: input.reason, note: note.value, validUntil: null });
    }
    const validUntil = validityEnd(document.kind, input);
    if (!validUntil)
      return refuse(
        userError(
          'VALIDITY_REQUIRED',
          'Give the end of validity read on the document (or its issue date for a KBIS or a proof of address).',
          DATED_BY_ISSUE.has(document.kind) ? 'issuedOn' : 'validUntil',
        ),
      );
    if (validUntil.getTime() <= Date.now())
      return refuse(
        userError('VALIDITY_ENDED', 'This document is no longer valid; reject it instead.', DATED_BY_ISSUE.has(document.kind) ? 'issuedOn' : 'validUntil'),
      );
    return accept({ state: DocumentState.APPROVED, reason: null, note: note.value, validUntil });
  }

  private async record(
    tx: EntityManager,
    document: IdentityDocument,
    expectedVersion: number,
    decision: Decision,
    reviewer: Caller,
  ): Promise<Checked<{ documentId: string }>> {
    // Lock the identity first (and check it is in review): concurrent decisions on it queue here.
    const locked = await tx
      .createQueryBuilder()
      .update(Identity)
      .set({ version: () => `${tx.connection.driver.escape('version')} + 1` })
      .where({ id: document.identityId, status: IdentityStatus.IN_REVIEW })
      .execute();
    if (locked.affected !== 1) return refuse(complianceErrors.notInReview());
    const event = decision.state === DocumentState.APPROVED ? DocumentEvent.APPROVE : DocumentEvent.REJECT;
    const current = await tx.getRepository(IdentityDocument).findOneBy({ id: document.id });
    if (!current || current.version !== expectedVersion) return refuse(versionConflict('document'));
    if (applyDocumentEvent(current.state, event) === null) return refuse(complianceErrors.alreadyDecided());
    const now = new Date();
    const rejectionReason = decision.reason ? [REJECTION_TEXT[decision.reason], decision.note].filter(Boolean).join(' ') : null;
    const updated = await tx
      .createQueryBuilder()
      .update(IdentityDocument)
      .set({
        state: decision.state,
        rejectionCode: decision.reason ?? null,
        rejectionReason,
        validUntil: decision.validUntil,
        reviewedAt: now,
        version: () => `${tx.connection.driver.escape('version')} + 1`,
      })
      .where({ id: document.id, version: expectedVersion, state: DocumentState.PENDING })
      .execute();
    if (updated.affected !== 1) return refuse(versionConflict('document'));
    await this.audit(tx, {
      identityId: document.identityId,
      documentId: document.id,
      decision: decision.state === DocumentState.APPROVED ? ReviewDecisionKind.APPROVE_DOCUMENT : ReviewDecisionKind.REJECT_DOCUMENT,
      reasonCode: decision.reason ?? null,
      note: decision.note,
      decidedBy: reviewer.subject,
      decidedAt: now,
    });
    await this.settleIfComplete(tx, document.identityId, reviewer, now);
    return accept({ documentId: document.id });
  }

  /** Once no required document is pending, the identity is approved or rejected. */
  private async settleIfComplete(tx: EntityManager, identityId: string, reviewer: Caller, now: Date): Promise<void> {
    const identity = (await tx.getRepository(Identity).findOneBy({ id: identityId }))!;
    const documents = await tx.getRepository(IdentityDocument).findBy({ identityId });
    const byKind = new Map(documents.map((d) => [d.kind, d]));
    const present = new Set(documents.filter((d) => d.state !== DocumentState.REJECTED).map((d) => d.kind));
    const required = requiredDocumentKinds(requirementsFor(identity.countryCode, identity.numberUse, identity.kind), present);
    const judged = required.map((kind) => byKind.get(kind)).concat(documents.filter((d) => d.state === DocumentState.REJECTED && !required.includes(d.kind)));
    if (judged.some((d) => !d || d.state === DocumentState.PENDING)) return;
    const rejected = documents.filter((d) => d.state === DocumentState.REJECTED);
    if (rejected.length) {
      const reason = rejected
        .map((d) => `${d.kind}: ${d.rejectionReason}`)
        .join(' ')
        .slice(0, 500);
      await this.settle(tx, identity, IdentityEvent.REJECT, { rejectionReason: reason, reviewedAt: now });
      await this.audit(tx, {
        identityId,
        documentId: null,
        decision: ReviewDecisionKind.REJECT_IDENTITY,
        reasonCode: null,
        note: null,
        decidedBy: reviewer.subject,
        decidedAt: now,
      });
      await publishIdentityEvent(tx, {
        type: 'IdentityRejected',
        identityId,
        accountId: identity.accountId,
        revision: identity.revision,
        rejectedDocumentKinds: rejected.map((d) => d.kind),
      });
      return;
    }
    const validUntil = new Date(Math.min(...required.map((kind) => byKind.get(kind)!.validUntil!.getTime())));
    await this.settle(tx, identity, IdentityEvent.APPROVE, { rejectionReason: null, reviewedAt: now, validUntil });
    if (identity.previousRevisionId) {
      // The new revision takes over the numbers of the one it replaces.
      await tx
        .getRepository(Identity)
        .update({ id: identity.previousRevisionId, status: In([IdentityStatus.APPROVED, IdentityStatus.EXPIRED]) }, { status: IdentityStatus.SUPERSEDED });
      await tx.getRepository(NumberIdentityLink).update({ identityId: identity.previousRevisionId }, { identityId });
    }
    await this.audit(tx, {
      identityId,
      documentId: null,
      decision: ReviewDecisionKind.APPROVE_IDENTITY,
      reasonCode: null,
      note: null,
      decidedBy: reviewer.subject,
      decidedAt: now,
    });
    await publishIdentityEvent(tx, {
      type: 'IdentityApproved',
      identityId,
      accountId: identity.accountId,
      revision: identity.revision,
      supersededIdentityId: identity.previousRevisionId,
      validUntil: validUntil.toISOString(),
    });
  }

  private async settle(tx: EntityManager, identity: Identity, event: IdentityEvent, changes: Partial<Identity>): Promise<void> {
    const next = applyIdentityEvent(identity.status, event);
    if (next === null || next === 'DELETED') throw new Error(`Identity ${identity.id} cannot ${event} from ${identity.status}.`);
    await tx.getRepository(Identity).update({ id: identity.id }, { ...changes, status: next });
  }

  private async audit(tx: EntityManager, row: Omit<ReviewDecision, 'id'>): Promise<void> {
    await tx.getRepository(ReviewDecision).insert({ id: newId(), ...row });
  }
}
