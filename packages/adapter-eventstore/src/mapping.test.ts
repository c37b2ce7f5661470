// Positions, revisions, stream selection, the id memory and event mapping:
// the pure parts of the adapter.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { ClientResolvedEvent } from './client.js'
import { clientEventOf, recordedEventOf } from './eventMapping.js'
import { createKnownIds } from './knownIds.js'
import { clientPositionOf, portPositionOf, startingAt } from './positions.js'
import { actualRevisionOf, clientExpectedOf, portRevisionOf } from './revisions.js'
import { clienteleStreams, selects } from './streamSelection.js'

const resolved = (commit: bigint, prepare = commit): ClientResolvedEvent => ({
  event: {
    streamId: 'customer-1',
    id: '6f1c0c66-8c1b-4d4e-9a51-2f3f3a3b4c5d',
    revision: 7n,
    type: 'PurchaseLogged',
    data: { amount: 1 },
    metadata: { schemaVersion: 2 },
    isJson: true,
    created: new Date('2026-02-03T04:05:06.789Z'),
    position: { commit, prepare },
  },
})

describe('positions', () => {
  it('the port position is the commit position, and maps back to equal commit and prepare', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 2n ** 64n - 1n }), (commit) => {
        expect(portPositionOf(resolved(commit))).toBe(commit)
        expect(clientPositionOf(commit)).toEqual({ commit, prepare: commit })
        expect(portPositionOf({ event: { ...resolved(0n).event!, position: clientPositionOf(commit) } })).toBe(commit)
      }),
    )
  })

  it('keeps the order of $all: commit positions order events, whatever the prepare positions', () => {
    expect(portPositionOf(resolved(200n, 150n))! < portPositionOf(resolved(300n, 120n))!).toBe(true)
  })

  it('falls back to the read event’s commit position, and has none without either', () => {
    expect(portPositionOf({ event: { ...resolved(0n).event!, position: undefined }, commitPosition: 42n })).toBe(42n)
    expect(portPositionOf({ event: { ...resolved(0n).event!, position: undefined } })).toBeUndefined()
  })

  it('starts reads at the start for no position or 0, else at the position itself', () => {
    expect(startingAt(undefined)).toBe('start')
    expect(startingAt(0n)).toBe('start')
    expect(startingAt(1024n)).toEqual({ commit: 1024n, prepare: 1024n })
  })
})

describe('revisions', () => {
  it('maps every expected revision one to one', () => {
    expect(clientExpectedOf({ kind: 'any' })).toBe('any')
    expect(clientExpectedOf({ kind: 'noStream' })).toBe('no_stream')
    expect(clientExpectedOf({ kind: 'exists' })).toBe('stream_exists')
    expect(clientExpectedOf({ kind: 'exact', revision: 0 })).toBe(0n)
    expect(clientExpectedOf({ kind: 'exact', revision: 41 })).toBe(41n)
  })

  it('reads revisions and "no stream" back', () => {
    expect(portRevisionOf(12n)).toBe(12)
    expect(actualRevisionOf(3n)).toBe(3)
    expect(actualRevisionOf('no_stream')).toBeUndefined()
    expect(actualRevisionOf(-1n)).toBeUndefined()
    expect(actualRevisionOf(undefined)).toBeUndefined()
  })
})

describe('events', () => {
  it('appends JSON with the metadata beside it, and reads back what was appended', () => {
    const event = { id: '6f1c0c66-8c1b-4d4e-9a51-2f3f3a3b4c5d', type: 'PurchaseLogged', data: { amount: 1 }, metadata: { schemaVersion: 2 } }
    expect(clientEventOf(event)).toEqual({ ...event, contentType: 'application/json' })
    expect(recordedEventOf(resolved(1500n))).toEqual({
      _tag: 'Right',
      right: { ...event, stream: 'customer-1', revision: 7, position: 1500n, recordedAt: '2026-02-03T04:05:06.789Z' },
    })
  })

  it('skips a read with no event or no position', () => {
    expect(recordedEventOf({ commitPosition: 5n })).toBeUndefined()
    expect(recordedEventOf({ event: { ...resolved(1n).event!, position: undefined } })).toBeUndefined()
  })

  const stored = resolved(1500n).event!
  it.each([
    ['no metadata', { metadata: undefined }, 'metadata: missing'],
    ['metadata that is not JSON (the clients hand back its bytes)', { metadata: new Uint8Array([123, 98]) }, 'metadata: not JSON'],
    ['metadata that is a JSON array', { metadata: [1] }, 'metadata: not a JSON object'],
    ['metadata that is a JSON string', { metadata: '林晓月' }, 'metadata: not a JSON object'],
    ['metadata without a schema version', { metadata: { actor: 'counter-1' } }, 'metadata.schemaVersion: not a whole number from 1'],
    ['a schema version of 0', { metadata: { schemaVersion: 0 } }, 'metadata.schemaVersion: not a whole number from 1'],
    ['data stored as bytes', { isJson: false, data: new Uint8Array([1, 2]) }, 'data: not stored as JSON'],
  ])('refuses a stored event with %s, naming the field and not the value', (_, change, problem) => {
    const read = recordedEventOf({ event: { ...stored, ...change } })
    expect(read).toEqual({ _tag: 'Left', left: { _tag: 'StoreFailure', reason: `the stored event at position 1500 is invalid (${problem})` } })
    expect(JSON.stringify(read)).not.toContain('林晓月')
  })
})

describe('stream selection', () => {
  it("by default keeps Clientele's customer streams and never a system event", () => {
    const keep = selects(clienteleStreams)
    expect(keep('customer-1', 'CustomerRegistered')).toBe(true)
    expect(keep('orders-1', 'OrderPlaced')).toBe(false)
    expect(keep('$stats-127.0.0.1:2113', '$statsCollected')).toBe(false)
    expect(keep('customer-1', '$metadata')).toBe(false)
  })

  it('keeps every user stream on request, and several prefixes', () => {
    expect(selects('allUserStreams')('orders-1', 'OrderPlaced')).toBe(true)
    expect(selects('allUserStreams')('$$customer-1', 'x')).toBe(false)
    const two = selects(['customer-', 'contract-'])
    expect([two('customer-1', 'A'), two('contract-1', 'A'), two('other', 'A')]).toEqual([true, true, false])
  })
})

describe('the id memory', () => {
  it('finds an id remembered for another stream, not for the same one, and forgets the oldest first', () => {
    const known = createKnownIds(2)
    known.remember('a', ['1', '2'])
    expect(known.inOtherStream('b', ['9', '2'])).toBe('2')
    expect(known.inOtherStream('a', ['1', '2'])).toBeUndefined()
    known.remember('c', ['3'])
    expect(known.inOtherStream('b', ['1'])).toBeUndefined()
    expect(known.inOtherStream('b', ['3'])).toBe('3')
  })
})
