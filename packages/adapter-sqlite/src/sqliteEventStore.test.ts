import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import * as E from 'fp-ts/lib/Either.js'
import { afterAll } from 'vitest'
import { describeEventStoreContract } from '@clientele/core/testing'
import { openSqliteEventStore } from './sqliteEventStore.js'

// The contract on a real file, shared by every store the suite makes (the
// suite keeps tests apart by stream names), and on a private in-memory one.
const directory = mkdtempSync(join(tmpdir(), 'clientele-sqlite-contract-'))
afterAll(() => rmSync(directory, { recursive: true, force: true }))

const open = (filePath: string) => {
  const opened = openSqliteEventStore(filePath, { pollIntervalMs: 20 })
  if (E.isLeft(opened)) throw new Error(`could not open the store: ${opened.left._tag}`)
  return opened.right
}

describeEventStoreContract('sqlite event store', { label: 'file', makeStore: async () => open(join(directory, 'contract.db')) })
describeEventStoreContract('sqlite event store', { label: ':memory:', makeStore: async () => open(':memory:') })
