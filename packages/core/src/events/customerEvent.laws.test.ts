import { fc, test } from '@fast-check/vitest'
import * as E from 'fp-ts/lib/Either.js'
import { expect } from 'vitest'
import { decodeCommand, customerCommandCodecs } from '../commands/customerCommand.js'
import { customerCommandArb, customerEventArb } from '../testing/arbitraries/index.js'
import { customerEventCodecs } from './customerEvent.js'
import { decodeRecordedEvent } from './decodeEvent.js'
import { schemaVersions } from './schemaVersions.js'

test.prop([customerEventArb], { numRuns: 1000 })('every event survives encode → JSON → decode unchanged', (event) => {
  const codec = customerEventCodecs[event.type] as unknown as { encode: (e: unknown) => { type: string; data: unknown } }
  const encoded = codec.encode(event)
  const json = JSON.parse(JSON.stringify(encoded)) as { type: string; data: unknown }
  const stored = { type: json.type, data: json.data, metadata: { schemaVersion: schemaVersions.current[event.type] }, stream: 's', revision: 0 }
  expect(decodeRecordedEvent(stored)).toEqual(E.right(event))
})

test.prop([customerCommandArb()], { numRuns: 1000 })('every command survives encode → JSON → decode unchanged', (command) => {
  const codec = customerCommandCodecs[command.type] as unknown as { encode: (c: unknown) => unknown }
  expect(decodeCommand(JSON.parse(JSON.stringify(codec.encode(command))))).toEqual(E.right(command))
})

test.prop([customerEventArb, fc.string({ maxLength: 12 })], { numRuns: 300 })('a corrupted field is reported with its path, never silently accepted', (event, junk) => {
  const data = event.data as Record<string, unknown>
  const corrupted = { ...data, customerId: `x${junk}` }
  const r = decodeRecordedEvent({ type: event.type, data: corrupted, metadata: { schemaVersion: 1 }, stream: 's', revision: 3 })
  expect(r).toMatchObject({ left: { _tag: 'StoredEventInvalid', revision: 3, problems: [{ path: 'data.customerId' }] } })
})
