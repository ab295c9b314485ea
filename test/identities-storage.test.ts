import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Readable } from 'node:stream';
import S3rver from 's3rver';
import type { DataSource } from 'typeorm';
import { newId, openDatabase } from '../packages/kit/src';
import { DocumentState } from '../subgraphs/compliance/src/document/document-state';
import { IdentityDocument } from '../subgraphs/compliance/src/identity/identity-document.entity';
import { Identity } from '../subgraphs/compliance/src/identity/identity.entity';
import { IdentityStatus } from '../subgraphs/compliance/src/identity/identity-state';
import { compliance } from '../subgraphs/compliance/src/subgraph';
import type { DocumentStorage } from '../subgraphs/compliance/src/storage/document-storage';
import { LocalDocumentStorage } from '../subgraphs/compliance/src/storage/local-document-storage';
import { cleanOrphanFiles } from '../subgraphs/compliance/src/storage/orphan-files';
import { S3DocumentStorage } from '../subgraphs/compliance/src/storage/s3-document-storage';
import { storeThenCommit } from '../subgraphs/compliance/src/storage/stored-write';
import { scratchDatabase } from './support/database';

async function read(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

const keys = async (storage: DocumentStorage) => {
  const found: string[] = [];
  for await (const file of storage.keys()) found.push(file.key);
  return found.sort();
};

/** The same contract for both storages: local folder and S3-compatible (s3rver, started here). */
describe.each(['local', 's3'] as const)('%s document storage', (kind) => {
  const folder = mkdtempSync(join(tmpdir(), `storage-${kind}-`));
  let storage: DocumentStorage;
  let s3: S3rver | null = null;
  let db: DataSource;
  let drop: () => Promise<void>;

  beforeAll(async () => {
    if (kind === 'local') storage = new LocalDocumentStorage(join(folder, 'documents'));
    else {
      s3 = new S3rver({ port: 0, address: '127.0.0.1', silent: true, directory: folder, configureBuckets: [{ name: 'documents', configs: [] }] });
      const { port } = (await s3.run()) as AddressInfo;
      storage = new S3DocumentStorage({
        endpoint: `http://127.0.0.1:${port}`,
        region: 'us-east-1',
        bucket: 'documents',
        accessKeyId: 'S3RVER',
        secretAccessKey: 'S3RVER',
      });
    }
    const scratch = await scratchDatabase(`storage_${kind}`);
    drop = scratch.drop;
    db = await openDatabase({ url: scratch.url, entities: compliance.entities, migrations: compliance.migrations });
  });
  afterAll(async () => {
    await storage.close?.();
    await s3?.close();
    await db?.destroy();
    await drop?.();
    rmSync(folder, { recursive: true, force: true });
  });

  it('puts, reads back, lists and deletes a file named by its id', async () => {
    const key = newId();
    await storage.put(key, Buffer.from('%PDF-1.7 document'), 'application/pdf');
    expect((await read(await storage.get(key))).toString()).toBe('%PDF-1.7 document');
    expect(await keys(storage)).toContain(key);
    await storage.delete(key);
    await storage.delete(key); // a missing file is no error
    expect(await keys(storage)).not.toContain(key);
    await expect(storage.get(key)).rejects.toBeDefined();
  });

  it('refuses a key that is not an id (no path can climb out of the folder or bucket)', async () => {
    await expect(storage.put('../../etc/passwd', Buffer.from('x'), 'text/plain')).rejects.toThrow('Invalid document storage key');
  });

  const insertIdentity = async () => {
    const id = newId();
    await db
      .getRepository(Identity)
      .insert({ id, accountId: newId(), kind: 'BUSINESS' as never, legalName: 'X', countryCode: 'FR', status: IdentityStatus.DRAFT });
    return id;
  };
  const documentRow = (id: string, identityId: string) => ({
    id,
    identityId,
    kind: 'PASSPORT' as never,
    state: DocumentState.PENDING,
    fileName: 'p.pdf',
    contentType: 'application/pdf',
    sizeBytes: 1,
    uploadedAt: new Date(),
  });

  it('writes the file before its row, and removes it when the transaction fails', async () => {
    const identityId = await insertIdentity();
    const kept = newId();
    await storeThenCommit(
      storage,
      kept,
      Buffer.from('kept'),
      'application/pdf',
      () => db.getRepository(IdentityDocument).insert(documentRow(kept, identityId)),
      () => true,
    );
    expect(await keys(storage)).toContain(kept);

    // Same kind for the same identity: the unique index makes the transaction fail.
    const failed = newId();
    await expect(
      storeThenCommit(
        storage,
        failed,
        Buffer.from('lost'),
        'application/pdf',
        () => db.transaction((tx) => tx.getRepository(IdentityDocument).insert(documentRow(failed, identityId))),
        () => true,
      ),
    ).rejects.toBeDefined();
    expect(await keys(storage)).not.toContain(failed);
    expect(await db.getRepository(IdentityDocument).countBy({ id: failed })).toBe(0);
  });

  it('finds orphan files (no row) older than the grace period, and removes them', async () => {
    const orphan = newId();
    await storage.put(orphan, Buffer.from('orphan'), 'application/pdf');
    const rows = (await db.getRepository(IdentityDocument).find({ select: { id: true } })).map((d) => d.id);
    expect(await cleanOrphanFiles(db, storage, { remove: false })).toEqual([]); // still within the grace period
    const later = new Date(Date.now() + 60 * 60_000);
    expect(await cleanOrphanFiles(db, storage, { remove: true, now: later })).toEqual([orphan]);
    expect(await keys(storage)).toEqual(rows.sort());
  });
});
