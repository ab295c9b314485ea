import { Arg, Args, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { loadPage, PageArgs, requirePermission, type Page } from '../../../../packages/kit/src';
import type { ComplianceContext } from '../context';
import { IdentityStatus } from '../identity/identity-state';
import { Identity } from '../identity/identity.entity';
import { IdentityConnection } from '../identity/identity.resolver';
import { checkCountry } from '../identity/identity.rules';
import { DecideIdentityDocumentInput } from './review.inputs';
import { DecideIdentityDocumentPayload } from './review.payloads';

@Resolver()
export class ReviewResolver {
  @Query(() => IdentityConnection, { description: 'Identities waiting for review, oldest submission first (needs staff:review).' })
  async identityReviewQueue(
    @Args() page: PageArgs,
    @Ctx() ctx: ComplianceContext,
    @Arg('countryCode', () => String, { nullable: true, description: 'Only identities for numbers of this country.' }) countryCode?: string | null,
  ): Promise<Page<Identity>> {
    requirePermission(ctx.caller, 'staff:review');
    const country = countryCode ? checkCountry(countryCode) : null;
    return loadPage({
      repository: ctx.db.getRepository(Identity),
      sort: 'queueKey',
      page,
      filter: (query) => {
        query.andWhere('row.status = :status', { status: IdentityStatus.IN_REVIEW });
        return country ? query.andWhere('row.countryCode = :country', { country: country.ok ? country.value : '--' }) : query;
      },
    });
  }

  @Mutation(() => DecideIdentityDocumentPayload, {
    description:
      'Approves or rejects one document of an identity in review (needs staff:review). The last decision settles the identity: APPROVED when every required document is, REJECTED with the reasons otherwise. Every decision is audited.',
  })
  decideIdentityDocument(
    @Arg('input', () => DecideIdentityDocumentInput, { description: 'The document and the decision.' }) input: DecideIdentityDocumentInput,
    @Ctx() ctx: ComplianceContext,
  ): Promise<DecideIdentityDocumentPayload> {
    return ctx.reviews.decide(input);
  }
}
