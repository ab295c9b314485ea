import { createHash, randomUUID } from 'node:crypto';

export const newId = (): string => randomUUID();

/**
 * A UUID derived from its parts (name-based, v5 layout over SHA-1). Seeds and fixtures use it so
 * that subgraphs, which never share a database, agree on the ids of the rows they reference.
 */
export function stableId(...parts: (string | number)[]): string {
  const hex = createHash('sha1').update(parts.join('/')).digest('hex').slice(0, 32).split('');
  hex[12] = '5';
  hex[16] = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  const h = hex.join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}
