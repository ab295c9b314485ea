import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * An account's own dial-plan settings; an account without a row uses the defaults
 * (`DEFAULT_NUMBER_LENGTH`). Provider staff set them (no API yet).
 */
@Entity({ name: 'dial_plans' })
export class AccountDialPlan {
  @PrimaryColumn({ name: 'account_id', type: 'varchar', length: 36 })
  accountId!: string;

  /** Fewest digits an extension number may have. */
  @Column({ name: 'min_number_length', type: 'int' })
  minNumberLength!: number;

  /** Most digits an extension number may have (the column holds 8). */
  @Column({ name: 'max_number_length', type: 'int' })
  maxNumberLength!: number;
}
