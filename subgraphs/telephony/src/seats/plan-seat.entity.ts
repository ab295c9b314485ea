import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * Telephony's copy of the seats an account holds on each plan (billing owns subscriptions):
 * kept from billing's `billing.subscription.seats-changed` events, never asked at write time.
 * An extension on a plan takes one of its seats; this row is what concurrent creations lock.
 */
@Entity({ name: 'plan_seats' })
@Index('uq_plan_seats_account_plan', ['accountId', 'planId'], { unique: true })
export class PlanSeat {
  /** Billing's subscription id (the events' aggregate id). */
  @PrimaryColumn({ name: 'subscription_id', type: 'varchar', length: 36 })
  subscriptionId!: string;

  @Column({ name: 'account_id', type: 'varchar', length: 36 })
  accountId!: string;

  @Column({ name: 'plan_id', type: 'varchar', length: 36 })
  planId!: string;

  @Column({ type: 'int' })
  quantity!: number;

  /** Billing's version of the subscription this row reflects. */
  @Column({ type: 'int' })
  version!: number;
}
