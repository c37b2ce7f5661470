import type { ClientPosition, ClientResolvedEvent } from './client.js'

// The port's global position is EventStoreDB's commit position. Events
// written over gRPC have equal commit and prepare positions; only the legacy
// TCP protocol's explicit transactions made them differ, and then the commit
// position is the one that orders `$all`. So the mapping back sets both to
// the same number.

/**
 * The port's position of an event read from the client, or undefined when the
 * server sent none.
 *
 * @since 0.1.0
 * @category positions
 */
export const portPositionOf = (resolved: ClientResolvedEvent): bigint | undefined =>
  resolved.event?.position?.commit ?? resolved.commitPosition

/**
 * The client's position for a port position.
 *
 * @since 0.1.0
 * @category positions
 */
export const clientPositionOf = (position: bigint): ClientPosition => ({ commit: position, prepare: position })

/**
 * Where to start a client read or subscription for the port's exclusive
 * `after`: the clients' reads of `$all` include their start position, their
 * subscriptions do not; callers of reads skip an event at `after` themselves.
 *
 * @since 0.1.0
 * @category positions
 */
export const startingAt = (after: bigint | undefined): 'start' | ClientPosition =>
  after === undefined || after <= 0n ? 'start' : clientPositionOf(after)
