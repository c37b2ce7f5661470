import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import * as E from 'fp-ts/lib/Either.js'
import { afterAll, describe, expect, it } from 'vitest'
import { renderSqliteOpenError, type SqliteOpenError } from './openError.js'
import { childCanRunAs, completion, spawnChild } from './runChild.test-support.js'
import { openSqliteEventStore } from './sqliteEventStore.js'

// Opening is where a wrong path or a wrong file shows up. Each refusal must
// name its reason, leave the file exactly as it was, and say nothing of the
// path or the file's content.

const directory = mkdtempSync(join(tmpdir(), 'clientele-sqlite-open-'))
// Readable by everyone: the read-only checks run as an unprivileged user when the tests run as root.
chmodSync(directory, 0o755)
afterAll(() => rmSync(directory, { recursive: true, force: true }))

const path = (name: string) => join(directory, name)

/** The open error, closing the store if it opened after all. */
const openError = async (file: string): Promise<SqliteOpenError | 'opened'> => {
  const opened = openSqliteEventStore(file)
  if (E.isLeft(opened)) return opened.left
  await opened.right.close()
  return 'opened'
}

const createStore = async (file: string) => {
  const opened = openSqliteEventStore(file)
  if (E.isLeft(opened)) throw new Error(opened.left._tag)
  await opened.right.appendToStream('s', [{ id: crypto.randomUUID(), type: 'T', data: {}, metadata: { schemaVersion: 1 } }], { kind: 'any' })
  await opened.right.close()
}

const otherApplicationsDatabase = (file: string, applicationId = 0) => {
  const db = new Database(file)
  db.exec("CREATE TABLE recipes (name TEXT); INSERT INTO recipes VALUES ('dumplings')")
  db.pragma(`application_id = ${applicationId}`)
  db.close()
}

/**
 * Opens `file` as a user without write permission on what root created:
 * in this process when the tests do not run as root (chmod is enough), else
 * in a child process running as `nobody`, since root may write anywhere.
 */
// Root writes wherever it likes, so as root the refusal is asked of a child
// running as nobody, which must be able to read this checkout.
const NOBODY = 65534
const asRoot = process.getuid?.() === 0
const nobodyCannotRun =
  asRoot && !childCanRunAs(NOBODY)
    ? 'running as root in a checkout that user nobody cannot read (a 0700 directory, as mktemp -d makes): the LocationReadOnly checks were skipped'
    : undefined

const openErrorWithoutWritePermission = async (file: string, makeReadOnly: () => void): Promise<unknown> => {
  makeReadOnly()
  if (!asRoot) return openError(file)
  const out = await completion(spawnChild(['open', file], { uid: NOBODY, gid: NOBODY }))
  return JSON.parse(out.trim()) as unknown
}

/** Skips the test, saying why, when no user without write permission can be asked. */
const skipWhenNobodyCannotRun = (context: { skip: (note?: string) => void }): void => {
  if (nobodyCannotRun === undefined) return
  console.warn(`[adapter-sqlite] ${nobodyCannotRun}`)
  context.skip(nobodyCannotRun)
}

