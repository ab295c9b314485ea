/**
 * True when a write failed on a unique index: SQLite reports SQLITE_CONSTRAINT_UNIQUE (or
 * SQLITE_CONSTRAINT_PRIMARYKEY), MySQL/MariaDB ER_DUP_ENTRY (errno 1062). TypeORM wraps the
 * driver's error in a QueryFailedError whose `driverError` carries the code.
 * The message (SQL, values) never reaches a client: callers turn this into a user error.
 */
export function isUniqueViolation(error: unknown): boolean {
  const candidates = [error, (error as { driverError?: unknown } | null)?.driverError];
  return candidates.some((candidate) => {
    if (!candidate || typeof candidate !== 'object') return false;
    const { code, errno } = candidate as { code?: unknown; errno?: unknown };
    return code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY' || code === 'ER_DUP_ENTRY' || errno === 1062;
  });
}
