import { createHash } from 'node:crypto';
import type { FileUpload } from 'graphql-upload/processRequest.mjs';
import { In, type DataSource } from 'typeorm';
import { publishIdentityEvent } from '../events/identity-events';
import {
  accept,
  accountForWrite,
  checkAll,
  newId,
  notFound,
  refuse,
  requireWritePermission,
  runMutation,
  updateVersioned,
  userError,
  versionConflict,
  type Caller,
  type Checked,
  type UserErrorValue,
} from '../../../../packages/kit/src';
import type { ComplianceOptions } from '../compliance-options';
import { checkDocumentFile } from '../document/document-file-check';
import { DocumentEvent, DocumentState, applyDocumentEvent } from '../document/document-state';
import { gaps, requirementsFor } from '../requirements/requirements';
import { storeThenCommit } from '../storage/stored-write';
import { IdentityDocument } from './identity-document.entity';
import { applyIdentityEvent, IdentityEvent, IdentityStatus, isEditable } from './identity-state';
import { Identity } from './identity.entity';
import { complianceErrors } from './identity.errors';
import type { CreateIdentityInput, DeleteIdentityInput, SubmitIdentityInput, UpdateIdentityInput, UploadIdentityDocumentInput } from './identity.inputs';
import type {
  CreateIdentityPayload,
  DeleteIdentityPayload,
  SubmitIdentityPayload,
  UpdateIdentityPayload,
  UploadIdentityDocumentPayload,
} from './identity.payloads';
import {
  checkAddress,
  checkCountry,
  checkLegalName,
  checkOptionalEmail,
  checkOptionalPhone,
  checkOptionalRegistration,
  NO_ADDRESS,
  type AddressFields,
} from './identity.rules';

export interface IdentityServiceContext {
  db: DataSource;
  caller: Caller | null;
  options: ComplianceOptions;
}

const IDENTITY = 'identity';

type FormFields = Pick<Identity, 'legalName' | 'registrationNumber' | 'contactEmail' | 'contactPhone' | 'numberUse'> & AddressFields;

/** What an identity's requirement check reads (pure requirements.ts) from its row and documents. */
export function identityFacts(identity: Identity, documents: IdentityDocument[]) {
  return {
    ...identity,
    documents: documents.map((d) => ({
      kind: d.kind,
      usable: d.state === DocumentState.PENDING || d.state === DocumentState.APPROVED,
      approved: d.state === DocumentState.APPROVED,
    })),
  };
}

/**
 * The identity form, its documents and its submission. Checks run outside the transaction, writes
 * in one (kit `runMutation`); every write bumps the identity's version, so concurrent edits and a
 * submission cannot interleave unnoticed.
 */
export class IdentityService {
  constructor(private readonly ctx: IdentityServiceContext) {}

  async create(input: CreateIdentityInput): Promise<CreateIdentityPayload> {
    const caller = requireWritePermission(this.ctx.caller, 'identities:write');
    const account = accountForWrite(caller, input.accountId);
    if (!account.ok) return { identity: null, userErrors: account.userErrors };
    const { idempotencyKey, ...request } = input;
    const outcome = await runMutation(this.ctx.db, {
      idempotency: { scope: account.value, operation: 'createIdentity', key: idempotencyKey, input: request },
      check: async () => {
        const country = checkCountry(input.countryCode);
        return checkAll({
          countryCode: country,
          form: this.checkForm(country.ok ? country.value : '', input),
        });
      },
      write: async (tx, valid) => {
        const id = newId();
        await tx.getRepository(Identity).insert({
          id,
          accountId: account.value,
          kind: input.kind,
          countryCode: valid.countryCode,
          ...valid.form,
          status: IdentityStatus.DRAFT,
          version: 1,
          revision: 1,
          previousRevisionId: null,
          rejectionReason: null,
          submittedAt: null,
          queueKey: null,
          reviewedAt: null,
          validUntil: null,
        });
        return accept({ identityId: id });
      },
    });
    if (!outcome.ok) return { identity: null, userErrors: outcome.userErrors };
    return { identity: await this.reload(outcome.value.identityId), userErrors: [] };
  }

