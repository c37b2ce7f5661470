import type Database from 'better-sqlite3'
import * as E from 'fp-ts/lib/Either.js'
import { invalidAppendReason, satisfiesExpectedRevision } from '@clientele/core'
import type { AppendResult, EventToAppend, ExpectedRevision, StoreError } from '@clientele/core'
import { isInFamily, sqliteErrorCode } from './sqliteErrorCode.js'
import type { Statements } from './statements.js'

/** Thrown inside the append's transaction to roll it back with the port's answer. */
class AppendRefused {
  constructor(readonly error: StoreError) {}
}

/** A function that appends in one IMMEDIATE transaction; throws only for SQLite failures. */
export type AppendInTransaction = (
  stream: string,
  events: ReadonlyArray<EventToAppend>,
  expected: ExpectedRevision,
) => E.Either<StoreError, AppendResult>

/**
 * Makes the store's append, with the same answers as the memory store (the
 * reference) in the same order of checks: invalid input, then a repeat of an
 * earlier append (its result, nothing stored), then ids stored elsewhere
 * (DuplicateEventId), then the expected revision. The duplicate check costs
 * nothing on the usual path: the unique id index (events_id) refuses the insert, and
 * only then does the append look for which id it was.
 *
 * IMMEDIATE takes the write lock before the first read, so no other process
 * can append between the revision check and the insert.
 */
export const makeAppend = (db: Database.Database, statements: Statements, clock: () => Date): AppendInTransaction => {
  const appendUnchecked = db.transaction(
    (stream: string, events: ReadonlyArray<EventToAppend>, expected: ExpectedRevision): AppendResult => {
      const repeated = findRepeatedAppend(statements, stream, events, expected)
      if (repeated !== undefined) return repeated
      const last = statements.lastRevision.get(stream) ?? undefined
      if (!satisfiesExpectedRevision(expected, last)) {
        throw new AppendRefused(
          duplicateOf(statements, stream, events) ?? { _tag: 'WrongExpectedRevision', stream, expected, actual: last },
        )
      }
      // Built before the first insert: a clock that throws leaves nothing behind.
      const recordedAt = clock().toISOString()
      const first = (last ?? -1) + 1
      let position = 0n
      let i = 0
      try {
        for (; i < events.length; i += 1) {
          const event = events[i] as EventToAppend
          const info = statements.insertEvent.run(
            stream,
            first + i,
            event.id,
            event.type,
            JSON.stringify(event.data),
            JSON.stringify(event.metadata),
            recordedAt,
          )
          position = BigInt(info.lastInsertRowid)
        }
      } catch (error) {
        // Events before i went in, so events[i] is the batch's first stored id.
        const refused = events[i]
        if (isInFamily(sqliteErrorCode(error), 'SQLITE_CONSTRAINT') && refused !== undefined) {
          if (statements.locateId.get({ id: refused.id }) !== undefined) {
            throw new AppendRefused({ _tag: 'DuplicateEventId', stream, eventId: refused.id })
          }
        }
        throw error
      }
      return { nextExpectedRevision: first + events.length - 1, position }
    },
  )

  return (stream, events, expected) => {
    const reason = invalidAppendReason(stream, events, expected)
    if (reason !== undefined) return E.left({ _tag: 'InvalidAppend', stream, reason })
    try {
      return E.right(appendUnchecked.immediate(stream, events, expected))
    } catch (error) {
      if (error instanceof AppendRefused) return E.left(error.error)
      throw error
    }
  }
}

/**
 * The result of the earlier append this batch repeats, if it repeats one:
 * its ids sit in this stream at r, r+1, … exactly, and its expected revision
 * held for the stream as it was just before r.
 */
const findRepeatedAppend = (
  statements: Statements,
  stream: string,
  events: ReadonlyArray<EventToAppend>,
  expected: ExpectedRevision,
): AppendResult | undefined => {
  const first = events[0]
  const located = first === undefined ? undefined : statements.locateId.get({ id: first.id })
  if (located === undefined || located[0] !== stream) return undefined
  const r = Number(located[1])
  const stored = statements.idsFrom.all(stream, r, events.length)
  if (stored.length !== events.length || !events.every((event, i) => stored[i] === event.id)) return undefined
  if (!satisfiesExpectedRevision(expected, r === 0 ? undefined : r - 1)) return undefined
  const lastRevision = r + events.length - 1
  const last = statements.locateId.get({ id: stored[stored.length - 1] ?? '' })
  if (last === undefined) return undefined
  return { nextExpectedRevision: lastRevision, position: last[2] }
}

/** DuplicateEventId for the first of `events` (in batch order) whose id is stored, if any is. */
const duplicateOf = (statements: Statements, stream: string, events: ReadonlyArray<EventToAppend>): StoreError | undefined => {
  const stored = events.find((event) => statements.locateId.get({ id: event.id }) !== undefined)
  return stored === undefined ? undefined : { _tag: 'DuplicateEventId', stream, eventId: stored.id }
}
