// A store file of its own for each test, in a fresh temporary folder.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach } from 'vitest'

const folders: string[] = []

afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true })
})

/** A path for a store file that does not exist yet; its folder is removed after the test. */
export const tempStorePath = (name = 'store.db'): string => {
  const folder = mkdtempSync(join(tmpdir(), 'clientele-example-'))
  folders.push(folder)
  return join(folder, name)
}
