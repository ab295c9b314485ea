import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { DocumentKind } from '../document/document-kind';
import { DocumentState } from '../document/document-state';
import { RejectionReason } from '../review/rejection-reasons';
import { Identity } from './identity.entity';

export { DocumentKind };

/**
 * A document of an identity: its file lives in the document storage under the row's id, with
 * its SHA-256 here. One row per kind; a replacement removes the old row and file.
 */
@ObjectType({ description: 'A document uploaded for an identity, with its review state.' })
@Entity({ name: 'identity_documents' })
@Index('uq_identity_documents_identity_kind', ['identityId', 'kind'], { unique: true })
export class IdentityDocument {
  @Field(() => ID, { description: 'Document id.' })
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ name: 'identity_id', type: 'varchar', length: 36 })
  identityId!: string;

  @ManyToOne(() => Identity, { onDelete: 'CASCADE', onUpdate: 'NO ACTION' })
  @JoinColumn({ name: 'identity_id', foreignKeyConstraintName: 'fk_identity_documents_identity' })
  identity?: Identity;

  @Field(() => DocumentKind, { description: 'What the document proves.' })
  @Column({ type: 'varchar', length: 40 })
  kind!: DocumentKind;

  @Field(() => DocumentState, { description: 'Review state of this document.' })
  @Column({ type: 'varchar', length: 16 })
  state!: DocumentState;

  @Field(() => Int, { description: 'Grows by one on every decision; reviewers pass it as `expectedVersion`.' })
  @Column({ type: 'int', default: 1 })
  version!: number;

  @Field({ description: 'File name as uploaded (shown only; the file is stored under the document id).' })
  @Column({ name: 'file_name', type: 'varchar', length: 255 })
  fileName!: string;

  @Field({ description: 'Media type detected from the file content: application/pdf, image/jpeg or image/png.' })
  @Column({ name: 'content_type', type: 'varchar', length: 100 })
  contentType!: string;

  @Field(() => Int, { description: 'Size of the file in bytes.' })
  @Column({ name: 'size_bytes', type: 'int' })
  sizeBytes!: number;

  @Field(() => String, { nullable: true, description: 'SHA-256 of the file, hex; null for documents that predate hashing.' })
  @Column({ type: 'varchar', length: 64, nullable: true })
  sha256!: string | null;

  @Field(() => RejectionReason, { nullable: true, description: 'Why the document was rejected (a code from the list).' })
  @Column({ name: 'rejection_code', type: 'varchar', length: 40, nullable: true })
  rejectionCode!: RejectionReason | null;

  @Field(() => String, { nullable: true, description: "Why the document was rejected, in words: the reason's text and the reviewer's note." })
  @Column({ name: 'rejection_reason', type: 'varchar', length: 500, nullable: true })
  rejectionReason!: string | null;

  @Field(() => Date, { nullable: true, description: 'End of validity read on the document by the reviewer (expiry of an ID, or issue date plus 3 months).' })
  @Column({ name: 'valid_until', type: 'datetime', nullable: true })
  validUntil!: Date | null;

  @Field({ description: 'When the document was uploaded.' })
  @Column({ name: 'uploaded_at', type: 'datetime' })
  uploadedAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When a reviewer decided on it.' })
  @Column({ name: 'reviewed_at', type: 'datetime', nullable: true })
  reviewedAt!: Date | null;
}

/** Kept for the seed: the documents of the seed's flow, by identity kind. */
export const SEED_DOCUMENTS: Record<string, DocumentKind[]> = {
  BUSINESS: [DocumentKind.ID_CARD_FRONT, DocumentKind.ID_CARD_BACK, DocumentKind.CERTIFICATE_OF_INCORPORATION, DocumentKind.PROOF_OF_ADDRESS],
  INDIVIDUAL: [DocumentKind.ID_CARD_FRONT, DocumentKind.ID_CARD_BACK, DocumentKind.PROOF_OF_ADDRESS],
};
