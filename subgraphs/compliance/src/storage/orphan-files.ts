import { In, type DataSource } from 'typeorm';
import { IdentityDocument } from '../identity/identity-document.entity';
import type { DocumentStorage } from './document-storage';

/**
 * Finds stored files that no document row points to (a crash between writing a file and
 * committing its row, or a delete interrupted after its commit) and removes them with `remove`.
 * A file written less than `graceMs` ago may belong to a transaction still running: it is kept.
 */
export async function cleanOrphanFiles(
  db: DataSource,
  storage: DocumentStorage,
  options: { remove: boolean; graceMs?: number; now?: Date } = { remove: true },
): Promise<string[]> {
  const cutoff = (options.now ?? new Date()).getTime() - (options.graceMs ?? 15 * 60_000);
  const orphans: string[] = [];
  let batch: string[] = [];
  const flush = async () => {
    if (!batch.length) return;
    const known = new Set((await db.getRepository(IdentityDocument).find({ select: { id: true }, where: { id: In(batch) } })).map((d) => d.id));
    orphans.push(...batch.filter((key) => !known.has(key)));
    batch = [];
  };
  for await (const file of storage.keys()) {
    if (file.modifiedAt.getTime() > cutoff) continue;
    batch.push(file.key);
    if (batch.length >= 500) await flush();
  }
  await flush();
  if (options.remove) for (const key of orphans) await storage.delete(key);
  return orphans;
}
