import { In, type DataSource } from 'typeorm';
import { argsLoader, canAccessAccount, groupLoader, loadPages, rowLoader, type BaseContext, type Page, type PageArgs } from '../../../packages/kit/src';
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
        const pages = await loadPages({ repository: identities, parent: 'accountId', sort: 'legalName', parentIds: keys.map((k) => k.accountId), page: keys[0]!.page });
        return new Map(keys.map((key) => [key, pages.get(key.accountId)!]));
      },
    ),
    /** Documents of identities already checked visible (they are reached through an identity). */
    documentsByIdentity: groupLoader(
      (identityIds) => db.getRepository(IdentityDocument).find({ where: { identityId: In([...identityIds]) }, order: { kind: 'ASC' } }),
      (document) => document.identityId,
    ),
    decisionsByIdentity: groupLoader(
      (identityIds) => db.getRepository(ReviewDecision).find({ where: { identityId: In([...identityIds]) }, order: { decidedAt: 'ASC', id: 'ASC' } }),
      (decision) => decision.identityId,
    ),
    linksByIdentity: groupLoader(
      (identityIds) => db.getRepository(NumberIdentityLink).find({ where: { identityId: In([...identityIds]) }, order: { phoneNumberId: 'ASC' } }),
      (link) => link.identityId,
    ),
    /** The link of each phone number the caller may see. */
    linkByPhoneNumber: rowLoader(
      async (ids) => (await db.getRepository(NumberIdentityLink).findBy({ phoneNumberId: In([...ids]) })).filter((l) => canAccessAccount(base.caller, l.accountId)),
      (link) => link.phoneNumberId,
    ),
  };
}

export function createComplianceContext(db: DataSource, base: BaseContext, options: ComplianceOptions) {
  return {
    ...base,
    db,
    options,
    loaders: createComplianceLoaders(db, base),
    identities: new IdentityService({ db, caller: base.caller, options }),
    reviews: new ReviewService({ db, caller: base.caller }),
  };
}

export type ComplianceContext = ReturnType<typeof createComplianceContext>;
