import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The identity states numbering tells apart when an order is paid (compliance's names). */
export type KnownIdentityStatus = 'DRAFT' | 'IN_REVIEW' | 'APPROVED' | 'REJECTED' | 'EXPIRED' | string;

/**
 * What numbering knows of each identity backing its orders (compliance owns identities): the
 * status compliance gave when the order was made, then kept from compliance's identity events.
 * The payment event decides an order's next state from it in numbering's own transaction,
 * without asking compliance (which may be down) while it holds the inbox's transaction.
 */
@Entity({ name: 'identity_states' })
export class IdentityStateRow {
  @PrimaryColumn({ name: 'identity_id', type: 'varchar', length: 36 })
  identityId!: string;

  @Column({ name: 'account_id', type: 'varchar', length: 36 })
  accountId!: string;

  @Column({ type: 'varchar', length: 16 })
  status!: KnownIdentityStatus;

  /** Compliance's event number this row reflects; 0 for the status read when the order was made. */
  @Column({ type: 'int' })
  version!: number;
}
