import { argsLoader, canAccessAccount, groupLoader, loadPages, rowLoader, type BaseContext, type Page, type PageArgs } from '../../../packages/kit/src';
import { In, type DataSource } from 'typeorm';
import { extensionStates } from './extension-state/extension-state.service';
import { PhoneNumber, RouteAction } from './phone-number/phone-number.entity';

export interface PhoneNumberPageKey {
  accountId: string;
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
    /** Numbers whose inbound route rings each extension, by E.164; only numbers the caller may see. */
    inboundNumbersByExtension: groupLoader(
      async (extensionIds) =>
        (await numbers.find({ where: { routeExtensionId: In([...extensionIds]), routeAction: RouteAction.FORWARD_TO_EXTENSION }, order: { e164: 'ASC' } })).filter((n) =>
          canAccessAccount(base.caller, n.accountId),
        ),
      (number) => number.routeExtensionId!,
    ),
    /** What numbering knows of each extension (from telephony's events). */
    extensionState: extensionStates.loader(db),
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
