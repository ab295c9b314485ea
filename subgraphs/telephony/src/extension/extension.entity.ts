import { Directive, Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, UpdateDateColumn } from 'typeorm';

export enum ExtensionState {
  ACTIVE = 'ACTIVE',
  SUSPENDED = 'SUSPENDED',
}
registerEnumType(ExtensionState, {
  name: 'ExtensionState',
  description: 'Whether an extension can place and receive calls.',
  valuesConfig: {
    ACTIVE: { description: 'Places and receives calls.' },
    SUSPENDED: { description: 'Kept with its settings, but cannot call or be called.' },
  },
});

@Directive('@key(fields: "id")')
@ObjectType({ description: 'A user of the phone system, reached by a short internal number such as "901".' })
@Entity({ name: 'extensions' })
@Index('uq_extensions_account_number', ['accountId', 'number'], { unique: true })
export class Extension {
  @Field(() => ID, { description: 'Extension id.' })
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ name: 'account_id', type: 'varchar', length: 36 })
  accountId!: string;

  @Field({ description: 'Internal number dialled to reach the extension, digits only.' })
  @Column({ type: 'varchar', length: 8 })
  number!: string;

  @Field({ description: 'Name shown on internal calls and in the directory.' })
  @Column({ name: 'display_name', type: 'varchar', length: 120 })
  displayName!: string;

  @Field(() => String, { nullable: true, description: 'Email of the user, for voicemail and notifications.' })
  @Column({ type: 'varchar', length: 254, nullable: true })
  email!: string | null;

  @Field(() => ExtensionState, { description: 'Whether the extension can call.' })
  @Column({ type: 'varchar', length: 16 })
  state!: ExtensionState;

  @Field({ description: 'Whether unanswered calls go to voicemail.' })
  @Column({ name: 'voicemail_enabled', type: 'boolean' })
  voicemailEnabled!: boolean;

  /** Billing plan the user counts against; billing owns plans, so no foreign key. */
  @Column({ name: 'plan_id', type: 'varchar', length: 36, nullable: true })
  planId!: string | null;

  /** Phone number shown on outbound calls; numbering owns numbers, so a reference by id. */
  @Column({ name: 'outbound_caller_id_number_id', type: 'varchar', length: 36, nullable: true })
  outboundCallerIdNumberId!: string | null;

  /**
   * Optimistic concurrency: grows by one on every change, and a change names the version it
   * was based on (`updateVersioned`). A plain column, not @VersionColumn: save() would race.
   */
  @Field(() => Int, { description: 'Grows by one on every change. Pass the version you read as `expectedVersion` when you change the extension.' })
  @Column({ type: 'int', default: 1 })
  version!: number;

  /** Token subject that created the extension; null for seeded data. Staff see it in `audit`. */
  @Column({ name: 'created_by', type: 'varchar', length: 255, nullable: true })
  createdBy!: string | null;

  /** Token subject of the last change; null for seeded data. */
  @Column({ name: 'updated_by', type: 'varchar', length: 255, nullable: true })
  updatedBy!: string | null;

  @Field({ description: 'When the extension was created.' })
  @CreateDateColumn({ name: 'created_at', type: 'datetime' })
  createdAt!: Date;

  @Field({ description: 'When the extension last changed.' })
  @UpdateDateColumn({ name: 'updated_at', type: 'datetime' })
  updatedAt!: Date;
}
