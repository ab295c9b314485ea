import { Directive, Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

/** How long a reservation holds its numbers, and how much one extension adds (README, "Ordering numbers"). */
export const RESERVATION_MINUTES = 15;

export enum ReservationState {
  ACTIVE = 'ACTIVE',
  ORDERED = 'ORDERED',
  SOLD = 'SOLD',
  EXPIRED = 'EXPIRED',
  CANCELLED = 'CANCELLED',
}
registerEnumType(ReservationState, {
  name: 'ReservationState',
  description: 'Where a reservation stands.',
  valuesConfig: {
    ACTIVE: { description: 'Holds its numbers until `expiresAt`.' },
    ORDERED: { description: 'An order was made from it; it still holds its numbers until `expiresAt` unless the order is paid.' },
    SOLD: { description: 'The order was paid: the numbers are the account’s.' },
    EXPIRED: { description: 'Not ordered and paid in time: its numbers are on sale again.' },
    CANCELLED: { description: 'Given up by the customer (or with its order): its numbers are on sale again.' },
  },
});

@Directive('@key(fields: "id")')
@ObjectType({ description: `Numbers held for an account for ${RESERVATION_MINUTES} minutes (extendable once), while the order is made and paid.` })
@Entity({ name: 'number_reservations' })
@Index('ix_number_reservations_state_expires', ['state', 'expiresAt'])
@Index('ix_number_reservations_account', ['accountId', 'createdAt'])
export class NumberReservation {
  @Field(() => ID, { description: 'Reservation id.' })
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ name: 'account_id', type: 'varchar', length: 36 })
  accountId!: string;

  @Field(() => ReservationState, { description: 'Where the reservation stands.' })
  @Column({ type: 'varchar', length: 16 })
  state!: ReservationState;

  @Field({ description: 'When the numbers are released unless the order is paid.' })
  @Column({ name: 'expires_at', type: 'datetime' })
  expiresAt!: Date;

  @Field({ description: 'Whether the one extension was used.' })
  @Column({ type: 'boolean', default: false })
  extended!: boolean;

  @Field(() => Int, { description: 'Grows by one on every change; `extendReservation` takes it.' })
  @Column({ type: 'int', default: 1 })
  version!: number;

  @Column({ name: 'created_by', type: 'varchar', length: 200 })
  createdBy!: string;

  @Field({ description: 'When the numbers were reserved.' })
  @CreateDateColumn({ name: 'created_at', type: 'datetime' })
  createdAt!: Date;
}

/**
 * One number of a reservation. `heldNumberId` is the inventory number's id while the line holds
 * it (reserved, ordered, sold) and NULL once released: the unique index on it is the last word
 * on "a number is sold once", also between concurrent transactions, on SQLite and MySQL alike
 * (both allow many NULLs in a unique index).
 */
@Entity({ name: 'reservation_lines' })
@Index('uq_reservation_lines_held_number', ['heldNumberId'], { unique: true })
@Index('ix_reservation_lines_reservation', ['reservationId'])
export class ReservationLine {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ name: 'reservation_id', type: 'varchar', length: 36 })
  reservationId!: string;

  @Column({ name: 'inventory_number_id', type: 'varchar', length: 36 })
  inventoryNumberId!: string;

  @Column({ name: 'held_number_id', type: 'varchar', length: 36, nullable: true })
  heldNumberId!: string | null;
}
