import type { DataSource } from 'typeorm';
import { chunks, fixtureIds, newId, type AccountFixture } from '../../../../packages/kit/src';
import { DocumentState } from '../document/document-state';
import { IdentityDocument, SEED_DOCUMENTS } from '../identity/identity-document.entity';
import { IdentityStatus } from '../identity/identity-state';
import { Identity, IdentityKind } from '../identity/identity.entity';
import { NumberIdentityLink } from '../identity/number-identity-link.entity';
import { NumberUse } from '../requirements/requirements';

/**
 * The first identity is an approved business, the second an individual in review, then
 * alternating. Their documents are rows only (demo data: no files are stored for them).
 */
export async function seedAccount(db: DataSource, fixture: AccountFixture): Promise<void> {
  const accountId = fixtureIds.account(fixture);
  const now = new Date();
  const inAYear = new Date(now.getTime() + 365 * 86_400_000);
  const identities = Array.from({ length: fixture.identities }, (_, k) => {
    const business = k % 2 === 0;
    return {
      id: fixtureIds.identity(fixture, k),
      accountId,
      kind: business ? IdentityKind.BUSINESS : IdentityKind.INDIVIDUAL,
      legalName: business ? `${fixture.name}${k ? ` #${k + 1}` : ''}` : `Jane Doe ${k + 1}`,
      countryCode: fixture.countryCode,
      numberUse: NumberUse.LOCAL,
      status: business ? IdentityStatus.APPROVED : IdentityStatus.IN_REVIEW,
      version: 1,
      revision: 1,
      previousRevisionId: null,
      registrationNumber: business && fixture.countryCode === 'FR' ? '732829320' : null,
      addressLine: '1 rue de la Paix',
      postalCode: '75002',
      city: 'Paris',
      addressCountryCode: fixture.countryCode,
      contactEmail: 'compliance@example.com',
      contactPhone: null,
      rejectionReason: null,
      submittedAt: now,
      queueKey: now.toISOString(),
      reviewedAt: business ? now : null,
      validUntil: business ? inAYear : null,
    };
  });
  const documents = identities.flatMap((identity) =>
    SEED_DOCUMENTS[identity.kind]!.map((kind) => ({
      id: newId(),
      identityId: identity.id,
      kind,
      state: identity.status === IdentityStatus.APPROVED ? DocumentState.APPROVED : DocumentState.PENDING,
      version: 1,
      fileName: `${kind.toLowerCase()}.pdf`,
      contentType: 'application/pdf',
      sizeBytes: 48_213,
      sha256: null,
      rejectionCode: null,
      rejectionReason: null,
      validUntil: identity.status === IdentityStatus.APPROVED ? inAYear : null,
      uploadedAt: now,
      reviewedAt: identity.reviewedAt,
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
