import type { Readable } from 'node:stream';

/**
 * Where document files live, named by the document's id only (never the client's file name).
 * Files are written before their row is committed and removed if the transaction fails, so a
 * crash in between can leave an orphan file, never a row without its file: `keys()` lets the
 * clean-up find them.
 */
export interface StoredFile {
  key: string;
  modifiedAt: Date;
}

export interface DocumentStorage {
  put(key: string, bytes: Buffer, contentType: string): Promise<void>;
  /** The file as a stream; throws when it is missing. */
  get(key: string): Promise<Readable>;
  /** Removes the file; a missing file is not an error. */
  delete(key: string): Promise<void>;
  /** Every stored file with its last change (for the orphan clean-up). */
  keys(): AsyncIterable<StoredFile>;
  close?(): Promise<void>;
}

/** Keys are our own UUIDs; anything else is refused, so a key can never climb out of the folder or bucket. */
export function checkKey(key: string): string {
  if (!/^[0-9a-f-]{36}$/.test(key)) throw new Error('Invalid document storage key.');
  return key;
}
