import { buildFederatedSchema, EVENT_ENTITIES, eventStaffResolvers, type SubgraphDefinition } from '../../../packages/kit/src';
import { Account } from './account/account.entity';
import { accountReference, AccountResolver } from './account/account.resolver';
import { createBillingLoaders, type BillingContext } from './context';
import { billingMigrations } from './migrations';
import { Plan } from './plan/plan.entity';
import { planReference, PlanResolver } from './plan/plan.resolver';
import { seedAccount, seedCatalogue } from './seed/demo';
import { Subscription } from './subscription/subscription.entity';
import { SubscriptionResolver } from './subscription/subscription.resolver';
import { UserError } from './user-errors';

/** Billing: accounts, the plan catalogue and subscriptions. */
export const billing: SubgraphDefinition<BillingContext> = {
  name: 'billing',
  defaultPort: 4001,
  entities: [Account, Plan, Subscription, ...EVENT_ENTITIES],
  migrations: billingMigrations,
  buildSchema: () =>
    buildFederatedSchema({ resolvers: [AccountResolver, PlanResolver, SubscriptionResolver, ...eventStaffResolvers('billing', UserError)] }, { Account: accountReference, Plan: planReference }),
  createContext: (db, base) => ({ ...base, db, loaders: createBillingLoaders(db, base) }),
  prepare: seedCatalogue,
  seedAccount,
};
