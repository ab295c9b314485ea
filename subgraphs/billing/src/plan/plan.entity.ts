import { Directive, Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

export enum PlanFamily {
  PHONE_SYSTEM = 'PHONE_SYSTEM',
  PREDICTIVE_DIALER = 'PREDICTIVE_DIALER',
  ROBOT_DIALER = 'ROBOT_DIALER',
}
registerEnumType(PlanFamily, {
  name: 'PlanFamily',
  description: 'The product a plan belongs to.',
  valuesConfig: {
    PHONE_SYSTEM: { description: 'Business phone system: extensions, calls to the plan destinations.' },
    PREDICTIVE_DIALER: { description: 'Predictive dialer seats for outbound campaigns.' },
    ROBOT_DIALER: { description: 'Robot dialer (automated calls) seats.' },
  },
});

@Directive('@key(fields: "id")')
@ObjectType({ description: 'A plan of the catalogue, priced per user per month.' })
@Entity({ name: 'plans' })
@Index('uq_plans_code', ['code'], { unique: true })
export class Plan {
  @Field(() => ID, { description: 'Plan id.' })
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Field({ description: 'Stable code of the plan, for example "PS-EUROPE".' })
  @Column({ type: 'varchar', length: 64 })
  code!: string;

  @Field(() => PlanFamily, { description: 'Product the plan belongs to.' })
  @Column({ type: 'varchar', length: 32 })
  family!: PlanFamily;

  @Field({ description: 'Name shown to customers.' })
  @Column({ type: 'varchar', length: 120 })
  name!: string;

  @Column({ name: 'price_per_user_minor', type: 'int' })
  pricePerUserMinor!: number;

  @Column({ type: 'varchar', length: 3 })
  currency!: string;

  /** ISO country codes the plan can call; a short list that is always read whole. */
  @Column({ name: 'destination_codes', type: 'simple-json' })
  destinationCodes!: string[];
}
