import { buildFederatedSchema, openDatabase, StatementCounter, type Subgraph } from '../../../packages/kit/src';
import { Account } from './account/account.entity';
import { accountReference, AccountResolver } from './account/account.resolver';
import { createBillingLoaders, type BillingContext } from './context';
import { billingMigrations } from './migrations';
import { Plan } from './plan/plan.entity';
import { planReference, PlanResolver } from './plan/plan.resolver';
import { Subscription } from './subscription/subscription.entity';
import { SubscriptionResolver } from './subscription/subscription.resolver';

/** The tables billing owns and the migrations that create them. */
export const billingDatabase = { entities: [Account, Plan, Subscription], migrations: billingMigrations };

/** Billing: accounts, the plan catalogue and subscriptions. Opens (and migrates) its own database. */
export async function createBillingSubgraph(options: { databaseUrl: string }): Promise<Subgraph<BillingContext>> {
  const counter = new StatementCounter();
  const db = await openDatabase({ url: options.databaseUrl, ...billingDatabase, counter });
  const schema = buildFederatedSchema(
    { resolvers: [AccountResolver, PlanResolver, SubscriptionResolver] },
    { Account: accountReference, Plan: planReference },
  );
  return {
    name: 'billing',
    schema,
    dataSource: db,
    counter,
    createContext: (base) => ({ ...base, db, loaders: createBillingLoaders(db, base) }),
    dispose: () => db.destroy(),
  };
}
