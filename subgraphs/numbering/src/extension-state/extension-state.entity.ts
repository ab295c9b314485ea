import { registerEnumType } from 'type-graphql';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

export enum ExtensionLifeState {
  ACTIVE = 'ACTIVE',
  REMOVED = 'REMOVED',
}

/**
 * What numbering knows of each extension (telephony owns them): kept from telephony's
 * extension events, never asked at read time. Routes are checked against it.
 */
@Entity({ name: 'extension_states' })
@Index('ix_extension_states_account_number', ['accountId', 'number'])
export class ExtensionStateRow {
  @PrimaryColumn({ name: 'extension_id', type: 'varchar', length: 36 })
  extensionId!: string;

  @Column({ name: 'account_id', type: 'varchar', length: 36 })
  accountId!: string;

  @Column({ type: 'varchar', length: 8 })
  number!: string;

  @Column({ type: 'varchar', length: 16 })
  state!: ExtensionLifeState;

  /** Telephony's version of the extension this row reflects. */
  @Column({ type: 'int' })
  version!: number;
}

/** How a number's route to an extension stands, as numbering knows it. */
export enum RoutedExtensionState {
  ACTIVE = 'ACTIVE',
  REMOVED = 'REMOVED',
  UNKNOWN = 'UNKNOWN',
}
registerEnumType(RoutedExtensionState, {
  name: 'RoutedExtensionState',
  description: 'Whether the extension a number rings still exists, as numbering learnt it from telephony (events, so it may lag by moments).',
  valuesConfig: {
    ACTIVE: { description: 'The extension exists: calls ring it.' },
    REMOVED: { description: 'The extension was removed: calls to this number ring nobody until its route is changed.' },
    UNKNOWN: { description: 'Numbering has not heard of this extension yet (just created, or events still on their way).' },
  },
});
