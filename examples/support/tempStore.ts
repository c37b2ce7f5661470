// A store file of its own for each test (or each test file), in a fresh temporary folder.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, afterEach } from 'vitest'

const perTest: string[] = []
const perFile: string[] = []
const remove = (folders: string[]): void => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true })
}
afterEach(() => remove(perTest))
afterAll(() => remove(perFile))

const folder = (): string => mkdtempSync(join(tmpdir(), 'clientele-example-'))

/** A path for a store file that does not exist yet; its folder is removed after the test. */
export const tempStorePath = (name = 'store.db'): string => {
  const f = folder()
  perTest.push(f)
  return join(f, name)
}

/** The same, kept until every test of the file has run (for a store made in `beforeAll`). */
export const tempStorePathForFile = (name = 'store.db'): string => {
  const f = folder()
  perFile.push(f)
  return join(f, name)
}
