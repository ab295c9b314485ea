import { argsLoader, canAccessAccount, loadPages, rowLoader, type BaseContext, type Page, type PageArgs } from '../../../packages/kit/src';
import { In, type DataSource } from 'typeorm';
import { PhoneNumber, RouteAction } from './phone-number/phone-number.entity';

export interface PhoneNumberPageKey {
  accountId: string;
  page: PageArgs;
}

export interface InboundNumberPageKey {
  extensionId: string;
  page: PageArgs;
}

/** Per-request loaders: every read that reaches another row goes through one of them. */
export function createNumberingLoaders(db: DataSource, base: BaseContext) {
  const numbers = db.getRepository(PhoneNumber);
  return {
    /** Numbers the caller may see; a foreign id loads as null, like a missing one. */
    phoneNumber: rowLoader(
      async (ids) => (await numbers.findBy({ id: In([...ids]) })).filter((n) => canAccessAccount(base.caller, n.accountId)),
      (number) => number.id,
    ),
    /**
     * A page of the numbers whose inbound route rings each extension, by E.164; only numbers the
     * caller may see (a customer's own account; staff see all). A page, never the whole list: a
     * call centre's extension can be rung by 10,000 tracking numbers.
     */
    inboundNumberPage: argsLoader<InboundNumberPageKey, Page<PhoneNumber>>(
      (key) => JSON.stringify(key.page),
      async (keys) => {
        const caller = base.caller;
        const pages = await loadPages({
          repository: numbers,
          parent: 'routeExtensionId',
          sort: 'e164',
          parentIds: keys.map((k) => k.extensionId),
          page: keys[0]!.page,
          filter: (query) => {
            query.andWhere('row.routeAction = :forward', { forward: RouteAction.FORWARD_TO_EXTENSION });
            return caller?.role === 'STAFF' ? query : query.andWhere('row.accountId = :callerAccount', { callerAccount: caller?.accountId ?? '' });
          },
        });
        return new Map(keys.map((key) => [key, pages.get(key.extensionId)!]));
      },
    ),
    phoneNumberPage: argsLoader<PhoneNumberPageKey, Page<PhoneNumber>>(
      (key) => JSON.stringify(key.page),
      async (keys) => {
        const pages = await loadPages({ repository: numbers, parent: 'accountId', sort: 'e164', parentIds: keys.map((k) => k.accountId), page: keys[0]!.page });
        return new Map(keys.map((key) => [key, pages.get(key.accountId)!]));
      },
    ),
  };
}

export interface NumberingContext extends BaseContext {
  db: DataSource;
  loaders: ReturnType<typeof createNumberingLoaders>;
}
