import { createReadStream } from 'node:fs';
import { mkdir, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { checkKey, type DocumentStorage, type StoredFile } from './document-storage';

/**
 * Files in a local folder (the default), which must lie outside anything served over HTTP:
 * documents are only ever read through compliance. Written to a temporary name, then renamed,
 * so a reader never sees half a file.
 */
export class LocalDocumentStorage implements DocumentStorage {
  constructor(private readonly folder: string) {}

  async put(key: string, bytes: Buffer): Promise<void> {
    await mkdir(this.folder, { recursive: true, mode: 0o700 });
    const path = join(this.folder, checkKey(key));
    await writeFile(`${path}.partial`, bytes, { mode: 0o600 });
    await rename(`${path}.partial`, path);
  }

  async get(key: string): Promise<Readable> {
    const stream = createReadStream(join(this.folder, checkKey(key)));
    await new Promise<void>((resolve, reject) => stream.once('open', () => resolve()).once('error', reject));
    return stream;
  }

  async delete(key: string): Promise<void> {
    await rm(join(this.folder, checkKey(key)), { force: true });
  }

  async *keys(): AsyncIterable<StoredFile> {
    const names = await readdir(this.folder).catch(() => [] as string[]);
    for (const name of names) {
      if (!/^[0-9a-f-]{36}$/.test(name)) continue;
      const info = await stat(join(this.folder, name)).catch(() => null);
      if (info) yield { key: name, modifiedAt: info.mtime };
    }
  }
}