describe('openSqliteEventStore', () => {
  it('creates a store in a new file, and finds its events again after reopening', async () => {
    const file = path('new.db')
    await createStore(file)
    const reopened = openSqliteEventStore(file)
    if (E.isLeft(reopened)) throw new Error(reopened.left._tag)
    const all = await reopened.right.readAll()
    await reopened.right.close()
    expect(E.isRight(all) && all.right.map((e) => [e.stream, e.revision, e.position])).toEqual([['s', 0, 1n]])
  })

  it('turns on WAL and marks the file as Clientele’s, schema version 2', async () => {
    const file = path('marked.db')
    await createStore(file)
    const db = new Database(file, { readonly: true })
    expect([db.pragma('journal_mode', { simple: true }), db.pragma('application_id', { simple: true }), db.pragma('user_version', { simple: true })])
      .toEqual(['wal', 0x436c6e74, 2])
    db.close()
  })

  it('opens an empty existing file (as a fresh temp file would be) as a new store', async () => {
    const file = path('empty.db')
    writeFileSync(file, '')
    expect(await openError(file)).toBe('opened')
  })

  it('refuses an empty path: PathNotGiven', async () => {
    expect(await openError('')).toEqual({ _tag: 'PathNotGiven' })
  })

  it('refuses a directory: PathIsDirectory', async () => {
    mkdirSync(path('a-directory'))
    expect(await openError(path('a-directory'))).toEqual({ _tag: 'PathIsDirectory' })
  })

  it('refuses a path in a missing directory: FileCannotBeOpened with the system code', async () => {
    expect(await openError(path('missing/store.db'))).toEqual({ _tag: 'FileCannotBeOpened', code: 'ENOENT' })
  })

  it('refuses a file that is not a SQLite database, and leaves it as it was: FileNotADatabase', async () => {
    const file = path('notes.txt')
    const content = 'Mrs Wang prefers lilies; call 139 1111 2222 before noon.\n'.repeat(100)
    writeFileSync(file, content)
    expect(await openError(file)).toEqual({ _tag: 'FileNotADatabase' })
    expect(readFileSync(file, 'utf8')).toBe(content)
  })

  it('refuses another application’s SQLite database, and leaves it as it was: DatabaseNotClientele', async () => {
    const file = path('recipes.db')
    otherApplicationsDatabase(file)
    const before = readFileSync(file)
    expect(await openError(file)).toEqual({ _tag: 'DatabaseNotClientele' })
    expect(readFileSync(file).equals(before)).toBe(true)
    const db = new Database(file, { readonly: true })
    expect(db.pragma('journal_mode', { simple: true })).toBe('delete')
    db.close()
  })

  it('refuses an empty SQLite database that another application has marked as its own', async () => {
    const file = path('marked-by-another.db')
    const db = new Database(file)
    db.pragma('application_id = 1234')
    db.close()
    expect(await openError(file)).toEqual({ _tag: 'DatabaseNotClientele' })
  })

  it('refuses a store written by a newer Clientele: SchemaVersionNewer with both versions', async () => {
    const file = path('newer.db')
    await createStore(file)
    const db = new Database(file)
    db.pragma('user_version = 3')
    db.close()
    const before = readFileSync(file)
    expect(await openError(file)).toEqual({ _tag: 'SchemaVersionNewer', found: 3, supported: 2 })
    expect(readFileSync(file).equals(before)).toBe(true)
  })

  it('refuses a new file in a directory it cannot write to: LocationReadOnly', async (context) => {
    skipWhenNobodyCannotRun(context)
    const readOnly = path('read-only-dir')
    mkdirSync(readOnly)
    const error = await openErrorWithoutWritePermission(join(readOnly, 'store.db'), () => chmodSync(readOnly, 0o555))
    expect(error).toEqual({ _tag: 'LocationReadOnly' })
  }, 20_000)

  it('refuses an existing store it cannot write to: LocationReadOnly', async (context) => {
    skipWhenNobodyCannotRun(context)
    const file = path('read-only.db')
    await createStore(file)
    const error = await openErrorWithoutWritePermission(file, () => chmodSync(file, 0o444))
    expect(error).toEqual({ _tag: 'LocationReadOnly' })
  }, 20_000)

  it('reports a write lock held past the busy timeout as DatabaseBusy, and opens once it is released', async () => {
    const file = path('locked.db')
    const holder = new Database(file)
    holder.exec('BEGIN EXCLUSIVE')
    const opened = openSqliteEventStore(file, { busyTimeoutMs: 50 })
    holder.exec('ROLLBACK')
    holder.close()
    expect(opened).toEqual(E.left({ _tag: 'DatabaseBusy' }))
    expect(await openError(file)).toBe('opened')
  })

  it('renders every refusal as a sentence that names neither the path nor the content', () => {
    const errors: ReadonlyArray<SqliteOpenError> = [
      { _tag: 'PathNotGiven' },
      { _tag: 'PathIsDirectory' },
      { _tag: 'LocationReadOnly' },
      { _tag: 'FileNotADatabase' },
      { _tag: 'DatabaseNotClientele' },
      { _tag: 'SchemaVersionNewer', found: 2, supported: 1 },
      { _tag: 'DatabaseBusy' },
      { _tag: 'FileCannotBeOpened', code: 'ENOENT' },
    ]
    const sentences = errors.map(renderSqliteOpenError)
    expect(new Set(sentences).size).toBe(errors.length)
    for (const sentence of sentences) expect(sentence).not.toContain(directory)
    expect(renderSqliteOpenError({ _tag: 'SchemaVersionNewer', found: 2, supported: 1 })).toContain('schema version 2')
  })
})
