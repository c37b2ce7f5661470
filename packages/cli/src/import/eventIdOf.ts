import { nameUuid } from './nameUuid.js'

// NOTE: core's namespace for event ids (packages/core/src/handling/eventIds.ts).
// eventIdOf.test.ts checks that both give the same ids, so a change in core
// cannot drift apart from this copy unnoticed.
const uuidOf = nameUuid('0b7f8a52-3c1e-5d4a-9f6b-2e8c1d7a4b90')

/**
 * The id of the `index`-th event of a command: the same id core's
 * `eventIdFor` gives, at a fraction of its cost (core's goes through the
 * uuid package, which re-parses the namespace on every call; an import
 * makes one per row).
 *
 * @since 0.1.0
 * @category import
 */
export const eventIdOf = (commandId: string, index: number): string => uuidOf(`${commandId}/${index}`)
