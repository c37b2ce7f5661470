// Faults injected into the wire-level test server while a real client talks
// to it: the server dies and comes back, calls time out, writers conflict,
// streams are deleted, stored events do not decode. Declared once and run by
// both client test files (faults.test.ts for @eventstore/db-client,
// kurrentFaults.test.ts for @kurrent/kurrentdb-client, whose reads go
// through a native client of its own and fail with errors of their own
// shape). Kept free of either client package, which cannot share a process.
import * as E from 'fp-ts/lib/Either.js'
import { afterEach, describe, expect, it } from 'vitest'
import { decodeRecordedEvent, type EventStore } from '@clientele/core'
import type { ClientEventData, EventStoreDbClient } from './client.js'
import { createEventStoreDbStore, type EventStoreDbStoreOptions } from './eventStoreDbStore.js'
import { customerStream as stream, events, eventually, idsOf, restartDuringCatchUp, restartMidSubscription } from './restartScenario.test-support.js'
import { startEventStoreDbTestServer, type EventStoreDbTestServer, type EventStoreDbTestServerOptions } from './testServer/eventStoreDbTestServer.js'
import type { ClientPackage } from './testServer/protocol.js'

/** The client calls these tests make besides the adapter's: deletes. Both clients have them. */
export interface FaultClient extends EventStoreDbClient {
  tombstoneStream(stream: string): Promise<unknown>
  deleteStream(stream: string): Promise<unknown>
}

/** How a test file makes its client. */
export interface ClientKit {
  readonly name: string
  readonly package: ClientPackage
  readonly connect: (connectionString: string) => FaultClient
}

/** An append straight through the client, as another program would write. */
const rawAppend = (client: FaultClient, name: string, event: Partial<ClientEventData>): Promise<unknown> =>
  client.appendToStream(
    name,
    { id: crypto.randomUUID(), contentType: 'application/json', type: 'Noted', data: {}, metadata: { schemaVersion: 1 }, ...event },
    { expectedRevision: 'any', streamState: 'any' },
  )

const outcomeOf = (promise: Promise<unknown>): Promise<unknown> =>
  promise.then(
    () => 'succeeded',
    (error: unknown) => error,
  )

