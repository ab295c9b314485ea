import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Identity } from './identity.entity';

/**
 * Which identity a phone number is registered to. Compliance owns the link (it is what a
 * regulator asks about); numbering owns the number, so its id is a reference, not a foreign key.
 */
@Entity({ name: 'number_identity_links' })
@Index('ix_number_identity_links_identity', ['identityId'])
export class NumberIdentityLink {
  @PrimaryColumn({ name: 'phone_number_id', type: 'varchar', length: 36 })
  phoneNumberId!: string;

  @Column({ name: 'account_id', type: 'varchar', length: 36 })
  accountId!: string;

  @Column({ name: 'identity_id', type: 'varchar', length: 36 })
  identityId!: string;

  @ManyToOne(() => Identity, { onDelete: 'RESTRICT', onUpdate: 'NO ACTION' })
  @JoinColumn({ name: 'identity_id', foreignKeyConstraintName: 'fk_number_identity_links_identity' })
  identity?: Identity;

  @Column({ name: 'linked_at', type: 'datetime' })
  linkedAt!: Date;
}
