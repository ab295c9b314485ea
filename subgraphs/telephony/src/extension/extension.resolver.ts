import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { Audit, auditFor, canAccessAccount, ConnectionType, emptyPage, PageArgs, requireCaller, type Page } from '../../../../packages/kit/src';
import type { TelephonyContext } from '../context';
import { Account } from '../external/account.stub';
import { PhoneNumber } from '../external/phone-number.stub';
import { Plan } from '../external/plan.stub';
import { checkExtensionFilter } from './extension-filter';
import { Extension } from './extension.entity';
import { ExtensionFilter } from './extension.inputs';

export const ExtensionConnection = ConnectionType('Extension', Extension, 'extension');

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

  @FieldResolver(() => PhoneNumber, { nullable: true, description: "The account's phone number shown to the called party on outbound calls, if chosen." })
  outboundCallerIdNumber(@Root() extension: Extension): PhoneNumber | null {
    return extension.outboundCallerIdNumberId ? Object.assign(new PhoneNumber(), { id: extension.outboundCallerIdNumberId }) : null;
  }

  @FieldResolver(() => Audit, {
    nullable: true,
    description: 'Who created and last changed the extension, and when. Staff only (the staff:read permission): always null for customers.',
  })
  audit(@Root() extension: Extension, @Ctx() ctx: TelephonyContext): Audit | null {
    return auditFor(ctx.caller, extension);
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
    description:
      'Extensions of the account, sorted by number, optionally filtered (`totalCount` counts the matches). Null only when the telephony service is unavailable.',
  })
  extensions(
    @Root() account: Account,
    @Args() page: PageArgs,
    @Ctx() ctx: TelephonyContext,
    @Arg('filter', () => ExtensionFilter, { nullable: true, description: 'Only the extensions that match; all of them when omitted.' })
    filter?: ExtensionFilter | null,
  ): Promise<Page<Extension>> | Page<Extension> {
    const criteria = checkExtensionFilter(filter);
    if (!canAccessAccount(ctx.caller, account.id)) return emptyPage<Extension>();
    return ctx.loaders.extensionPage.load({ accountId: account.id, page, criteria });
  }
}

export const extensionReference = {
  __resolveReference: (reference: { id: string }, ctx: TelephonyContext) => ctx.loaders.extension.load(reference.id),
};
