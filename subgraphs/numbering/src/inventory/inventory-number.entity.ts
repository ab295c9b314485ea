import { Directive, Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { PhoneNumberType } from '../phone-number/phone-number.entity';

export enum InventoryState {
  AVAILABLE = 'AVAILABLE',
  RESERVED = 'RESERVED',
  SOLD = 'SOLD',
  QUARANTINED = 'QUARANTINED',
}
registerEnumType(InventoryState, {
  name: 'InventoryState',
  description: 'Where a number of the inventory stands.',
  valuesConfig: {
    AVAILABLE: { description: 'Can be searched and reserved.' },
    RESERVED: { description: 'Held by a reservation or an order until it is paid, cancelled or expires.' },
    SOLD: { description: 'Active on an account (or being activated).' },
    QUARANTINED: { description: 'Released by an account; back on sale at `availableAt` (see README, Release).' },
  },
});

/**
 * A number numbering can sell. Searches read `(country_code, state, [locality | type])` then
 * `e164`, which three indexes cover; `uq_inventory_numbers_e164` keeps a number in the
 * inventory once.
 */
@Directive('@key(fields: "id")')
@ObjectType({ description: 'A phone number on sale: search them, then reserve the ones you want.' })
@Entity({ name: 'inventory_numbers' })
@Index('uq_inventory_numbers_e164', ['e164'], { unique: true })
@Index('ix_inventory_numbers_search', ['countryCode', 'state', 'e164'])
@Index('ix_inventory_numbers_locality', ['countryCode', 'state', 'locality', 'e164'])
@Index('ix_inventory_numbers_type', ['countryCode', 'state', 'type', 'e164'])
// Covers `localities` (a GROUP BY over every local number of a country) without reading rows.
@Index('ix_inventory_numbers_localities', ['countryCode', 'state', 'type', 'locality'])
export class InventoryNumber {
  @Field(() => ID, { description: 'Inventory number id (what `reservePhoneNumbers` takes).' })
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Field({ description: 'The number in E.164 form, for example "+33142345678".' })
  @Column({ type: 'varchar', length: 16 })
  e164!: string;

  @Column({ name: 'country_code', type: 'varchar', length: 2 })
  countryCode!: string;

  @Field(() => String, { nullable: true, description: 'City or area of a local number; null for national, mobile and toll-free numbers.' })
  @Column({ type: 'varchar', length: 100, nullable: true })
  locality!: string | null;

  @Field(() => PhoneNumberType, { description: 'Kind of number.' })
  @Column({ type: 'varchar', length: 16 })
  type!: PhoneNumberType;

  @Field(() => InventoryState, { description: 'Whether it can be reserved now.' })
  @Column({ type: 'varchar', length: 16 })
  state!: InventoryState;

  @Column({ name: 'setup_price_minor', type: 'int' })
  setupPriceMinor!: number;

  @Column({ name: 'monthly_price_minor', type: 'int' })
  monthlyPriceMinor!: number;

  @Column({ type: 'varchar', length: 3 })
  currency!: string;

  /** End of a quarantine: the sweep puts the number back on sale then. */
  @Field(() => Date, { nullable: true, description: 'For a QUARANTINED number: when it goes back on sale.' })
  @Column({ name: 'available_at', type: 'datetime', nullable: true })
  availableAt!: Date | null;
}
