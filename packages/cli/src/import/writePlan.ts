import * as E from 'fp-ts/lib/Either.js'
import { atRevision, type EventStore } from '@clientele/core'
import type { CliError } from '../cli/cliError.js'
import type { PlannedAppend } from './planImport.js'

// A customer with years of history imported at once can have thousands of
// events; EventStoreDB caps the size of one append, so long lists go in
// slices, each at the revision the previous one left.
const SLICE = 500

/**
 * Appends a plan, one customer after another. Each customer's append
 * carries the revision its events were decided on, so anything written
 * meanwhile by someone else is caught rather than overwritten.
 *
 * @since 0.1.0
 * @category import
 */
export const writePlan = async (
  store: EventStore,
  appends: ReadonlyArray<PlannedAppend>,
  onEvents: (written: number) => void = () => {},
): Promise<E.Either<CliError, number>> => {
  let written = 0
  for (const append of appends) {
    let expected = append.expected
    for (let from = 0; from < append.events.length; from += SLICE) {
      const result = await store.appendToStream(append.stream, append.events.slice(from, from + SLICE), expected)
      if (E.isLeft(result)) return E.left({ _tag: 'StoreFailed', error: result.left })
      expected = atRevision(result.right.nextExpectedRevision)
      written += Math.min(SLICE, append.events.length - from)
    }
    onEvents(written)
  }
  return E.right(written)
}
