import type { DataSource } from 'typeorm';
import { chunks, fixtureIds, newId, type AccountFixture } from '../../../../packages/kit/src';
import { IdentityDocument, REQUIRED_DOCUMENTS } from '../identity/identity-document.entity';
import { Identity, IdentityKind, ReviewState } from '../identity/identity.entity';
import { NumberIdentityLink } from '../identity/number-identity-link.entity';

/** The first identity is an approved business, the second a pending individual, then alternating. */
export async function seedAccount(db: DataSource, fixture: AccountFixture): Promise<void> {
  const accountId = fixtureIds.account(fixture);
  const now = new Date();
  const identities = Array.from({ length: fixture.identities }, (_, k) => {
    const business = k % 2 === 0;
    return {
      id: fixtureIds.identity(fixture, k),
      accountId,
      kind: business ? IdentityKind.BUSINESS : IdentityKind.INDIVIDUAL,
      legalName: business ? `${fixture.name}${k ? ` #${k + 1}` : ''}` : `Jane Doe ${k + 1}`,
      countryCode: fixture.countryCode,
      reviewState: business ? ReviewState.APPROVED : ReviewState.PENDING,
      rejectionReason: null,
      reviewedAt: business ? now : null,
    };
  });
  const documents = identities.flatMap((identity) =>
    REQUIRED_DOCUMENTS[identity.kind].map((kind) => ({
      id: newId(),
      identityId: identity.id,
      kind,
      state: identity.reviewState,
      fileName: `${kind.toLowerCase()}.pdf`,
      contentType: 'application/pdf',
      sizeBytes: 48_213,
      rejectionReason: null,
      uploadedAt: now,
    })),
  );
  const links = fixture.identities
    ? Array.from({ length: fixture.numbers }, (_, j) => ({
        phoneNumberId: fixtureIds.phoneNumber(fixture, j),
        accountId,
        identityId: fixtureIds.identity(fixture, j % fixture.identities),
        linkedAt: now,
      }))
    : [];
  await db.transaction(async (tx) => {
    for (const chunk of chunks(identities)) await tx.getRepository(Identity).insert(chunk);
    for (const chunk of chunks(documents)) await tx.getRepository(IdentityDocument).insert(chunk);
    for (const chunk of chunks(links)) await tx.getRepository(NumberIdentityLink).insert(chunk);
  });
}
