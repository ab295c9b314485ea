import { canAccessAccount, groupLoader, rowLoader, type BaseContext } from '../../../packages/kit/src';
import { In, type DataSource } from 'typeorm';
import { Account } from './account/account.entity';
import { Plan } from './plan/plan.entity';
import { Subscription } from './subscription/subscription.entity';

/** Per-request loaders: every read that reaches another row goes through one of them. */
export function createBillingLoaders(db: DataSource, base: BaseContext) {
  return {
    /** Accounts the caller may see; a foreign id loads as null, like a missing one. */
    account: rowLoader(
      (ids) => {
        const visible = ids.filter((id) => canAccessAccount(base.caller, id));
        return visible.length ? db.getRepository(Account).findBy({ id: In(visible) }) : Promise.resolve([]);
      },
      (account) => account.id,
    ),
    plan: rowLoader((ids) => db.getRepository(Plan).findBy({ id: In([...ids]) }), (plan) => plan.id),
    subscriptionsByAccount: groupLoader(
      (accountIds) => db.getRepository(Subscription).find({ where: { accountId: In([...accountIds]) }, order: { createdAt: 'ASC', id: 'ASC' } }),
      (subscription) => subscription.accountId,
    ),
  };
}

export interface BillingContext extends BaseContext {
  db: DataSource;
  loaders: ReturnType<typeof createBillingLoaders>;
}
