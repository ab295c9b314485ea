import { Directive, Field, ID, ObjectType, registerEnumType } from 'type-graphql';
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

  @Field({ description: 'When the extension was created.' })
  @CreateDateColumn({ name: 'created_at', type: 'datetime' })
  createdAt!: Date;

  @Field({ description: 'When the extension last changed.' })
  @UpdateDateColumn({ name: 'updated_at', type: 'datetime' })
  updatedAt!: Date;
}
