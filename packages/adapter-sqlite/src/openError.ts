/**
 * Why {@link openSqliteEventStore} could not open a store. Never holds the
 * path or anything read from the file: a path may name a person, and the
 * file may belong to someone else.
 *
 * @since 0.1.0
 * @category errors
 */
export type SqliteOpenError =
  /** The path was empty (or not a string). */
  | { readonly _tag: 'PathNotGiven' }
  /** The path names a directory; the store is one file. */
  | { readonly _tag: 'PathIsDirectory' }
  /** The file, or the directory it would be created in, cannot be written. */
  | { readonly _tag: 'LocationReadOnly' }
  /** The file is not a SQLite database (or is damaged beyond recognition). */
  | { readonly _tag: 'FileNotADatabase' }
  /** A SQLite database of another application: left untouched. */
  | { readonly _tag: 'DatabaseNotClientele' }
  /** Written by a newer Clientele: this version would misread it. */
  | { readonly _tag: 'SchemaVersionNewer'; readonly found: number; readonly supported: number }
  /** Another connection held the write lock for longer than the busy timeout. */
  | { readonly _tag: 'DatabaseBusy' }
  /** Anything else the operating system or SQLite refused; `code` is SQLite's or the system's error code. */
  | { readonly _tag: 'FileCannotBeOpened'; readonly code: string }

/**
 * A short English sentence for logs.
 *
 * @since 0.1.0
 * @category errors
 */
export const renderSqliteOpenError = (error: SqliteOpenError): string => {
  switch (error._tag) {
    case 'PathNotGiven':
      return 'no database file path was given'
    case 'PathIsDirectory':
      return 'the path names a directory, not a database file'
    case 'LocationReadOnly':
      return 'the database file (or its directory) is read-only'
    case 'FileNotADatabase':
      return 'the file is not a SQLite database'
    case 'DatabaseNotClientele':
      return 'the file is a SQLite database of another application'
    case 'SchemaVersionNewer':
      return `the database has schema version ${error.found}; this version of Clientele reads up to ${error.supported}`
    case 'DatabaseBusy':
      return 'another connection kept the database locked past the busy timeout'
    case 'FileCannotBeOpened':
      return `the database file cannot be opened (${error.code})`
  }
}
