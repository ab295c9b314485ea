import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Identity, IdentityKind, ReviewState } from './identity.entity';

export enum DocumentKind {
  ID_CARD_FRONT = 'ID_CARD_FRONT',
  ID_CARD_BACK = 'ID_CARD_BACK',
  CERTIFICATE_OF_INCORPORATION = 'CERTIFICATE_OF_INCORPORATION',
  PROOF_OF_ADDRESS = 'PROOF_OF_ADDRESS',
}
registerEnumType(DocumentKind, {
  name: 'DocumentKind',
  description: 'A document the provider asks for to verify an identity.',
  valuesConfig: {
    ID_CARD_FRONT: { description: 'Photo or scan of the front of an ID card.' },
    ID_CARD_BACK: { description: 'Photo or scan of the back of an ID card.' },
    CERTIFICATE_OF_INCORPORATION: { description: 'Certificate of incorporation (in France, the KBIS).' },
    PROOF_OF_ADDRESS: { description: 'Recent proof of address of the company or person.' },
  },
});

/** The documents each kind of identity must provide. */
export const REQUIRED_DOCUMENTS: Record<IdentityKind, DocumentKind[]> = {
  [IdentityKind.BUSINESS]: [DocumentKind.ID_CARD_FRONT, DocumentKind.ID_CARD_BACK, DocumentKind.CERTIFICATE_OF_INCORPORATION, DocumentKind.PROOF_OF_ADDRESS],
  [IdentityKind.INDIVIDUAL]: [DocumentKind.ID_CARD_FRONT, DocumentKind.ID_CARD_BACK, DocumentKind.PROOF_OF_ADDRESS],
};

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

  @Field(() => ReviewState, { description: 'Review state of this document.' })
  @Column({ type: 'varchar', length: 16 })
  state!: ReviewState;

  @Field({ description: 'File name as uploaded.' })
  @Column({ name: 'file_name', type: 'varchar', length: 255 })
  fileName!: string;

  @Field({ description: 'Media type detected from the file content.' })
  @Column({ name: 'content_type', type: 'varchar', length: 100 })
  contentType!: string;

  @Field(() => Int, { description: 'Size of the file in bytes.' })
  @Column({ name: 'size_bytes', type: 'int' })
  sizeBytes!: number;

  @Field(() => String, { nullable: true, description: 'Why the document was rejected.' })
  @Column({ name: 'rejection_reason', type: 'varchar', length: 500, nullable: true })
  rejectionReason!: string | null;

  @Field({ description: 'When the document was uploaded.' })
  @Column({ name: 'uploaded_at', type: 'datetime' })
  uploadedAt!: Date;
}