  /** A draft or rejected identity changes in place; an approved (or expired) one gets a new draft revision. */
  async update(input: UpdateIdentityInput): Promise<UpdateIdentityPayload> {
    requireWritePermission(this.ctx.caller, 'identities:write');
    const current = await this.findVisible(input.id);
    if (!current) return { identity: null, userErrors: [notFound(IDENTITY)] };
    if (current.version !== input.expectedVersion) return { identity: null, userErrors: [versionConflict(IDENTITY)] };
    const revise = current.status === IdentityStatus.APPROVED || current.status === IdentityStatus.EXPIRED;
    if (!revise && !isEditable(current.status)) return { identity: null, userErrors: [complianceErrors.notEditable()] };
    const merged = {
      legalName: input.legalName ?? current.legalName,
      registrationNumber: input.registrationNumber === undefined ? current.registrationNumber : input.registrationNumber,
      contactEmail: input.contactEmail === undefined ? current.contactEmail : input.contactEmail,
      contactPhone: input.contactPhone === undefined ? current.contactPhone : input.contactPhone,
      numberUse: input.numberUse ?? current.numberUse,
      address:
        input.address === undefined
          ? current.addressLine
            ? { line: current.addressLine, postalCode: current.postalCode!, city: current.city!, countryCode: current.addressCountryCode! }
            : null
          : input.address,
    };
    const copies: { from: string; to: string; contentType: string }[] = [];
    const outcome = await runMutation(this.ctx.db, {
      check: async () => this.checkForm(current.countryCode, merged),
      write: async (tx, form) => {
        if (!revise) {
          const result = await updateVersioned(
            tx,
            Identity,
            { id: current.id, expectedVersion: input.expectedVersion, where: { accountId: current.accountId } },
            form,
          );
          return result === 'done' ? accept({ identityId: current.id }) : refuse(result === 'not-found' ? notFound(IDENTITY) : versionConflict(IDENTITY));
        }
        // The approved identity keeps backing its numbers until the revision is approved.
        const bumped = await updateVersioned(
          tx,
          Identity,
          { id: current.id, expectedVersion: input.expectedVersion, where: { accountId: current.accountId } },
          {},
        );
        if (bumped !== 'done') return refuse(bumped === 'not-found' ? notFound(IDENTITY) : versionConflict(IDENTITY));
        const id = newId();
        await tx.getRepository(Identity).insert({
          ...current,
          ...form,
          id,
          status: IdentityStatus.DRAFT,
          version: 1,
          revision: current.revision + 1,
          previousRevisionId: current.id,
          rejectionReason: null,
          submittedAt: null,
          queueKey: null,
          reviewedAt: null,
          validUntil: null,
          createdAt: new Date(),
        });
        // Its documents come along as pending copies (files copied too: each file belongs to one row).
        const documents = await tx.getRepository(IdentityDocument).findBy({ identityId: current.id });
        for (const document of documents) {
          const copy = newId();
          copies.push({ from: document.id, to: copy, contentType: document.contentType });
          await tx.getRepository(IdentityDocument).insert({
            ...document,
            id: copy,
            identityId: id,
            state: DocumentState.PENDING,
            version: 1,
            rejectionCode: null,
            rejectionReason: null,
            validUntil: null,
            reviewedAt: null,
          });
        }
        await this.copyFiles(copies);
        return accept({ identityId: id });
      },
    });
    if (!outcome.ok) return { identity: null, userErrors: outcome.userErrors };
    return { identity: await this.reload(outcome.value.identityId), userErrors: [] };
  }

  async delete(input: DeleteIdentityInput): Promise<DeleteIdentityPayload> {
    requireWritePermission(this.ctx.caller, 'identities:write');
    const current = await this.findVisible(input.id);
    if (!current) return { deletedIdentityId: null, userErrors: [notFound(IDENTITY)] };
    if (applyIdentityEvent(current.status, IdentityEvent.DELETE) === null) return { deletedIdentityId: null, userErrors: [complianceErrors.notDeletable()] };
    let files: string[] = [];
    const outcome = await runMutation(this.ctx.db, {
      check: async () => accept(null),
      write: async (tx) => {
        files = (await tx.getRepository(IdentityDocument).find({ select: { id: true }, where: { identityId: current.id } })).map((d) => d.id);
        const where = {
          id: current.id,
          accountId: current.accountId,
          status: IdentityStatus.DRAFT,
          ...(input.expectedVersion != null ? { version: input.expectedVersion } : {}),
        };
        await tx.getRepository(IdentityDocument).delete({ identityId: current.id });
        const result = await tx.getRepository(Identity).delete(where);
        return result.affected === 1 ? accept({ identityId: current.id }) : refuse(versionConflict(IDENTITY));
      },
    });
    if (!outcome.ok) return { deletedIdentityId: null, userErrors: outcome.userErrors };
    // After the commit: a failed delete keeps its files. A crash here leaves orphans for the clean-up.
    for (const file of files) await this.ctx.options.storage.delete(file);
    return { deletedIdentityId: outcome.value.identityId, userErrors: [] };
  }

