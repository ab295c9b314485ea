import { In, type DataSource } from 'typeorm';
import {
  argsLoader,
  canAccessAccount,
  groupLoader,
  loadPages,
  rowLoader,
  type BaseContext,
  type LinkSigner,
  type Page,
  type PageArgs,
} from '../../../packages/kit/src';
import type { ComplianceOptions } from './compliance-options';
import { IdentityDocument } from './identity/identity-document.entity';
import { Identity } from './identity/identity.entity';
import { IdentityService } from './identity/identity.service';
import { NumberIdentityLink } from './identity/number-identity-link.entity';
import { ReviewDecision } from './review/review-decision.entity';
import { ReviewService } from './review/review.service';

export interface IdentityPageKey {
  accountId: string;
  page: PageArgs;
}

/** A page of a list under one identity (already checked visible). */
export interface UnderIdentityPageKey {
  identityId: string;
  page: PageArgs;
}

/** Per-request loaders: every read that reaches another row goes through one of them. */
export function createComplianceLoaders(db: DataSource, base: BaseContext) {
  const identities = db.getRepository(Identity);
  return {
    /** Identities the caller may see; a foreign id loads as null, like a missing one. */
    identity: rowLoader(
      async (ids) => (await identities.findBy({ id: In([...ids]) })).filter((i) => canAccessAccount(base.caller, i.accountId)),
      (identity) => identity.id,
    ),
    identityPage: argsLoader<IdentityPageKey, Page<Identity>>(
      (key) => JSON.stringify(key.page),
      async (keys) => {
        const pages = await loadPages({
          repository: identities,
          parent: 'accountId',
          sort: 'legalName',
          parentIds: keys.map((k) => k.accountId),
          page: keys[0]!.page,
        });
        return new Map(keys.map((key) => [key, pages.get(key.accountId)!]));
      },
    ),
    /** Documents of identities already checked visible (they are reached through an identity). */
    documentsByIdentity: groupLoader(
      (identityIds) => db.getRepository(IdentityDocument).find({ where: { identityId: In([...identityIds]) }, order: { kind: 'ASC' } }),
      (document) => document.identityId,
    ),
    /** The audit trail grows with every resubmission: a page, oldest first. */
    decisionPage: argsLoader<UnderIdentityPageKey, Page<ReviewDecision>>(
      (key) => JSON.stringify(key.page),
      async (keys) => {
        const pages = await loadPages({
          repository: db.getRepository(ReviewDecision),
          parent: 'identityId',
          sort: 'decidedAt',
          parentIds: keys.map((k) => k.identityId),
          page: keys[0]!.page,
        });
        return new Map(keys.map((key) => [key, pages.get(key.identityId)!]));
      },
    ),
    /** Numbers registered to an identity grow with the account's numbers: a page, by phone number id. */
    linkPage: argsLoader<UnderIdentityPageKey, Page<NumberIdentityLink>>(
      (key) => JSON.stringify(key.page),
      async (keys) => {
        const pages = await loadPages({
          repository: db.getRepository(NumberIdentityLink),
          key: 'phoneNumberId',
          parent: 'identityId',
          sort: 'phoneNumberId',
          parentIds: keys.map((k) => k.identityId),
          page: keys[0]!.page,
        });
        return new Map(keys.map((key) => [key, pages.get(key.identityId)!]));
      },
    ),
    /** The link of each phone number the caller may see. */
    linkByPhoneNumber: rowLoader(
      async (ids) =>
        (await db.getRepository(NumberIdentityLink).findBy({ phoneNumberId: In([...ids]) })).filter((l) => canAccessAccount(base.caller, l.accountId)),
      (link) => link.phoneNumberId,
    ),
  };
}

export function createComplianceContext(db: DataSource, base: BaseContext, options: ComplianceOptions, links: LinkSigner) {
  return {
    ...base,
    db,
    options,
    /** Mints document links with compliance's key (the kit's signed links). */
    links,
    loaders: createComplianceLoaders(db, base),
    identities: new IdentityService({ db, caller: base.caller, options }),
    reviews: new ReviewService({ db, caller: base.caller }),
  };
}

export type ComplianceContext = ReturnType<typeof createComplianceContext>;
