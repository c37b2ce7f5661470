import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import * as E from 'fp-ts/lib/Either.js'
import { openSqliteEventStore } from '@clientele/adapter-sqlite'
import type { CliIo } from './cli/cliIo.js'
import { main } from './main.js'
import { DEFAULT_STORE_FILE, openStore, type StoreOpener } from './store/openStore.js'

/** What one in-process run printed and returned. */
export interface RunResult {
  readonly code: number
  readonly stdout: string
  readonly stderr: string
}

/**
 * Runs the CLI in process, in a fresh temporary directory, at a fixed
 * instant, against the real default store: ./clientele.db in that directory.
 */
export const cliHarness = (options: { readonly now?: Date; readonly opener?: StoreOpener } = {}) => {
  const dir = mkdtempSync(join(tmpdir(), 'clientele-cli-'))
  const opener = options.opener ?? openStore
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
  /** Every event in the directory's store file. */
  const eventCount = async (): Promise<number> => {
    const store = openSqliteEventStore(join(dir, DEFAULT_STORE_FILE))
    if (E.isLeft(store)) throw new Error('cannot open the store file')
    const all = await store.right.readAll()
    await store.right.close()
    if (E.isLeft(all)) throw new Error('readAll failed')
    return all.right.length
  }
  return { dir, run, file, eventCount }
}
