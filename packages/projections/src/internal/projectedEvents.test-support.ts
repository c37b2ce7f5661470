// Turns a simulated shop's events into the ProjectedEvents a store would
// deliver: positions 1, 2, 3, … and per-stream revisions. Tests only.
import { customerIdOfStream, type CustomerEvent, type CustomerId } from '@clientele/core'
import type { ProjectedEvent } from '../projection.js'

export const projectedEventsOf = (events: ReadonlyArray<{ readonly stream: string; readonly event: CustomerEvent }>): ProjectedEvent[] => {
  const revisions = new Map<string, number>()
  return events.map(({ stream, event }, i) => {
    const revision = revisions.get(stream) ?? 0
    revisions.set(stream, revision + 1)
    return {
      event,
      customerId: (customerIdOfStream(stream) ?? event.data.customerId) as CustomerId,
      stream,
      revision,
      position: BigInt(i + 1),
      recordedAt: '2026-01-01T00:00:00.000Z',
    }
  })
}
