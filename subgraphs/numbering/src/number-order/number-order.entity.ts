import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { PhoneNumberType, RouteAction } from '../phone-number/phone-number.entity';
import { NumberOrderEvent, NumberOrderState, OrderLineState } from './number-order-state';

@Directive('@key(fields: "id")')
@ObjectType({
  description: 'An order of phone numbers: reserved numbers, the action they launch, the identity they are registered to, then payment and activation.',
})
@Entity({ name: 'number_orders' })
@Index('uq_number_orders_reservation', ['reservationId'], { unique: true })
@Index('ix_number_orders_account_created', ['accountId', 'createdAt'])
@Index('ix_number_orders_state', ['state'])
export class NumberOrder {
  @Field(() => ID, { description: 'Order id.' })
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ name: 'account_id', type: 'varchar', length: 36 })
  accountId!: string;

  /** One order per reservation (the unique index decides between concurrent attempts). */
  @Column({ name: 'reservation_id', type: 'varchar', length: 36 })
  reservationId!: string;

  /** Compliance owns identities: a reference by id. */
  @Column({ name: 'identity_id', type: 'varchar', length: 36 })
  identityId!: string;

  @Field(() => NumberOrderState, { description: 'Where the order stands.' })
  @Column({ type: 'varchar', length: 24 })
  state!: NumberOrderState;

  @Field(() => Int, { description: 'Grows by one on every change; `cancelNumberOrder` takes it.' })
  @Column({ type: 'int', default: 1 })
  version!: number;

  @Column({ name: 'created_by', type: 'varchar', length: 200 })
  createdBy!: string;

  @Field({ description: 'When the order was made.' })
  @CreateDateColumn({ name: 'created_at', type: 'datetime' })
  createdAt!: Date;

  @Field({ description: 'When the order last changed.' })
  @UpdateDateColumn({ name: 'updated_at', type: 'datetime' })
  updatedAt!: Date;
}

// An entity so billing can add what it owns about a line (its refund); numbering is reached through the order.
@Directive('@key(fields: "id", resolvable: false)')
@ObjectType({ description: 'One number of an order, with its price, its inbound action and its own outcome.' })
@Entity({ name: 'number_order_lines' })
@Index('ix_number_order_lines_order', ['orderId', 'e164'])
export class NumberOrderLine {
  @Field(() => ID, { description: 'Order line id.' })
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ name: 'order_id', type: 'varchar', length: 36 })
  orderId!: string;

  @Column({ name: 'inventory_number_id', type: 'varchar', length: 36 })
  inventoryNumberId!: string;

  @Field({ description: 'The number in E.164 form.' })
  @Column({ type: 'varchar', length: 16 })
  e164!: string;

  @Column({ name: 'country_code', type: 'varchar', length: 2 })
  countryCode!: string;

  @Field(() => String, { nullable: true, description: 'City or area of a local number.' })
  @Column({ type: 'varchar', length: 100, nullable: true })
  locality!: string | null;

  @Field(() => PhoneNumberType, { description: 'Kind of number.' })
  @Column({ type: 'varchar', length: 16 })
  type!: PhoneNumberType;

  @Column({ name: 'setup_price_minor', type: 'int' })
  setupPriceMinor!: number;

  @Column({ name: 'monthly_price_minor', type: 'int' })
  monthlyPriceMinor!: number;

  @Column({ type: 'varchar', length: 3 })
  currency!: string;

  @Column({ name: 'route_action', type: 'varchar', length: 32 })
  routeAction!: RouteAction;

  @Column({ name: 'route_extension_id', type: 'varchar', length: 36, nullable: true })
  routeExtensionId!: string | null;

  @Column({ name: 'route_forward_to', type: 'varchar', length: 16, nullable: true })
  routeForwardTo!: string | null;

  @Field(() => OrderLineState, { description: 'Outcome of this number.' })
  @Column({ type: 'varchar', length: 16 })
  state!: OrderLineState;

  @Field(() => String, { nullable: true, description: 'Why the carrier could not activate it, for FAILED.' })
  @Column({ name: 'failure_reason', type: 'varchar', length: 200, nullable: true })
  failureReason!: string | null;

  /** The account's number once active. */
  @Column({ name: 'phone_number_id', type: 'varchar', length: 36, nullable: true })
  phoneNumberId!: string | null;
}

@ObjectType({ description: 'One step of an order’s history: the order, or one of its numbers, moved.' })
@Entity({ name: 'number_order_history' })
@Index('ix_number_order_history_order', ['orderId', 'at'])
export class NumberOrderHistoryEntry {
  @Field(() => ID, { description: 'History entry id.' })
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ name: 'order_id', type: 'varchar', length: 36 })
  orderId!: string;

  @Field(() => String, { nullable: true, description: 'The number concerned, for a line’s step; null for the order’s.' })
  @Column({ type: 'varchar', length: 16, nullable: true })
  e164!: string | null;

  @Field(() => NumberOrderEvent, { nullable: true, description: 'What moved the order; null for a line’s step.' })
  @Column({ type: 'varchar', length: 32, nullable: true })
  event!: NumberOrderEvent | null;

  @Field(() => String, { nullable: true, description: 'State before (of the order, or of the line); null at creation.' })
  @Column({ name: 'from_state', type: 'varchar', length: 24, nullable: true })
  fromState!: string | null;

  @Field({ description: 'State after (of the order, or of the line).' })
  @Column({ name: 'to_state', type: 'varchar', length: 24 })
  toState!: string;

  @Field({ description: 'Who or what moved it: a token subject, "carrier" or "sweep".' })
  @Column({ type: 'varchar', length: 200 })
  actor!: string;

  @Field({ description: 'When.' })
  @Column({ type: 'datetime', precision: 3 })
  at!: Date;
}
