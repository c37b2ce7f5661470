import { v5 } from 'uuid'

// A fixed namespace for Clientele's name-based uuids. Changing it would make
// retried commands append their events a second time.
const CLIENTELE_NAMESPACE = '0b7f8a52-3c1e-5d4a-9f6b-2e8c1d7a4b90'

/**
 * The id of the `index`-th event decided for a command: a uuid v5 of the
 * command id, so a retried command yields the same ids and the store (or
 * EventStoreDB's idempotent append) recognises them.
 *
 * @since 0.1.0
 * @category command handling
 */
export const eventIdFor = (commandId: string, index: number): string => v5(`${commandId}/${index}`, CLIENTELE_NAMESPACE)
