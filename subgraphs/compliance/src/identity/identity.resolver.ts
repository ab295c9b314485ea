import { Arg, Args, Ctx, Field, FieldResolver, ID, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { canAccessAccount, ConnectionType, Country, emptyPage, hasPermission, PageArgs, requireCaller, type Page } from '../../../../packages/kit/src';
import type { ComplianceContext } from '../context';
import { documentLink } from '../document/document-link';
import { DocumentKind } from '../document/document-kind';
import { DocumentState } from '../document/document-state';
import { Account } from '../external/account.stub';
import { PhoneNumber } from '../external/phone-number.stub';
import { gaps, NumberUse, requirementsFor } from '../requirements/requirements';
import { MissingRequirement } from '../requirements/requirements.types';
import { ReviewDecision } from '../review/review-decision.entity';
import { IdentityDocument } from './identity-document.entity';
import { IdentityStatus } from './identity-state';
import { Identity } from './identity.entity';
import { identityFacts } from './identity.service';

export const IdentityConnection = ConnectionType('Identity', Identity, 'identity');
/** Named apart from numbering's PhoneNumberConnection: a different list, with the same node type. */
export const IdentityPhoneNumberConnection = ConnectionType('IdentityPhoneNumber', PhoneNumber, 'number registered to the identity');
export const ReviewDecisionConnection = ConnectionType('ReviewDecision', ReviewDecision, 'review decision');

@ObjectType({ description: 'A postal address.' })
export class IdentityAddress {
  @Field({ description: 'Street and number.' })
  line!: string;

  @Field({ description: 'Postal code.' })
  postalCode!: string;

  @Field({ description: 'City.' })
  city!: string;

  @Field(() => Country, { description: 'Country.' })
  country!: Country;
}

/** The review summary older clients read: DRAFT and IN_REVIEW are both still PENDING. */
const REVIEW_STATE: Record<IdentityStatus, DocumentState> = {
  DRAFT: DocumentState.PENDING,
  IN_REVIEW: DocumentState.PENDING,
  APPROVED: DocumentState.APPROVED,
  REJECTED: DocumentState.REJECTED,
  EXPIRED: DocumentState.EXPIRED,
  SUPERSEDED: DocumentState.EXPIRED,
};

@Resolver(() => Identity)
export class IdentityResolver {
  @Query(() => Identity, { nullable: true, description: 'An identity by id; null when not found or not yours.' })
  identity(@Arg('id', () => ID, { description: 'Identity id.' }) id: string, @Ctx() ctx: ComplianceContext): Promise<Identity | null> {
    requireCaller(ctx.caller);
    return ctx.loaders.identity.load(id);
  }

  @FieldResolver(() => Country, { description: 'Country of the numbers the identity is for.' })
  country(@Root() identity: Identity): Country {
    return Country.of(identity.countryCode);
  }

  @FieldResolver(() => DocumentState, {
    deprecationReason: 'Use `status`, which tells a draft from an identity in review.',
    description: 'Review state of the identity as a whole (summary of `status`).',
  })
  reviewState(@Root() identity: Identity): DocumentState {
    return REVIEW_STATE[identity.status];
  }

  @FieldResolver(() => IdentityAddress, { nullable: true, description: 'Postal address; null until given.' })
  address(@Root() identity: Identity): IdentityAddress | null {
    if (!identity.addressLine) return null;
    return Object.assign(new IdentityAddress(), {
      line: identity.addressLine,
      postalCode: identity.postalCode!,
      city: identity.city!,
      country: Country.of(identity.addressCountryCode!),
    });
  }

  @FieldResolver(() => [IdentityDocument], { description: 'Documents uploaded so far, with their review states and reasons.' })
  documents(@Root() identity: Identity, @Ctx() ctx: ComplianceContext): Promise<IdentityDocument[]> {
    return ctx.loaders.documentsByIdentity.load(identity.id);
  }

  @FieldResolver(() => [MissingRequirement], {
    description:
      'What the identity still lacks to back numbers of this country and kind (by default its own): fields, and documents not uploaded or rejected. With `approvedOnly`, documents count only once approved.',
  })
  async missingRequirements(
    @Root() identity: Identity,
    @Ctx() ctx: ComplianceContext,
    @Arg('countryCode', () => String, { nullable: true, description: "Country of the numbers; the identity's own when omitted." }) countryCode?: string | null,
    @Arg('numberUse', () => NumberUse, { nullable: true, description: "Kind of number; the identity's own when omitted." }) numberUse?: NumberUse | null,
    @Arg('approvedOnly', { defaultValue: false, description: 'Count only approved documents (what backing a number takes).' }) approvedOnly?: boolean,
  ): Promise<MissingRequirement[]> {
    const documents = await ctx.loaders.documentsByIdentity.load(identity.id);
    const requirements = requirementsFor((countryCode ?? identity.countryCode).toUpperCase(), numberUse ?? identity.numberUse, identity.kind);
    return gaps(requirements, identityFacts(identity, documents), approvedOnly).map((g) => Object.assign(new MissingRequirement(), g));
  }

  @FieldResolver(() => Boolean, { description: 'Whether this approved identity can back a number of this country and kind now (reuse without a new review).' })
  async canBack(
    @Root() identity: Identity,
    @Ctx() ctx: ComplianceContext,
    @Arg('countryCode', { description: 'Country of the number.' }) countryCode: string,
    @Arg('numberUse', () => NumberUse, { description: 'Kind of number.' }) numberUse: NumberUse,
  ): Promise<boolean> {
    if (identity.status !== IdentityStatus.APPROVED) return false;
    const documents = await ctx.loaders.documentsByIdentity.load(identity.id);
    return gaps(requirementsFor(countryCode.toUpperCase(), numberUse, identity.kind), identityFacts(identity, documents), true).length === 0;
  }

  @FieldResolver(() => [DocumentKind], {
    deprecationReason: 'Use `missingRequirements`, which knows alternatives (a passport for an ID card) and fields.',
    description: 'Document kinds still needed for its own use.',
  })
  async missingDocumentKinds(@Root() identity: Identity, @Ctx() ctx: ComplianceContext): Promise<DocumentKind[]> {
    const documents = await ctx.loaders.documentsByIdentity.load(identity.id);
    return gaps(requirementsFor(identity.countryCode, identity.numberUse, identity.kind), identityFacts(identity, documents)).flatMap((g) =>
      g.documentKinds.filter((k) => k !== DocumentKind.PASSPORT),
    );
  }

  @FieldResolver(() => IdentityPhoneNumberConnection, { description: 'Numbers registered to this identity, by id: when it is EXPIRED, the numbers affected.' })
  async phoneNumbers(@Root() identity: Identity, @Args() page: PageArgs, @Ctx() ctx: ComplianceContext): Promise<Page<PhoneNumber>> {
    const links = await ctx.loaders.linkPage.load({ identityId: identity.id, page });
    return { ...links, edges: links.edges.map(({ cursor, node }) => ({ cursor, node: Object.assign(new PhoneNumber(), { id: node.phoneNumberId }) })) };
  }

  @FieldResolver(() => Identity, { nullable: true, description: 'The approved revision this one replaces once approved; null for a first revision.' })
  previousRevision(@Root() identity: Identity, @Ctx() ctx: ComplianceContext): Promise<Identity | null> | null {
    return identity.previousRevisionId ? ctx.loaders.identity.load(identity.previousRevisionId) : null;
  }

  @FieldResolver(() => ReviewDecisionConnection, {
    nullable: true,
    description: 'The review decisions on the identity, oldest first (audit trail). Needs staff:review; null for everyone else.',
  })
  reviewDecisions(@Root() identity: Identity, @Args() page: PageArgs, @Ctx() ctx: ComplianceContext): Promise<Page<ReviewDecision>> | null {
    return hasPermission(ctx.caller, 'staff:review') ? ctx.loaders.decisionPage.load({ identityId: identity.id, page }) : null;
  }

  @FieldResolver(() => Account, { description: 'The account the identity belongs to.' })
  account(@Root() identity: Identity): Account {
    return Object.assign(new Account(), { id: identity.accountId });
  }
}

@Resolver(() => IdentityDocument)
export class IdentityDocumentResolver {
  @FieldResolver(() => String, {
    nullable: true,
    description:
      "A short-lived link (a path on the API's origin, valid 5 minutes) that opens the file. For the account's own users and reviewers (staff:review); null for anyone else.",
  })
  async downloadPath(@Root() document: IdentityDocument, @Ctx() ctx: ComplianceContext): Promise<string | null> {
    const identity = await ctx.loaders.identity.load(document.identityId);
    if (!identity) return null;
    const allowed = ctx.caller?.role === 'STAFF' ? hasPermission(ctx.caller, 'staff:review') : canAccessAccount(ctx.caller, identity.accountId);
    return allowed ? documentLink(ctx.links, document, identity.accountId, ctx.options.documentLinkTtlSeconds) : null;
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

/** Compliance only adds fields to PhoneNumber, so a reference resolves to itself (with `e164` when required); the fields check access. */
export const phoneNumberReference = {
  __resolveReference: (reference: { id: string; e164?: string }) => Object.assign(new PhoneNumber(), { id: reference.id, e164: reference.e164 }),
};
