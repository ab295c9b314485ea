import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { Account } from '../account/account.entity';
import { PlanFamily } from '../plan/plan.entity';
import { PlanChangeState } from './plan-change-state';

/** The Upgrade/Downgrade cart of one family. At most one open per account and family. */
@ObjectType({ description: 'A change of the plans of one family (the Upgrade/Downgrade cart): its Add, Edit and Remove lines, priced at every change.' })
@Entity({ name: 'plan_changes' })
@Index('ix_plan_changes_account', ['accountId', 'startedAt'])
// `openFamily` is the family while OPEN and null after: one open cart per family, also between
// two concurrent starts (NULLs never collide in a unique index, on SQLite and MySQL alike).
@Index('uq_plan_changes_open', ['accountId', 'openFamily'], { unique: true })
export class PlanChange {
  @Field(() => ID, { description: 'Plan change id.' })
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ name: 'account_id', type: 'varchar', length: 36 })
  accountId!: string;

  @ManyToOne(() => Account, { onDelete: 'CASCADE', onUpdate: 'NO ACTION' })
  @JoinColumn({ name: 'account_id', foreignKeyConstraintName: 'fk_plan_changes_account' })
  account?: Account;

  @Field(() => PlanFamily, { description: 'The family whose plans change.' })
  @Column({ type: 'varchar', length: 32 })
  family!: PlanFamily;

  @Column({ name: 'open_family', type: 'varchar', length: 32, nullable: true })
  openFamily!: PlanFamily | null;

  @Field(() => PlanChangeState, { description: 'Where the plan change stands.' })
  @Column({ type: 'varchar', length: 16 })
  state!: PlanChangeState;

  /** When it was started (ISO instant, from the billing clock): the list order and cursor key. */
  @Column({ name: 'started_at', type: 'varchar', length: 24 })
  startedAt!: string;

  @Field(() => Int, { description: 'Grows by one on every change of the lines or state; pass it as `expectedVersion`.' })
  @Column({ type: 'int', default: 1 })
  version!: number;

  @Column({ name: 'created_by', type: 'varchar', length: 255, nullable: true })
  createdBy!: string | null;

  @Column({ name: 'updated_by', type: 'varchar', length: 255, nullable: true })
  updatedBy!: string | null;

  @Field({ description: 'When the plan change was started.' })
  @CreateDateColumn({ name: 'created_at', type: 'datetime' })
  createdAt!: Date;

  @Field({ description: 'When the plan change last changed.' })
  @UpdateDateColumn({ name: 'updated_at', type: 'datetime' })
  updatedAt!: Date;
}

/** One line of a plan change (see LineDraft in quote/pricing.ts). */
@Entity({ name: 'plan_change_lines' })
@Index('ix_plan_change_lines_change', ['planChangeId', 'position'])
export class PlanChangeLine {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ name: 'plan_change_id', type: 'varchar', length: 36 })
  planChangeId!: string;

  @ManyToOne(() => PlanChange, { onDelete: 'CASCADE', onUpdate: 'NO ACTION' })
  @JoinColumn({ name: 'plan_change_id', foreignKeyConstraintName: 'fk_plan_change_lines_change' })
  planChange?: PlanChange;

  @Column({ type: 'int' })
  position!: number;

  @Column({ type: 'varchar', length: 8 })
  kind!: 'ADD' | 'EDIT' | 'REMOVE';

  /** Plans are catalogue rows that are never deleted while referenced (RESTRICT). */
  @Column({ name: 'plan_id', type: 'varchar', length: 36 })
  planId!: string;

  @Column({ name: 'from_plan_id', type: 'varchar', length: 36, nullable: true })
  fromPlanId!: string | null;

  /** Telephony owns extensions: an id without a foreign key, and its number for display. */
  @Column({ name: 'extension_id', type: 'varchar', length: 36, nullable: true })
  extensionId!: string | null;

  @Column({ name: 'extension_number', type: 'varchar', length: 8, nullable: true })
  extensionNumber!: string | null;

  @Column({ type: 'int' })
  quantity!: number;
}
