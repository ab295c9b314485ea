import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { canAccessAccount, ConnectionType, PageArgs, requireCaller, type Page } from '../../../../packages/kit/src';
import type { TelephonyContext } from '../context';
import { Account } from '../external/account.stub';
import { Plan } from '../external/plan.stub';
import { Extension } from './extension.entity';

export const ExtensionConnection = ConnectionType('Extension', Extension, 'extension');

const EMPTY_PAGE: Page<Extension> = { edges: [], pageInfo: { hasNextPage: false, endCursor: null }, totalCount: 0 };

@Resolver(() => Extension)
export class ExtensionResolver {
  @Query(() => Extension, { nullable: true, description: 'An extension by id; null when not found or not yours.' })
  extension(@Arg('id', () => ID, { description: 'Extension id.' }) id: string, @Ctx() ctx: TelephonyContext): Promise<Extension | null> {
    requireCaller(ctx.caller);
    return ctx.loaders.extension.load(id);
  }

  @FieldResolver(() => Plan, { nullable: true, description: 'Phone-system plan the user counts against, if assigned.' })
  plan(@Root() extension: Extension): Plan | null {
    return extension.planId ? Object.assign(new Plan(), { id: extension.planId }) : null;
  }

  @FieldResolver(() => Account, { description: 'The account the extension belongs to.' })
  account(@Root() extension: Extension): Account {
    return Object.assign(new Account(), { id: extension.accountId });
  }
}

@Resolver(() => Account)
export class AccountExtensionsResolver {
  @FieldResolver(() => ExtensionConnection, {
    nullable: true, // null (with an error) only while the telephony service is unavailable, so the rest of the account still loads
    description: 'Extensions of the account, sorted by number. Null only when the telephony service is unavailable.',
  })
  extensions(@Root() account: Account, @Args() page: PageArgs, @Ctx() ctx: TelephonyContext): Promise<Page<Extension>> | Page<Extension> {
    if (!canAccessAccount(ctx.caller, account.id)) return EMPTY_PAGE;
    return ctx.loaders.extensionPage.load({ accountId: account.id, page });
  }
}

export const extensionReference = {
  __resolveReference: (reference: { id: string }, ctx: TelephonyContext) => ctx.loaders.extension.load(reference.id),
};

