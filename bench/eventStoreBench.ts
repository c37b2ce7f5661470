// Benchmark of the EventStoreDB adapter against the wire-level test server
// (127.0.0.1, in this process): events read per second through the adapter
// next to the raw client reading the same events in the same run, and
// appends per second in batches of 1 and of 100. Figures are medians; the
// server shares the machine (and this process) with the client, so absolute
// rates say little about a real cluster, the ratio more.
import { EventStoreDBClient, jsonEvent } from '@eventstore/db-client'
import * as E from 'fp-ts/lib/Either.js'
import { createEventStoreDbStore } from '@clientele/adapter-eventstore'
import { startEventStoreDbTestServer } from '@clientele/adapter-eventstore/testing'
import type { EventToAppend } from '@clientele/core'
import { fmt, heading, median, perSecond, row } from './harness.js'

const EVENTS = 20_000
const STREAMS = 200
const RUNS = 5

const purchase = (n: number): EventToAppend => ({
  id: crypto.randomUUID(),
  type: 'PurchaseLogged',
  data: { purchaseId: `R-${n}`, purchasedOn: '2026-03-01', amount: { amount: 1000 + (n % 5000), currency: 'CNY' }, items: [], occasion: 'self' },
  metadata: { schemaVersion: 1, commandId: crypto.randomUUID(), actor: 'counter-1' },
})

export const runEventStoreBench = async (): Promise<void> => {
  const server = await startEventStoreDbTestServer({ client: 'eventstore' })
  const client = EventStoreDBClient.connectionString(server.connectionString)
  const store = createEventStoreDbStore({ client })
  try {
    heading(`EventStoreDB adapter: wire-level test server, @eventstore/db-client, ${fmt(EVENTS)} events in ${STREAMS} customer streams`)
    // Seeded through the raw client, 100 events an append.
    for (let i = 0; i < EVENTS; i += 100) {
      const batch = Array.from({ length: 100 }, (_, j) => purchase(i + j))
      await client.appendToStream(`customer-${crypto.randomUUID()}-${(i / 100) % STREAMS}`, batch.map((e) => jsonEvent({ ...e, data: e.data as never, metadata: e.metadata as never })))
    }

    // Read everything, alternating the two readers so both see the same load.
    // Both keep what they read, as a caller of readAll does: the adapter hands
    // back an array, and keeping 20,000 events alive costs garbage collection
    // that a reader dropping each event would not pay.
    const rawRead = async (): Promise<number> => {
      const kept: unknown[] = []
      for await (const resolved of client.readAll({ fromPosition: 'start' })) {
        if (resolved.event !== undefined && !resolved.event.type.startsWith('$')) kept.push(resolved.event)
      }
      return kept.length
    }
    const adapterRead = async (): Promise<number> => {
      const read = await store.readAll()
      return E.isRight(read) ? read.right.length : -1
    }
    const raw: number[] = []
    const adapter: number[] = []
    let counts = [await rawRead(), await adapterRead()]
    for (let run = 0; run < RUNS; run += 1) {
      let start = performance.now()
      counts = [await rawRead(), counts[1] ?? 0]
      raw.push(performance.now() - start)
      start = performance.now()
      counts = [counts[0] ?? 0, await adapterRead()]
      adapter.push(performance.now() - start)
    }
    if (counts[0] !== EVENTS || counts[1] !== EVENTS) throw new Error(`read ${counts.join(' and ')} events, expected ${EVENTS}`)
    const rawRate = perSecond(EVENTS, median(raw))
    const adapterRate = perSecond(EVENTS, median(adapter))
    row('read $all, raw client (events/s)', fmt(rawRate), `median of ${RUNS}, ${fmt(median(raw))} ms`)
    row('read $all, through the adapter (events/s)', fmt(adapterRate), `median of ${RUNS}, ${fmt(median(adapter))} ms`)
    row('adapter / raw', `${((100 * adapterRate) / rawRate).toFixed(0)}%`, 'aim: at least 80%')

    for (const [batchSize, appends] of [
      [1, 400],
      [100, 40],
    ] as const) {
      const runs: number[] = []
      for (let run = 0; run < RUNS; run += 1) {
        const stream = `customer-${crypto.randomUUID()}`
        let revision = -1
        const start = performance.now()
        for (let i = 0; i < appends; i += 1) {
          const batch = Array.from({ length: batchSize }, (_, j) => purchase(i * batchSize + j))
          const result = await store.appendToStream(stream, batch, revision < 0 ? { kind: 'noStream' } : { kind: 'exact', revision })
          if (E.isLeft(result)) throw new Error(`append failed: ${result.left._tag}`)
          revision = result.right.nextExpectedRevision
        }
        runs.push(performance.now() - start)
      }
      const rate = perSecond(appends, median(runs))
      row(`appends of ${batchSize} (appends/s)`, fmt(rate), `${fmt(rate * batchSize)} events/s; ${appends} appends, median of ${RUNS}`)
    }
  } finally {
    await store.close()
    await client.dispose()
    await server.stop()
  }
}
