/**
 * The extended SQLite error code better-sqlite3 attaches to what it throws
 * (`SQLITE_BUSY`, `SQLITE_CONSTRAINT_UNIQUE`, …), or undefined for anything
 * else. Matched on the code, never on the message: messages can quote values.
 */
export const sqliteErrorCode = (error: unknown): string | undefined => {
  if (typeof error !== 'object' || error === null) return undefined
  const code = (error as { readonly code?: unknown }).code
  return typeof code === 'string' && code.startsWith('SQLITE_') ? code : undefined
}

/** Whether `code` is `family` or one of its extended codes (`SQLITE_BUSY_SNAPSHOT` is in `SQLITE_BUSY`). */
export const isInFamily = (code: string | undefined, family: string): boolean =>
  code !== undefined && (code === family || code.startsWith(`${family}_`))