export const describeFaults = (kit: ClientKit): void => {
  const cleanups: Array<() => Promise<void>> = []
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup()
  })

  const setUp = async (
    serverOptions: Omit<EventStoreDbTestServerOptions, 'client'> = {},
    storeOptions: Omit<EventStoreDbStoreOptions, 'client'> = {},
    connectionSuffix = '',
  ): Promise<{ server: EventStoreDbTestServer; client: FaultClient; store: EventStore }> => {
    const server = await startEventStoreDbTestServer({ client: kit.package, ...serverOptions })
    const client = kit.connect(`${server.connectionString}${connectionSuffix}`)
    const store = createEventStoreDbStore({ client, reconnect: { initialDelayMs: 20, maxDelayMs: 200 }, ...storeOptions })
    cleanups.push(async () => {
      await store.close()
      await client.dispose()
      await server.stop()
    })
    return { server, client, store }
  }

  const otherClient = (server: EventStoreDbTestServer): FaultClient => {
    const client = kit.connect(server.connectionString)
    cleanups.push(() => client.dispose())
    return client
  }

  describe(`${kit.name}: the server stops and restarts`, () => {
    for (const batched of [false, true]) {
      it(`in the middle of a subscription, which resumes with nothing lost or doubled (${batched ? 'batched' : 'classic'} appends)`, async () => {
        const { server, store } = await setUp({ advertiseBatchAppend: batched })
        await restartMidSubscription(server, store)
      })
    }

    it('while a subscription is still catching up (pages of 5, 20 ms latency), which resumes with nothing lost or doubled and catches up once', async () => {
      const { server, store } = await setUp({}, { pageSize: 5 })
      await restartDuringCatchUp(server, store)
    })

    it('a subscription whose server stays down ends with StoreUnavailable after its attempts', async () => {
      const { server, store } = await setUp({}, { reconnect: { initialDelayMs: 5, maxDelayMs: 20, maxAttempts: 3 } })
      let caughtUp = false
      const subscription = store.subscribeToAll({ onEvent: () => undefined, onCaughtUp: () => (caughtUp = true) })
      await eventually(() => caughtUp, 'the subscription to catch up')
      await server.stop()
      await expect(subscription.ended).resolves.toMatchObject({ _tag: 'Failed', error: { _tag: 'StoreUnavailable' } })
    })

    it('an append and reads against a server that never answered are port errors, not rejections', async () => {
      const { server, store } = await setUp()
      await server.stop()
      expect(await store.appendToStream(stream(), events(1), { kind: 'noStream' })).toMatchObject({ _tag: 'Left', left: { _tag: 'StoreUnavailable' } })
      expect(await store.readStream(stream())).toMatchObject({ _tag: 'Left', left: { _tag: 'StoreUnavailable' } })
      expect(await store.readAll()).toMatchObject({ _tag: 'Left', left: { _tag: 'StoreUnavailable' } })
    })
  })

  describe(`${kit.name}: the server dies in the middle of an append`, () => {
    const cases = [
      // Before handling: the append dies with the server, unwritten. Before answering: it was written, and only the answer is lost.
      ...(['beforeHandling', 'beforeAnswering'] as const).flatMap((where) => [true, false].map((batched) => ({ where, batched }))),
    ]
    for (const { where, batched } of cases) {
      it(`(${batched ? 'BatchAppend' : 'Append'}, stopped while the append waits ${where === 'beforeHandling' ? 'to be handled' : 'to be answered'}): a port error, and a same-id retry afterwards stores one copy`, async () => {
        const { server, store } = await setUp({ advertiseBatchAppend: batched })
        const name = stream()
        const [first] = events(1)
        // Opens the connection (and the BatchAppend call), so that the latency falls on the append itself.
        expect(E.isRight(await store.appendToStream(name, [first!], { kind: 'noStream' }))).toBe(true)
        const batch = events(3, 10)
        server.setLatency(300, where)
        const pending = store.appendToStream(name, batch, { kind: 'exact', revision: 0 })
        const stored = () => server.events().filter((e) => e.stream === name).map((e) => e.id)
        // Answered late, the append is written on arrival: wait for that. Handled late, nothing shows
        // before the stop, and the outcome is the same whether the append had arrived or not.
        if (where === 'beforeAnswering') await eventually(() => stored().length === 4, 'the append to be written')
        else await new Promise((resolve) => setTimeout(resolve, 100))
        await server.stop()
        expect(await pending).toMatchObject({ _tag: 'Left', left: { _tag: 'StoreUnavailable' } })
        // Past the latency: whatever the dead server had scheduled has run.
        await new Promise((resolve) => setTimeout(resolve, 300))
        expect(stored()).toEqual(where === 'beforeHandling' ? [first!.id] : [first!.id, ...idsOf(batch)])
        server.setLatency(0)
        await server.start()
        expect(await store.appendToStream(name, batch, { kind: 'exact', revision: 0 })).toMatchObject({ _tag: 'Right', right: { nextExpectedRevision: 3 } })
        expect(stored()).toEqual([first!.id, ...idsOf(batch)])
      })
    }
  })

  describe(`${kit.name}: the raw gRPC "unavailable"`, () => {
    it('is what the client rejects an append with when its server is down, and the adapter makes it StoreUnavailable, writing nothing', async () => {
      const { server, client, store } = await setUp()
      await server.stop()
      // The client's own call, to show what the adapter gets: a bare gRPC status, no client error type.
      const raw = await outcomeOf(rawAppend(client, stream(), {}))
      expect(raw).toMatchObject({ code: 14 })
      expect((raw as { type?: unknown }).type).toBeUndefined()
      const name = stream()
      const batch = events(3)
      expect(await store.appendToStream(name, batch, { kind: 'noStream' })).toEqual({
        _tag: 'Left',
        left: { _tag: 'StoreUnavailable', reason: 'the server is unavailable (gRPC UNAVAILABLE)' },
      })
      await server.start()
      expect(server.events().filter((e) => e.stream === name)).toEqual([])
      expect(E.isRight(await store.appendToStream(name, batch, { kind: 'noStream' }))).toBe(true)
    })
  })

  describe(`${kit.name}: timeouts`, () => {
    for (const batched of [true, false]) {
      it(`the client's own deadline (defaultDeadline in the connection string) is StoreTimeout too (${batched ? 'BatchAppend' : 'Append'}); a same-id retry stores one copy`, async () => {
        const { server, client, store } = await setUp({ advertiseBatchAppend: batched }, {}, '&defaultDeadline=150')
        server.setLatency(400)
        if (batched) {
          // The client's own error, to show what the adapter gets. (Only the batched path takes a credential-less raw append.)
          expect(await outcomeOf(rawAppend(client, stream(), {}))).toMatchObject({ type: 'deadline-exceeded' })
        }
        const name = stream()
        const batch = events(2)
        expect(await store.appendToStream(name, batch, { kind: 'noStream' })).toEqual({ _tag: 'Left', left: { _tag: 'StoreTimeout', operation: 'append' } })
        // A batch past its deadline is refused when it completes; a classic append the client gave up on may still land.
        await new Promise((resolve) => setTimeout(resolve, 450))
        server.setLatency(0)
        expect(server.calls()[batched ? 'BatchAppend' : 'Append'] ?? 0).toBeGreaterThan(0)
        expect(server.calls()[batched ? 'Append' : 'BatchAppend']).toBeUndefined()
        if (batched) expect(server.events().filter((e) => e.stream === name)).toEqual([])
        // The retry goes through a client with the default deadline: 150 ms is too short a limit for a busy test machine.
        const retrying = createEventStoreDbStore({ client: otherClient(server) })
        expect(await retrying.appendToStream(name, batch, { kind: 'noStream' })).toMatchObject({ _tag: 'Right', right: { nextExpectedRevision: 1 } })
        expect(server.events().filter((e) => e.stream === name).map((e) => e.id)).toEqual(idsOf(batch))
      })
    }

    it('a call slower than timeoutMs is StoreTimeout; retrying the append with the same ids stores it once', async () => {
      const { server, client, store } = await setUp({}, { timeoutMs: 150 })
      const name = stream()
      const batch = events(2)
      // The successor client's native reader connects on its first read (about 0.5 s here): let it,
      // through a store without the limit, so that only the injected latency can exceed 150 ms.
      expect(E.isRight(await createEventStoreDbStore({ client }).readAll({ maxCount: 1 }))).toBe(true)
      server.setLatency(400)
      expect(await store.appendToStream(name, batch, { kind: 'noStream' })).toEqual({ _tag: 'Left', left: { _tag: 'StoreTimeout', operation: 'append' } })
      expect(await store.readStream(name)).toEqual({ _tag: 'Left', left: { _tag: 'StoreTimeout', operation: 'readStream' } })
      // The slow append may still land; the retry finds it and writes nothing new.
      await new Promise((resolve) => setTimeout(resolve, 500))
      server.setLatency(0)
      const retried = await store.appendToStream(name, batch, { kind: 'noStream' })
      expect(retried).toMatchObject({ _tag: 'Right', right: { nextExpectedRevision: 1 } })
      const read = await store.readStream(name)
      expect(E.isRight(read) ? idsOf(read.right) : read).toEqual(idsOf(batch))
    })
  })

  describe(`${kit.name}: conflicting writers on two connections`, () => {
    for (const batched of [true, false]) {
      it(`the second writer at the same revision gets WrongExpectedRevision with the actual revision (${batched ? 'batched' : 'classic'} appends)`, async () => {
        const { server, store: first } = await setUp({ advertiseBatchAppend: batched })
        const second = createEventStoreDbStore({ client: otherClient(server) })
        const name = stream()
        await first.appendToStream(name, events(1), { kind: 'noStream' })
        const results = await Promise.all([
          first.appendToStream(name, events(2, 10), { kind: 'exact', revision: 0 }),
          second.appendToStream(name, events(2, 20), { kind: 'exact', revision: 0 }),
        ])
        expect(results.filter(E.isRight)).toHaveLength(1)
        expect(results.find(E.isLeft)).toEqual({
          _tag: 'Left',
          left: { _tag: 'WrongExpectedRevision', stream: name, expected: { kind: 'exact', revision: 0 }, actual: 2 },
        })
        expect(server.events().filter((e) => e.stream === name)).toHaveLength(3)
      })
    }
  })

  describe(`${kit.name}: deleted streams and system events`, () => {
    it('a tombstoned stream is StreamDeleted to appends and reads; a soft-deleted one reads as empty', async () => {
      const { client, store } = await setUp()
      const [hard, soft] = [stream(), stream()]
      await store.appendToStream(hard, events(1), { kind: 'noStream' })
      await store.appendToStream(soft, events(1), { kind: 'noStream' })
      await client.tombstoneStream(hard)
      await client.deleteStream(soft)
      expect(await store.appendToStream(hard, events(1), { kind: 'any' })).toEqual({ _tag: 'Left', left: { _tag: 'StreamDeleted', stream: hard } })
      expect(await store.appendToStream(hard, events(1), { kind: 'exact', revision: 0 })).toEqual({ _tag: 'Left', left: { _tag: 'StreamDeleted', stream: hard } })
      expect(await store.readStream(hard)).toEqual({ _tag: 'Left', left: { _tag: 'StreamDeleted', stream: hard } })
      expect(await store.readStream(soft)).toEqual({ _tag: 'Right', right: [] })
    })

    it("reads of $all and subscriptions skip system events and other programs' streams", async () => {
      const { server, client, store } = await setUp()
      const mine = stream()
      await rawAppend(client, `orders-${crypto.randomUUID()}`, { type: 'OrderPlaced', metadata: undefined })
      await store.appendToStream(mine, events(2), { kind: 'noStream' })
      server.writeSystemEvent()
      await store.appendToStream(mine, events(1, 5), { kind: 'exists' })
      const all = await store.readAll()
      expect(E.isRight(all) && all.right.map((e) => e.stream)).toEqual([mine, mine, mine])
      const paged = await store.readAll({ maxCount: 1 })
      expect(E.isRight(paged) && paged.right.map((e) => e.stream)).toEqual([mine])
      const seen: string[] = []
      const subscription = store.subscribeToAll({ onEvent: (e) => void seen.push(e.stream) })
      await eventually(() => seen.length === 3, 'the three events')
      server.writeSystemEvent()
      await rawAppend(client, `orders-${crypto.randomUUID()}`, { type: 'OrderPlaced', metadata: undefined })
      await store.appendToStream(mine, events(1, 9), { kind: 'exists' })
      await eventually(() => seen.length === 4, 'the live event')
      await new Promise((resolve) => setTimeout(resolve, 50))
      await subscription.stop()
      expect(seen).toEqual([mine, mine, mine, mine])
    })
  })

  describe(`${kit.name}: stored events that do not decode`, () => {
    const refused = (problem: string) => ({
      _tag: 'StoreFailure',
      reason: expect.stringMatching(new RegExp(`^the stored event at position \\d+ is invalid \\(${problem.replace(/[.()]/g, '\\$&')}\\)$`)),
    })

    it.each([
      ['no metadata', { metadata: undefined }, 'metadata: missing'],
      ['metadata bytes that are not JSON', { metadata: new TextEncoder().encode('{"schemaVersion":') }, 'metadata: not JSON'],
      ['metadata that is a JSON array', { metadata: ['林晓月'] }, 'metadata: not a JSON object'],
      ['metadata without a schema version', { metadata: { actor: 'counter-1' } }, 'metadata.schemaVersion: not a whole number from 1'],
    ])('an event with %s, written by another program, is a typed error to readStream, readAll and subscriptions', async (_, change, problem) => {
      const { client, store } = await setUp()
      const name = stream()
      await store.appendToStream(name, events(1), { kind: 'noStream' })
      await rawAppend(client, name, { data: { n: '林晓月' }, ...change })
      const read = await store.readStream(name)
      expect(read).toEqual({ _tag: 'Left', left: refused(problem) })
      expect(await store.readAll()).toEqual(read)
      const subscription = store.subscribeToAll({ onEvent: () => undefined })
      await expect(subscription.ended).resolves.toEqual({ _tag: 'Failed', error: read._tag === 'Left' ? read.left : undefined })
      expect(JSON.stringify(read)).not.toContain('林晓月')
    })

    it('data stored as bytes is a typed error, also to a live subscription', async () => {
      const { client, store } = await setUp()
      const name = stream()
      let caughtUp = false
      const subscription = store.subscribeToAll({ onEvent: () => undefined, onCaughtUp: () => (caughtUp = true) })
      await eventually(() => caughtUp, 'the subscription to catch up')
      await rawAppend(client, name, { contentType: 'application/octet-stream', data: new Uint8Array([1, 2]) })
      await expect(subscription.ended).resolves.toEqual({ _tag: 'Failed', error: refused('data: not stored as JSON') })
      expect(await store.readStream(name)).toEqual({ _tag: 'Left', left: refused('data: not stored as JSON') })
    })

    it('JSON data that does not parse comes back as its text, which decoding then refuses, naming data', async () => {
      const { server, store } = await setUp()
      const name = `customer-${crypto.randomUUID()}`
      server.writeRawEvent(name, {
        type: 'CustomerRegistered',
        contentType: 'application/json',
        data: new TextEncoder().encode('{"name":"林晓月",'),
        metadata: new TextEncoder().encode('{"schemaVersion":1}'),
      })
      const read = await store.readStream(name)
      if (E.isLeft(read)) throw new Error(`read failed: ${read.left._tag}`)
      const decoded = decodeRecordedEvent(read.right[0]!)
      expect(decoded).toMatchObject({ _tag: 'Left', left: { _tag: 'StoredEventInvalid', stream: name, revision: 0, problems: [{ path: 'data' }] } })
      expect(JSON.stringify(decoded)).not.toContain('林晓月')
    })
  })

  describe(`${kit.name}: reads the adapter stops before their end`, () => {
    it('leave no call open: the client still disposes (a page filled early, a refused event)', async () => {
      const server = await startEventStoreDbTestServer({ client: kit.package })
      const client = kit.connect(server.connectionString)
      const store = createEventStoreDbStore({ client })
      const name = stream()
      const appended = await store.appendToStream(name, events(5), { kind: 'noStream' })
      if (E.isLeft(appended)) throw new Error('append failed')
      const first = await store.readAll({ maxCount: 1 })
      const firstPosition = E.isRight(first) ? (first.right[0]?.position ?? 0n) : 0n
      // Not an event's position: the page reads one event more than it keeps, and stops there.
      for (let i = 0; i < 3; i += 1) expect(await store.readAll({ after: firstPosition + 1n, maxCount: 1 })).toMatchObject({ _tag: 'Right', right: [{ stream: name, revision: 1 }] })
      await rawAppend(client, name, { metadata: undefined })
      await rawAppend(client, name, {})
      for (let i = 0; i < 2; i += 1) {
        expect(await store.readStream(name)).toMatchObject({ _tag: 'Left', left: { _tag: 'StoreFailure' } })
        expect(await store.readAll()).toMatchObject({ _tag: 'Left', left: { _tag: 'StoreFailure' } })
      }
      await store.close()
      const disposed = await Promise.race([client.dispose().then(() => 'disposed'), new Promise((resolve) => setTimeout(resolve, 3_000, 'still open'))])
      await server.stop()
      expect(disposed).toBe('disposed')
    })
  })

  describe(`${kit.name}: the known caveat, duplicate ids across streams`, () => {
    it('are refused for ids this store appended, but another process (a second store) stores them again, as the README says', async () => {
      const { server, store } = await setUp()
      const [first, second] = [stream(), stream()]
      const [stored] = events(1)
      await store.appendToStream(first, [stored!], { kind: 'noStream' })
      expect(await store.appendToStream(second, [stored!], { kind: 'noStream' })).toMatchObject({ _tag: 'Left', left: { _tag: 'DuplicateEventId', eventId: stored!.id } })
      const otherProcess = createEventStoreDbStore({ client: otherClient(server) })
      expect(E.isRight(await otherProcess.appendToStream(second, [stored!], { kind: 'noStream' }))).toBe(true)
      expect(server.events().filter((e) => e.id === stored!.id).map((e) => e.stream)).toEqual([first, second])
    })
  })

  describe(`${kit.name}: classic appends on a server that offers batched ones`, () => {
    it("appends: 'classic' takes the Append call", async () => {
      const { server, store } = await setUp({ advertiseBatchAppend: true }, { appends: 'classic' })
      expect(E.isRight(await store.appendToStream(stream(), events(3), { kind: 'noStream' }))).toBe(true)
      expect(server.calls()['Append']).toBe(1)
      expect(server.calls()['BatchAppend']).toBeUndefined()
    })
  })
}
