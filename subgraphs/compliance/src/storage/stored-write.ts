import type { DocumentStorage } from './document-storage';

/**
 * Writes a file, then runs `commit` (the transaction that records its row). If the commit fails
 * or refuses, the file is removed again, so storage never keeps a file no row points to (short
 * of a crash between the two, which the orphan clean-up handles).
 */
export async function storeThenCommit<T>(
  storage: DocumentStorage,
  key: string,
  bytes: Buffer,
  contentType: string,
  commit: () => Promise<T>,
  kept: (result: T) => boolean,
): Promise<T> {
  await storage.put(key, bytes, contentType);
  let result: T;
  try {
    result = await commit();
  } catch (error) {
    await storage.delete(key);
    throw error;
  }
  if (!kept(result)) await storage.delete(key);
  return result;
}
