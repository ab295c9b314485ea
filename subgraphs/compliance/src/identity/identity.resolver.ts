import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { canAccessAccount, ConnectionType, emptyPage, Country, PageArgs, requireCaller, type Page } from '../../../../packages/kit/src';
import type { ComplianceContext } from '../context';
import { Account } from '../external/account.stub';
import { PhoneNumber } from '../external/phone-number.stub';
import { DocumentKind, IdentityDocument, REQUIRED_DOCUMENTS } from './identity-document.entity';
import { Identity, ReviewState } from './identity.entity';

export const IdentityConnection = ConnectionType('Identity', Identity, 'identity');

@Resolver(() => Identity)
export class IdentityResolver {
  @Query(() => Identity, { nullable: true, description: 'An identity by id; null when not found or not yours.' })
  identity(@Arg('id', () => ID, { description: 'Identity id.' }) id: string, @Ctx() ctx: ComplianceContext): Promise<Identity | null> {
    requireCaller(ctx.caller);
    return ctx.loaders.identity.load(id);
  }

  @FieldResolver(() => Country, { description: 'Country the identity is registered in.' })
  country(@Root() identity: Identity): Country {
    return Country.of(identity.countryCode);
  }

  @FieldResolver(() => [IdentityDocument], { description: 'Documents uploaded so far, with their review states.' })
  documents(@Root() identity: Identity, @Ctx() ctx: ComplianceContext): Promise<IdentityDocument[]> {
    return ctx.loaders.documentsByIdentity.load(identity.id);
  }

  @FieldResolver(() => [DocumentKind], { description: 'Documents still needed before review can approve: required kinds not uploaded or rejected.' })
  async missingDocumentKinds(@Root() identity: Identity, @Ctx() ctx: ComplianceContext): Promise<DocumentKind[]> {
    const usable = new Set(
      (await ctx.loaders.documentsByIdentity.load(identity.id)).filter((d) => d.state !== ReviewState.REJECTED).map((d) => d.kind),
    );
    return REQUIRED_DOCUMENTS[identity.kind].filter((kind) => !usable.has(kind));
  }

  @FieldResolver(() => Account, { description: 'The account the identity belongs to.' })
  account(@Root() identity: Identity): Account {
    return Object.assign(new Account(), { id: identity.accountId });
  }
}

@Resolver(() => Account)
export class AccountIdentitiesResolver {
  @FieldResolver(() => IdentityConnection, {
    nullable: true, // null (with an error) only while the compliance service is unavailable, so the rest of the account still loads
    description: 'Identities of the account, sorted by legal name. Null only when the compliance service is unavailable.',
  })
  identities(@Root() account: Account, @Args() page: PageArgs, @Ctx() ctx: ComplianceContext): Promise<Page<Identity>> | Page<Identity> {
    if (!canAccessAccount(ctx.caller, account.id)) return emptyPage<Identity>();
    return ctx.loaders.identityPage.load({ accountId: account.id, page });
  }
}

@Resolver(() => PhoneNumber)
export class PhoneNumberIdentityResolver {
  @FieldResolver(() => Identity, { nullable: true, description: 'The identity the number is registered to, if linked.' })
  async identity(@Root() number: PhoneNumber, @Ctx() ctx: ComplianceContext): Promise<Identity | null> {
    const link = await ctx.loaders.linkByPhoneNumber.load(number.id);
    return link ? ctx.loaders.identity.load(link.identityId) : null;
  }
}

export const identityReference = {
  __resolveReference: (reference: { id: string }, ctx: ComplianceContext) => ctx.loaders.identity.load(reference.id),
};

/** Compliance only adds a field to PhoneNumber, so a reference resolves to itself; the field checks access. */
export const phoneNumberReference = {
  __resolveReference: (reference: { id: string }) => Object.assign(new PhoneNumber(), { id: reference.id }),
};
