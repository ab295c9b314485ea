import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { Account } from '../account/account.entity';
import { Plan } from '../plan/plan.entity';

// Named PlanSubscription in GraphQL: a type named Subscription would be taken for the subscription root.
@ObjectType('PlanSubscription', { description: 'How many users an account holds on a plan. 0 users means the plan is inactive.' })
@Entity({ name: 'subscriptions' })
@Index('uq_subscriptions_account_plan', ['accountId', 'planId'], { unique: true })
export class Subscription {
  @Field(() => ID, { description: 'Subscription id.' })
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ name: 'account_id', type: 'varchar', length: 36 })
  accountId!: string;

  @ManyToOne(() => Account, { onDelete: 'CASCADE', onUpdate: 'NO ACTION' })
  @JoinColumn({ name: 'account_id', foreignKeyConstraintName: 'fk_subscriptions_account' })
  account?: Account;

  @Column({ name: 'plan_id', type: 'varchar', length: 36 })
  planId!: string;

  @ManyToOne(() => Plan, { onDelete: 'RESTRICT', onUpdate: 'NO ACTION' })
  @JoinColumn({ name: 'plan_id', foreignKeyConstraintName: 'fk_subscriptions_plan' })
  plan?: Plan;

  @Field(() => Int, { description: 'Number of users on the plan; 0 means inactive.' })
  @Column({ type: 'int' })
  quantity!: number;

  /** Grows by one on every change of the quantity: the version of its seat-count events (telephony applies them in order). */
  @Column({ type: 'int', default: 1 })
  version!: number;

  @Field({ description: 'When the subscription was first taken.' })
  @CreateDateColumn({ name: 'created_at', type: 'datetime' })
  createdAt!: Date;

  @Field({ description: 'When the quantity last changed.' })
  @UpdateDateColumn({ name: 'updated_at', type: 'datetime' })
  updatedAt!: Date;

  @Field({ description: 'True when at least one user is on the plan.' })
  get active(): boolean {
    return this.quantity > 0;
  }
}