  async upload(input: UploadIdentityDocumentInput): Promise<UploadIdentityDocumentPayload> {
    requireWritePermission(this.ctx.caller, 'identities:write');
    const refused = (...userErrors: UserErrorValue[]) => ({ document: null, identity: null, userErrors });
    const identity = await this.findVisible(input.identityId);
    if (!identity) {
      await discard(input.file);
      return refused(notFound(IDENTITY, 'identityId'));
    }
    if (!isEditable(identity.status)) {
      await discard(input.file);
      return refused(complianceErrors.notEditable('identityId'));
    }
    const existing = await this.ctx.db.getRepository(IdentityDocument).findOneBy({ identityId: identity.id, kind: input.kind });
    if (existing && applyDocumentEvent(existing.state, DocumentEvent.REPLACE) === null) {
      await discard(input.file);
      return refused(complianceErrors.notReplaceable());
    }

    const read = await readUpload(input.file, this.ctx.options.uploads.maxFileBytes);
    if (!read.ok) return refused(...read.userErrors);
    const { bytes, fileName } = read.value;
    const checked = await checkDocumentFile(bytes);
    if (!checked.ok) return refused(userError(checked.code, checked.message, 'file'));

    const documentId = newId();
    const outcome = await storeThenCommit(
      this.ctx.options.storage,
      documentId,
      bytes,
      checked.contentType,
      () =>
        runMutation(this.ctx.db, {
          check: async () => accept(null),
          write: async (tx) => {
            // Bumps the identity's version: a submission racing this upload conflicts instead of missing it.
            const bumped = await tx
              .createQueryBuilder()
              .update(Identity)
              .set({ version: () => `${tx.connection.driver.escape('version')} + 1` })
              .where({ id: identity.id, status: In([IdentityStatus.DRAFT, IdentityStatus.REJECTED]) })
              .execute();
            if (bumped.affected !== 1) return refuse(complianceErrors.notEditable('identityId'));
            if (existing) {
              const removed = await tx.getRepository(IdentityDocument).delete({ id: existing.id, version: existing.version });
              if (removed.affected !== 1) return refuse(versionConflict('document'));
            }
            await tx.getRepository(IdentityDocument).insert({
              id: documentId,
              identityId: identity.id,
              kind: input.kind,
              state: DocumentState.PENDING,
              version: 1,
              fileName,
              contentType: checked.contentType,
              sizeBytes: bytes.length,
              sha256: createHash('sha256').update(bytes).digest('hex'),
              rejectionCode: null,
              rejectionReason: null,
              validUntil: null,
              uploadedAt: new Date(),
              reviewedAt: null,
            });
            return accept({ documentId });
          },
        }),
      (result) => result.ok,
    );
    if (!outcome.ok) return refused(...outcome.userErrors);
    if (existing) await this.ctx.options.storage.delete(existing.id);
    return {
      document: await this.ctx.db.getRepository(IdentityDocument).findOneBy({ id: documentId }),
      identity: await this.reload(identity.id),
      userErrors: [],
    };
  }

