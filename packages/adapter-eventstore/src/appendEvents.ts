import * as E from 'fp-ts/lib/Either.js'
import type { AppendResult, EventToAppend, ExpectedRevision, RecordedEvent, StoreError } from '@clientele/core'
import type { ClientCredentials, EventStoreDbClient } from './client.js'
import { clientEventOf } from './eventMapping.js'
import type { KnownIds } from './knownIds.js'
import { readStreamEvents } from './readStream.js'
import { clientExpectedOf, portRevisionOf } from './revisions.js'
import { storeErrorOf } from './storeErrors.js'

/**
 * What an append needs besides its arguments.
 *
 * @since 0.1.0
 * @category appends
 */
export interface AppendSettings {
  readonly client: EventStoreDbClient
  readonly knownIds: KnownIds
  /** Passed to the client as the call's deadline. */
  readonly deadlineMs?: number
  /** Per-call credentials; giving any makes the clients use the classic Append call. */
  readonly credentials?: ClientCredentials
}

/**
 * How EventStoreDB's own idempotence check falls short of the port's, and
 * what the adapter does about it:
 * - with an exact revision (or no stream), the server compares the ids with
 *   the events after that revision: a repeat is an idempotent success, which
 *   the server answers without a position, so the adapter reads it back;
 * - with any (or exists), the server looks ids up in a bounded cache of
 *   recent ones, and a batch whose first id is new is written even if later
 *   ids are stored; so the adapter reads the stream first, and answers a
 *   repeat or a duplicate itself (one read per such append; Clientele's
 *   command handler appends with exact revisions);
 * - across streams the server checks nothing; see {@link KnownIds}.
 *
 * @since 0.1.0
 * @category appends
 */
export const appendEvents = async (
  settings: AppendSettings,
  stream: string,
  events: ReadonlyArray<EventToAppend>,
  expected: ExpectedRevision,
): Promise<E.Either<StoreError, AppendResult>> => {
  const ids = events.map((event) => event.id)
  const elsewhere = settings.knownIds.inOtherStream(stream, ids)
  if (elsewhere !== undefined) return E.left({ _tag: 'DuplicateEventId', stream, eventId: elsewhere })

  if (expected.kind === 'any' || expected.kind === 'exists') {
    const checked = await checkIdsInStream(settings.client, stream, ids, expected)
    if (checked !== undefined) return checked
  }

  const wire = clientExpectedOf(expected)
  try {
    const result = await settings.client.appendToStream(stream, events.map(clientEventOf), {
      expectedRevision: wire,
      streamState: wire,
      ...(settings.deadlineMs !== undefined && { deadline: settings.deadlineMs }),
      ...(settings.credentials !== undefined && { credentials: settings.credentials }),
    })
    const nextExpectedRevision = portRevisionOf(result.nextExpectedRevision)
    settings.knownIds.remember(stream, ids)
    if (result.position !== undefined) return E.right({ nextExpectedRevision, position: result.position.commit })
    return await positionOfRepeat(settings.client, stream, nextExpectedRevision)
  } catch (error) {
    return E.left(storeErrorOf(error, { operation: 'append', stream, expected }))
  }
}

/**
 * For an append with any or exists: the port's answer when some of `ids`
 * are already in the stream (the earlier result for a repeat, or
 * DuplicateEventId), or undefined when none is and the append can go ahead.
 */
const checkIdsInStream = async (
  client: EventStoreDbClient,
  stream: string,
  ids: ReadonlyArray<string>,
  expected: ExpectedRevision,
): Promise<E.Either<StoreError, AppendResult> | undefined> => {
  const read = await readStreamEvents(client, stream, {})
  if (E.isLeft(read)) return read
  const stored = read.right
  const revisionById = new Map(stored.map((event) => [event.id, event.revision]))
  const found = ids.filter((id) => revisionById.has(id))
  if (found.length === 0) return undefined
  const first = revisionById.get(ids[0] ?? '')
  const isRepeat =
    first !== undefined &&
    found.length === ids.length &&
    ids.every((id, i) => revisionById.get(id) === first + i) &&
    // A repeat only if the expected revision held where the first attempt wrote.
    (expected.kind === 'any' || first > 0)
  if (!isRepeat) return E.left({ _tag: 'DuplicateEventId', stream, eventId: found[0] ?? '' })
  const last = stored.find((event) => event.revision === first + ids.length - 1) as RecordedEvent
  return E.right({ nextExpectedRevision: last.revision, position: last.position })
}

/** The earlier result of an append the server found to be a repeat: it sends no position, so read it back. */
const positionOfRepeat = async (
  client: EventStoreDbClient,
  stream: string,
  lastRevision: number,
): Promise<E.Either<StoreError, AppendResult>> => {
  const read = await readStreamEvents(client, stream, { fromRevision: lastRevision, maxCount: 1 })
  if (E.isLeft(read)) return read
  const [last] = read.right
  if (last === undefined) return E.left({ _tag: 'StoreFailure', reason: 'append failed: the repeated events could not be read back' })
  return E.right({ nextExpectedRevision: lastRevision, position: last.position })
}
