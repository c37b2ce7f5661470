// Benchmark of the core (issue 2): the decider's fold, decoding stored events
// with validation next to plain JSON.parse, and commands handled end to end on
// the memory store next to the store's raw appends. Figures are medians.
import * as E from 'fp-ts/lib/Either.js'
import { createMemoryEventStore } from '@clientele/adapter-memory'
import {
  createCommandHandler,
  customerDecider,
  decodeRecordedEvent,
  eventIdFor,
  schemaVersions,
  anyRevision,
  type CustomerEvent,
  type CustomerState,
  type EventToAppend,
} from '@clientele/core'
import { simulateShop } from '@clientele/core/testing'
import { fmt, heading, perSecond, row, timeAsync, timePair } from './harness.js'

export const runCoreBench = async (): Promise<void> => {
  heading('Core: simulated shop')
  const t0 = performance.now()
  const shop = simulateShop({ seed: 1, customers: 20_000, days: 730 })
  const simulateMs = performance.now() - t0
  const total = shop.events.length
  row('customers × days', '20,000 × 730')
  row('events simulated', fmt(total), `(${fmt(simulateMs)} ms, ${shop.rejected} commands rejected by the decider)`)
  row('commands simulated', fmt(shop.commands.length))

  // Streams as the decider sees them: each customer's events in order.
  const byStream = new Map<string, CustomerEvent[]>()
  for (const { stream, event } of shop.events) {
    const list = byStream.get(stream)
    if (list === undefined) byStream.set(stream, [event])
    else list.push(event)
  }
  const streams = [...byStream.values()]

  heading('Fold: every stream folded by the customer decider')
  let sink: unknown
  const fold = () => {
    for (const events of streams) {
      let s: CustomerState = customerDecider.initialState
      for (const e of events) s = customerDecider.evolve(s, e)
      sink = s
    }
  }
  // Baseline: the cheapest fold that still touches every event.
  const countFold = () => {
    let n = 0
    for (const events of streams) for (const e of events) n += e.type.length
    sink = n
  }
  const folds = timePair(fold, countFold, 5)
  row('decider fold', `${fmt(perSecond(total, folds.a.medianMs))} ev/s`, `median ${fmt(folds.a.medianMs)} ms (aim ≥ 2,000,000 ev/s)`)
  row('baseline: counting loop over the same events', `${fmt(perSecond(total, folds.b.medianMs))} ev/s`, `median ${fmt(folds.b.medianMs)} ms`)

  heading('Decode: stored JSON → validated domain events')
  const stored = shop.events.map(({ stream, event }, i) =>
    JSON.stringify({ type: event.type, data: event.data, metadata: { schemaVersion: schemaVersions.current[event.type] }, stream, revision: i }),
  )
  const bytes = stored.reduce((n, s) => n + Buffer.byteLength(s), 0)
  const parseOnly = () => {
    for (const s of stored) sink = JSON.parse(s)
  }
  let invalid = 0
  const parseAndDecode = () => {
    invalid = 0
    for (const s of stored) {
      const decoded = decodeRecordedEvent(JSON.parse(s))
      if (E.isLeft(decoded)) invalid++
      sink = decoded
    }
  }
  const decodes = timePair(parseAndDecode, parseOnly, 5)
  row('average stored event', `${fmt(bytes / total)} bytes`)
  row('JSON.parse + io-ts decode and validation', `${fmt(perSecond(total, decodes.a.medianMs))} ev/s`, `median ${fmt(decodes.a.medianMs)} ms; ${invalid} invalid`)
  row('baseline: JSON.parse alone', `${fmt(perSecond(total, decodes.b.medianMs))} ev/s`, `median ${fmt(decodes.b.medianMs)} ms`)
  row('ratio decode / JSON.parse', `${(decodes.a.medianMs / decodes.b.medianMs).toFixed(2)}x`, '(aim ≤ 1.5x)')

  heading('Commands: handled end to end on the memory store')
  const commandCount = Math.min(100_000, shop.commands.length)
  const commands = shop.commands.slice(0, commandCount)
  let appended = 0
  // The events each command appended, kept from the first run for the baseline.
  const batches: Array<{ stream: string; events: EventToAppend[] }> = []
  const handleAll = async () => {
    const store = createMemoryEventStore()
    const handle = createCommandHandler({ store })
    const collect = batches.length === 0
    appended = 0
    for (const { command, commandId } of commands) {
      const r = await handle(command, { commandId })
      if (E.isLeft(r) || r.right.events.length === 0) continue
      appended += r.right.events.length
      if (collect)
        batches.push({
          stream: r.right.stream,
          events: r.right.events.map((e, i) => ({ id: eventIdFor(commandId, i), type: e.type, data: e.data, metadata: { schemaVersion: 1 } })),
        })
    }
    await store.close()
  }
  // Baseline: the store alone appending the same events, one command's worth at a time.
  const appendAll = async () => {
    const store = createMemoryEventStore()
    for (const b of batches) await store.appendToStream(b.stream, b.events, anyRevision)
    await store.close()
  }
  const handled = await timeAsync(handleAll, 3)
  const raw = await timeAsync(appendAll, 3)

  row('commands handled (decode, read, fold, decide, append)', `${fmt(perSecond(commandCount, handled.medianMs))} cmd/s`, `median ${fmt(handled.medianMs)} ms for ${fmt(commandCount)} commands, ${fmt(appended)} events (aim ≥ 20,000 cmd/s)`)
  row('baseline: raw memory-store appends, one per command', `${fmt(perSecond(batches.length, raw.medianMs))} appends/s`, `median ${fmt(raw.medianMs)} ms`)
  void sink
}
