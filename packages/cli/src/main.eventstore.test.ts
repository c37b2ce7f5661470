import { startEventStoreDbTestServer } from '@clientele/adapter-eventstore/testing'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { cliHarness } from './testing.test-support.js'

// The EventStoreDB adapter's wire-level test server, on 127.0.0.1 in this
// process: the real client speaks gRPC to it as to a cluster.
let server: Awaited<ReturnType<typeof startEventStoreDbTestServer>>
beforeAll(async () => {
  server = await startEventStoreDbTestServer({ client: 'eventstore' })
})
afterAll(async () => {
  await server.stop()
})

describe('clientele on EventStoreDB', () => {
  it('imports into the store a connection string names, re-imports nothing, and reads it back', async () => {
    const h = cliHarness()
    const store = ['--store', server.connectionString]
    const file = h.file('customers.csv', '编号,姓名,电话,生日\nC001,李娜,13812345678,农历三月初五\nC002,王伟,13900001111,\n')
    expect(JSON.parse((await h.run('import', 'customers', file, ...store, '--json')).stdout)).toMatchObject({ imported: 2, eventsWritten: 3 })
    expect(JSON.parse((await h.run('import', 'customers', file, ...store, '--json')).stdout)).toMatchObject({ imported: 0, unchanged: 2, eventsWritten: 0 })
    expect(JSON.parse((await h.run('find', '王', ...store, '--json')).stdout)).toMatchObject({ total: 1 })
    expect(JSON.parse((await h.run('rebuild', ...store, '--json')).stdout)).toMatchObject({ events: 3, customers: 2 })
  }, 30_000)

  it('never echoes the connection string when it cannot be used, and calls one that does not parse bad input', async () => {
    const h = cliHarness()
    const result = await h.run('find', '李', '--store', 'esdb://admin:secret-pass@[bad')
    expect(result.code).toBe(2)
    expect(result.stderr).toContain('--store:')
    expect(result.stderr).not.toContain('secret-pass')
  })
})
