import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * The plan billing last moved an extension to (or its removal), through a paid plan change.
 * Telephony owns extensions; this row only numbers billing's decisions about one extension
 * (`version`), so telephony applies them in order, each once.
 */
@Entity({ name: 'extension_plan_decisions' })
@Index('ix_extension_plan_decisions_account', ['accountId'])
export class ExtensionPlanDecision {
  @PrimaryColumn({ name: 'extension_id', type: 'varchar', length: 36 })
  extensionId!: string;

  @Column({ name: 'account_id', type: 'varchar', length: 36 })
  accountId!: string;

  /** Null once billing removed the extension. */
  @Column({ name: 'plan_id', type: 'varchar', length: 36, nullable: true })
  planId!: string | null;

  @Column({ type: 'int' })
  version!: number;
}
