#!/usr/bin/env node
// The `clientele` command inside the workspace, which has no build step: runs
// the TypeScript source with tsx and the workspace's source condition, in a
// child so that Node gets those flags, and exits with the child's status.
import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'

const main = fileURLToPath(new URL('../src/main.ts', import.meta.url))
// tsx is found from this file, not from the directory the command is typed in.
const tsx = import.meta.resolve('tsx')
const child = spawnSync(process.execPath, ['--conditions=@clientele/source', '--import', tsx, main, ...process.argv.slice(2)], { stdio: 'inherit' })
if (child.error !== undefined) {
  console.error(`clientele: could not start (${child.error.message})`)
  process.exit(1)
}
process.exit(child.status ?? 1)
