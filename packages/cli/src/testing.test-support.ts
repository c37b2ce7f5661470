import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import * as E from 'fp-ts/lib/Either.js'
import { createMemoryEventStore } from '@clientele/adapter-memory'
import type { EventStore } from '@clientele/core'
import type { CliIo } from './cli/cliIo.js'
import { main } from './main.js'
import type { StoreOpener } from './store/openStore.js'

/** What one in-process run printed and returned. */
export interface RunResult {
  readonly code: number
  readonly stdout: string
  readonly stderr: string
}

/**
 * Runs the CLI in process against one store that outlives each run (as a
 * file would), in a fresh temporary directory, at a fixed instant.
 */
export const cliHarness = (options: { readonly now?: Date; readonly store?: EventStore; readonly opener?: StoreOpener } = {}) => {
  const dir = mkdtempSync(join(tmpdir(), 'clientele-cli-'))
  const store = options.store ?? createMemoryEventStore()
  // The commands close the store after each run; the memory store must live on.
  const opener: StoreOpener = options.opener ?? (async () => E.right({ ...store, close: async () => {} }))
  const run = async (...args: string[]): Promise<RunResult> => {
    let stdout = ''
    let stderr = ''
    const io: CliIo = {
      stdout: (t) => void (stdout += t),
      stderr: (t) => void (stderr += t),
      stderrIsTty: false,
      now: () => options.now ?? new Date('2026-06-10T02:00:00Z'),
      cwd: dir,
    }
    const code = await main(args, io, opener)
    return { code, stdout, stderr }
  }
  const file = (name: string, content: string | Uint8Array): string => {
    writeFileSync(join(dir, name), content)
    return name
  }
  const eventCount = async (): Promise<number> => {
    const all = await store.readAll()
    if (E.isLeft(all)) throw new Error('readAll failed')
    return all.right.length
  }
  return { dir, store, run, file, eventCount }
}
