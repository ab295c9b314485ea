import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { RejectionReason } from './rejection-reasons';

export enum ReviewDecisionKind {
  APPROVE_DOCUMENT = 'APPROVE_DOCUMENT',
  REJECT_DOCUMENT = 'REJECT_DOCUMENT',
  APPROVE_IDENTITY = 'APPROVE_IDENTITY',
  REJECT_IDENTITY = 'REJECT_IDENTITY',
}
registerEnumType(ReviewDecisionKind, {
  name: 'ReviewDecisionKind',
  description: 'What a review decision was.',
  valuesConfig: {
    APPROVE_DOCUMENT: { description: 'A reviewer approved a document.' },
    REJECT_DOCUMENT: { description: 'A reviewer rejected a document.' },
    APPROVE_IDENTITY: { description: 'Every required document being approved, the identity was approved.' },
    REJECT_IDENTITY: { description: 'The review ended with rejected documents: the identity was rejected.' },
  },
});

/**
 * The audit trail of reviews: one row per decision, never changed. No foreign key to the identity:
 * the trail outlives a document replaced since.
 */
@ObjectType({ description: 'One decision of a reviewer (audit trail). Staff only.' })
@Entity({ name: 'identity_review_decisions' })
@Index('ix_identity_review_decisions_identity', ['identityId', 'decidedAt'])
export class ReviewDecision {
  @Field(() => ID, { description: 'Decision id.' })
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ name: 'identity_id', type: 'varchar', length: 36 })
  identityId!: string;

  @Field(() => ID, { nullable: true, description: 'The document decided on; null for a decision on the identity as a whole.' })
  @Column({ name: 'document_id', type: 'varchar', length: 36, nullable: true })
  documentId!: string | null;

  @Field(() => ReviewDecisionKind, { description: 'What was decided.' })
  @Column({ type: 'varchar', length: 24 })
  decision!: ReviewDecisionKind;

  @Field(() => RejectionReason, { nullable: true, description: 'The reason picked, for a rejection.' })
  @Column({ name: 'reason_code', type: 'varchar', length: 40, nullable: true })
  reasonCode!: RejectionReason | null;

  @Field(() => String, { nullable: true, description: "The reviewer's note." })
  @Column({ type: 'varchar', length: 1000, nullable: true })
  note!: string | null;

  @Field({ description: 'Token subject of the reviewer (or "system").' })
  @Column({ name: 'decided_by', type: 'varchar', length: 255 })
  decidedBy!: string;

  @Field({ description: 'When it was decided.' })
  @Column({ name: 'decided_at', type: 'datetime' })
  decidedAt!: Date;
}
