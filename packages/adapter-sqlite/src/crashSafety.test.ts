import { randomInt, randomUUID } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import * as E from 'fp-ts/lib/Either.js'
import { afterAll, describe, expect, it } from 'vitest'
import type { BatchMarker } from './childProcess.test-support.js'
import { killHard, printed, spawnChild } from './runChild.test-support.js'
import { openSqliteEventStore } from './sqliteEventStore.js'

// A writer killed with SIGKILL at random moments, over and over, on one file:
// after every kill the file must hold whole appends only, with positions and
// revisions as the store promises, and must open and take appends again.
// The child appends batches of 20–200 events, each event carrying its batch's
// id and size, so a half-written batch would show. Kills alternate between
// synchronous=FULL and NORMAL writers.

const KILLS = 25
/** After the child is ready, how long it may append before the kill (ms, random below this). */
const MAX_RUN_MS = 250

const directory = mkdtempSync(join(tmpdir(), 'clientele-sqlite-crash-'))
afterAll(() => rmSync(directory, { recursive: true, force: true }))

/**
 * The file's invariants, checked with plain SQL so the check does not trust
 * the store. Batches are checked from position `after` on: earlier ones were
 * checked after earlier kills (and integrity_check covers the whole file).
 */
const checkFile = (file: string, after = 0) => {
  // Read-write, not readonly: the first connection after a crash replays the
  // WAL (a readonly one cannot, and may see an older, equally whole state).
  const db = new Database(file)
  try {
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok')
    const { count, first, last } = db.prepare('SELECT count(*) AS count, min(position) AS first, max(position) AS last FROM events').get() as {
      count: number
      first: number | null
      last: number | null
    }
    // Positions are 1..count: strictly increasing (a primary key), no gaps, no repeats.
    if (count > 0) expect({ first, last }).toEqual({ first: 1, last: count })
    const badStreams = db
      .prepare('SELECT stream FROM events GROUP BY stream HAVING min(revision) <> 0 OR max(revision) <> count(*) - 1')
      .all()
    expect(badStreams).toEqual([])
    // Each batch: all of its events, at consecutive positions and revisions of one stream, in order.
    const badBatches = db
      .prepare(
        `SELECT json_extract(data, '$.batch') AS batch FROM events
         WHERE position > ?
         GROUP BY batch
         HAVING count(*) <> json_extract(data, '$.size')
             OR count(DISTINCT stream) <> 1
             OR max(position) - min(position) <> count(*) - 1
             OR max(revision) - min(revision) <> count(*) - 1
             OR sum(position - revision) <> count(*) * (min(position) - min(revision))
             OR min(json_extract(data, '$.index')) <> 0`,
      )
      .all(after)
    expect(badBatches).toEqual([])
    return count
  } finally {
    db.close()
  }
}

/** The store opens the file cleanly, reads every event back, and takes a new batch. */
const reopenAndAppend = async (file: string, expectedCount: number) => {
  const opened = openSqliteEventStore(file)
  if (E.isLeft(opened)) throw new Error(`reopen failed: ${opened.left._tag}`)
  const store = opened.right
  try {
    const all = await store.readAll({ after: BigInt(Math.max(0, expectedCount - 1_000)) })
    expect(E.isRight(all)).toBe(true)
    const batch = randomUUID()
    const events = Array.from({ length: 5 }, (_, index) => ({
      id: randomUUID(),
      type: 'CrashTestEvent',
      data: { batch, size: 5, index } satisfies BatchMarker,
      metadata: { schemaVersion: 1 },
    }))
    const appended = await store.appendToStream(`crash-${randomInt(40)}`, events, { kind: 'any' })
    expect(appended).toMatchObject({ _tag: 'Right', right: { position: BigInt(expectedCount + 5) } })
  } finally {
    await store.close()
  }
}

describe('a writer killed with SIGKILL', () => {
  it(
    `${KILLS} times at random moments leaves whole appends only, and a file that opens and takes appends`,
    async () => {
      const file = join(directory, 'crash.db')
      let count = 0
      const growth: number[] = []
      const writer = (kill: number) =>
        spawnChild(['batches', file, kill % 2 === 0 ? 'full' : 'normal'], { stdio: ['pipe', 'pipe', 'pipe'] })
      let next = writer(0)
      try {
        for (let kill = 0; kill < KILLS; kill += 1) {
          const child = next
          try {
            const ready = printed(child, 'ready')
            child.stdin?.write('go\n')
            await ready
            await new Promise((resolve) => setTimeout(resolve, randomInt(MAX_RUN_MS)))
          } finally {
            await killHard(child)
          }
          // The next writer starts up (it waits for "go") while this one's leftovers are checked.
          next = writer(kill + 1)

          const found = checkFile(file, count)
          growth.push(found - count)
          await reopenAndAppend(file, found)
          count = found + 5
        }
      } finally {
        await killHard(next)
      }
      // The check above held after every kill; this says the writer really wrote between kills.
      expect(growth.filter((events) => events > 0).length).toBeGreaterThan(KILLS / 2)
      console.log(`crash test: ${KILLS} kills, ${count} events committed, per run: ${growth.join(' ')}`)
      expect(checkFile(file)).toBe(count)
      // The full read through the store validates every stored row.
      const opened = openSqliteEventStore(file)
      if (E.isLeft(opened)) throw new Error(`final open failed: ${opened.left._tag}`)
      const all = await opened.right.readAll()
      await opened.right.close()
      expect(E.isRight(all) && all.right.length).toBe(count)
    },
    60_000,
  )
})
