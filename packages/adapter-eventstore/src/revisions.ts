import type { ExpectedRevision } from '@clientele/core'
import type { ClientExpected } from './client.js'

/**
 * The port's expected revision in the clients' terms, one to one.
 *
 * @since 0.1.0
 * @category revisions
 */
export const clientExpectedOf = (expected: ExpectedRevision): ClientExpected => {
  switch (expected.kind) {
    case 'any':
      return 'any'
    case 'noStream':
      return 'no_stream'
    case 'exists':
      return 'stream_exists'
    case 'exact':
      return BigInt(expected.revision)
  }
}

/**
 * A stream revision as the port numbers it. Revisions beyond 2^53 cannot be
 * told apart as numbers; no stream of a shop comes near that.
 *
 * @since 0.1.0
 * @category revisions
 */
export const portRevisionOf = (revision: bigint): number => Number(revision)

/**
 * The stream's actual revision as a wrong-expected-version error reports it:
 * a revision, or undefined for "no stream" (the clients say `no_stream`, or a
 * negative number on some paths).
 *
 * @since 0.1.0
 * @category revisions
 */
export const actualRevisionOf = (actual: unknown): number | undefined => {
  if (typeof actual === 'bigint') return actual < 0n ? undefined : Number(actual)
  if (typeof actual === 'number') return actual < 0 ? undefined : actual
  return undefined
}
