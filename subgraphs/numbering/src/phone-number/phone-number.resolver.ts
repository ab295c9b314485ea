import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { canAccessAccount, ConnectionType, emptyPage, Country, PageArgs, requireCaller, type Page } from '../../../../packages/kit/src';
import type { NumberingContext } from '../context';
import { Account } from '../external/account.stub';
import { Extension } from '../external/extension.stub';
import { InboundRoute } from './inbound-route.type';
import { PhoneNumber } from './phone-number.entity';

export const PhoneNumberConnection = ConnectionType('PhoneNumber', PhoneNumber, 'phone number');

@Resolver(() => PhoneNumber)
export class PhoneNumberResolver {
  @Query(() => PhoneNumber, { nullable: true, description: 'A phone number by id; null when not found or not yours.' })
  phoneNumber(@Arg('id', () => ID, { description: 'Phone number id.' }) id: string, @Ctx() ctx: NumberingContext): Promise<PhoneNumber | null> {
    requireCaller(ctx.caller);
    return ctx.loaders.phoneNumber.load(id);
  }

  @FieldResolver(() => Country, { description: 'Country of the number.' })
  country(@Root() number: PhoneNumber): Country {
    return Country.of(number.countryCode);
  }

  @FieldResolver(() => InboundRoute, { description: 'Where inbound calls go.' })
  routing(@Root() number: PhoneNumber): InboundRoute {
    return InboundRoute.of(number.accountId, { action: number.routeAction, extensionId: number.routeExtensionId, forwardTo: number.routeForwardTo });
  }

  @FieldResolver(() => Account, { description: 'The account that holds the number.' })
  account(@Root() number: PhoneNumber): Account {
    return Object.assign(new Account(), { id: number.accountId });
  }
}

@Resolver(() => Account)
export class AccountPhoneNumbersResolver {
  @FieldResolver(() => PhoneNumberConnection, {
    nullable: true, // null (with an error) only while the numbering service is unavailable, so the rest of the account still loads
    description: 'Phone numbers of the account, sorted by E.164. Null only when the numbering service is unavailable.',
  })
  phoneNumbers(@Root() account: Account, @Args() page: PageArgs, @Ctx() ctx: NumberingContext): Promise<Page<PhoneNumber>> | Page<PhoneNumber> {
    if (!canAccessAccount(ctx.caller, account.id)) return emptyPage<PhoneNumber>();
    return ctx.loaders.phoneNumberPage.load({ accountId: account.id, page });
  }
}

export const phoneNumberReference = {
  __resolveReference: (reference: { id: string }, ctx: NumberingContext) => ctx.loaders.phoneNumber.load(reference.id),
};

@Resolver(() => Extension)
export class ExtensionInboundNumbersResolver {
  @FieldResolver(() => PhoneNumberConnection, {
    nullable: true, // null (with an error) only while the numbering service is unavailable
    description:
      'Phone numbers whose inbound calls ring this extension, by E.164 (the extension cannot be removed while any do); a page, with totalCount. Null only when the numbering service is unavailable.',
  })
  inboundNumbers(@Root() extension: Extension, @Args() page: PageArgs, @Ctx() ctx: NumberingContext): Promise<Page<PhoneNumber>> {
    requireCaller(ctx.caller);
    return ctx.loaders.inboundNumberPage.load({ extensionId: extension.id, page });
  }
}

/** Numbering only adds fields to Extension, so a reference resolves to itself; fields check access. */
export const extensionReference = {
  __resolveReference: (reference: { id: string }) => Object.assign(new Extension(), { id: reference.id }),
};