  async submit(input: SubmitIdentityInput): Promise<SubmitIdentityPayload> {
    requireWritePermission(this.ctx.caller, 'identities:write');
    const current = await this.findVisible(input.id);
    if (!current) return { identity: null, userErrors: [notFound(IDENTITY)] };
    if (applyIdentityEvent(current.status, IdentityEvent.SUBMIT) === null) return { identity: null, userErrors: [complianceErrors.notEditable()] };
    const outcome = await runMutation(this.ctx.db, {
      check: async () => {
        const documents = await this.ctx.db.getRepository(IdentityDocument).findBy({ identityId: current.id });
        const missing = gaps(requirementsFor(current.countryCode, current.numberUse, current.kind), identityFacts(current, documents));
        return missing.length ? refuse(complianceErrors.incomplete(missing.map((g) => g.message))) : accept(null);
      },
      write: async (tx) => {
        const now = new Date();
        const result = await updateVersioned(
          tx,
          Identity,
          { id: current.id, expectedVersion: input.expectedVersion, where: { accountId: current.accountId, status: current.status } },
          { status: IdentityStatus.IN_REVIEW, submittedAt: now, queueKey: now.toISOString() },
        );
        if (result !== 'done') return refuse(result === 'not-found' ? notFound(IDENTITY) : versionConflict(IDENTITY));
        // Orders waiting on this identity move on (numbering handles it).
        await publishIdentityEvent(tx, {
          type: 'IdentitySubmitted',
          identityId: current.id,
          accountId: current.accountId,
          revision: current.revision,
          resubmission: current.status === IdentityStatus.REJECTED,
        });
        return accept({ identityId: current.id });
      },
    });
    if (!outcome.ok) return { identity: null, userErrors: outcome.userErrors };
    return { identity: await this.reload(outcome.value.identityId), userErrors: [] };
  }

  private checkForm(
    countryCode: string,
    input: Pick<CreateIdentityInput, 'legalName' | 'registrationNumber' | 'address' | 'contactEmail' | 'contactPhone' | 'numberUse'>,
  ): Checked<FormFields> {
    const checked = checkAll({
      legalName: checkLegalName(input.legalName),
      registrationNumber: checkOptionalRegistration(countryCode, input.registrationNumber),
      address: checkAddress(input.address),
      contactEmail: checkOptionalEmail(input.contactEmail),
      contactPhone: checkOptionalPhone(input.contactPhone),
    });
    if (!checked.ok) return checked;
    const { address, ...rest } = checked.value;
    return accept({ ...rest, ...(address ?? NO_ADDRESS), numberUse: input.numberUse });
  }

  private async copyFiles(copies: { from: string; to: string; contentType: string }[]): Promise<void> {
    const storage = this.ctx.options.storage;
    for (const copy of copies) {
      const chunks: Buffer[] = [];
      for await (const chunk of await storage.get(copy.from)) chunks.push(chunk as Buffer);
      await storage.put(copy.to, Buffer.concat(chunks), copy.contentType);
    }
  }

  private async findVisible(id: string): Promise<Identity | null> {
    const identity = await this.ctx.db.getRepository(Identity).findOneBy({ id });
    return identity && (this.ctx.caller?.role === 'STAFF' || identity.accountId === this.ctx.caller?.accountId) ? identity : null;
  }

  private reload(id: string): Promise<Identity | null> {
    return this.ctx.db.getRepository(Identity).findOneBy({ id });
  }
}

/**
 * Reads an uploaded file into memory, at most `maxBytes` (graphql-upload has it spooled to a
 * temporary file already; documents are at most 10 MB). A file over the limit, or a request cut
 * off mid-file, fails the stream: nothing is stored.
 */
async function readUpload(file: Promise<FileUpload>, maxBytes: number): Promise<Checked<{ bytes: Buffer; fileName: string }>> {
  const upload = await file;
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of upload.createReadStream()) {
      size += (chunk as Buffer).length;
      if (size > maxBytes) throw Object.assign(new Error('too large'), { status: 413 });
      chunks.push(chunk as Buffer);
    }
  } catch (error) {
    if ((error as { status?: number }).status === 413)
      return refuse(userError('FILE_TOO_LARGE', `The file is over ${Math.floor(maxBytes / (1024 * 1024))} MB.`, 'file'));
    throw error;
  }
  const fileName = upload.filename.replace(/[\p{Cc}/\\]/gu, '_').slice(-255) || 'document';
  return accept({ bytes: Buffer.concat(chunks), fileName });
}

/** A refused upload's stream is drained away, so its temporary file is released. */
async function discard(file: Promise<FileUpload>): Promise<void> {
  try {
    (await file).createReadStream().resume();
  } catch {
    // Nothing to release.
  }
}
