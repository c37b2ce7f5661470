// A separate process using the real store through tsx, for the tests that
// need a second process on the same file: a writer killed with SIGKILL, a
// writer whose appends a subscription here must notice, and an open attempt
// by a user without write permission. Run as
//   tsx --conditions=@clientele/source childProcess.test-support.ts <command> <file> [args]
// Commands:
//   batches <file> <synchronous>  once a line arrives on stdin, append random
//                                 batches forever (until killed)
//   append <file> <stream> <n>    append n events one at a time, then exit
//   open <file>                   print the outcome of opening, as JSON
import { randomInt, randomUUID } from 'node:crypto'
import * as E from 'fp-ts/lib/Either.js'
import type { EventToAppend } from '@clientele/core'
import { openSqliteEventStore } from './sqliteEventStore.js'

/** What each crash-test event carries, so a reader can tell whether its batch is whole. */
export interface BatchMarker {
  readonly batch: string
  readonly size: number
  readonly index: number
}

const STREAMS = 40

const [command, file = '', ...args] = process.argv.slice(2)

const openOrExit = (synchronous: 'full' | 'normal' = 'full') => {
  const opened = openSqliteEventStore(file, { synchronous })
  if (E.isLeft(opened)) {
    console.error(`cannot open: ${opened.left._tag}`)
    process.exit(2)
  }
  return opened.right
}

const event = (data: unknown): EventToAppend => ({ id: randomUUID(), type: 'CrashTestEvent', data, metadata: { schemaVersion: 1 } })

/** Resolves when a first line arrives on stdin. */
const goSignal = (): Promise<void> =>
  new Promise((resolve) => {
    process.stdin.once('data', () => {
      process.stdin.pause()
      resolve()
    })
  })

const appendBatchesForever = async (synchronous: 'full' | 'normal'): Promise<never> => {
  // Started ahead of time (Node and tsx take most of a second to start), it
  // waits to be told to go, so the parent can check the file undisturbed.
  await goSignal()
  const store = openOrExit(synchronous)
  console.log('ready')
  for (;;) {
    const batch = randomUUID()
    const size = randomInt(20, 201)
    const events = Array.from({ length: size }, (_, index) => event({ batch, size, index } satisfies BatchMarker))
    const result = await store.appendToStream(`crash-${randomInt(STREAMS)}`, events, { kind: 'any' })
    if (E.isLeft(result)) {
      console.error(`append failed: ${result.left._tag}`)
      process.exit(3)
    }
  }
}

const appendOneByOne = async (stream: string, count: number): Promise<void> => {
  const store = openOrExit()
  for (let n = 0; n < count; n += 1) {
    const result = await store.appendToStream(stream, [event({ n })], { kind: 'any' })
    if (E.isLeft(result)) {
      console.error(`append failed: ${result.left._tag}`)
      process.exit(3)
    }
  }
  await store.close()
}

switch (command) {
  case 'batches':
    await appendBatchesForever(args[0] === 'normal' ? 'normal' : 'full')
    break
  case 'append':
    await appendOneByOne(args[0] ?? 'cross-process', Number(args[1] ?? '1'))
    break
  case 'open': {
    const opened = openSqliteEventStore(file)
    if (E.isRight(opened)) await opened.right.close()
    console.log(JSON.stringify(E.isLeft(opened) ? opened.left : { _tag: 'Opened' }))
    break
  }
  default:
    console.error(`unknown command ${command ?? '(none)'}`)
    process.exit(1)
}
