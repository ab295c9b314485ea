import { In, LessThanOrEqual, type DataSource } from 'typeorm';
import { inTransaction } from '../../../../packages/kit/src';
import { DocumentState } from '../document/document-state';
import { publishIdentityEvent } from '../events/identity-events';
import { IdentityDocument } from './identity-document.entity';
import { applyIdentityEvent, IdentityEvent, IdentityStatus } from './identity-state';
import { Identity } from './identity.entity';

/**
 * Marks EXPIRED every approved identity whose validity (the earliest end of validity of its
 * required documents) has passed, and those documents too. Its numbers stay linked: the account
 * sees them under the expired identity (`Identity.phoneNumbers`) and starts a new revision.
 * Run periodically by main.ts; idempotent.
 */
export async function expireIdentities(db: DataSource, now = new Date()): Promise<string[]> {
  const due = await db
    .getRepository(Identity)
    .find({ select: { id: true, accountId: true }, where: { status: IdentityStatus.APPROVED, validUntil: LessThanOrEqual(now) } });
  const expired: string[] = [];
  for (const identity of due) {
    await inTransaction(db, async (tx) => {
      const next = applyIdentityEvent(IdentityStatus.APPROVED, IdentityEvent.EXPIRE) as IdentityStatus;
      const changed = await tx.getRepository(Identity).update({ id: identity.id, status: IdentityStatus.APPROVED }, { status: next });
      if (changed.affected !== 1) return;
      await tx
        .getRepository(IdentityDocument)
        .update({ identityId: identity.id, state: In([DocumentState.APPROVED]), validUntil: LessThanOrEqual(now) }, { state: DocumentState.EXPIRED });
      await publishIdentityEvent(tx, { type: 'IdentityExpired', identityId: identity.id, accountId: identity.accountId });
      expired.push(identity.id);
    });
  }
  return expired;
}
