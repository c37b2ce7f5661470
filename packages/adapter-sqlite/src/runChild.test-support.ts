import { spawn, spawnSync, type ChildProcess, type SpawnOptions } from 'node:child_process'
import { createRequire } from 'node:module'
import { fileURLToPath, pathToFileURL } from 'node:url'

// Starts childProcess.test-support.ts in a new Node process with tsx's
// loader and the workspace's source condition, as `pnpm example` runs
// TypeScript. NOTE: node with `--import tsx`, not the tsx command: the
// command runs the script in a grandchild, which a SIGKILL of the command
// would leave running.

const tsxLoader = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href
const childScript = fileURLToPath(new URL('./childProcess.test-support.ts', import.meta.url))

export const spawnChild = (args: ReadonlyArray<string>, options: SpawnOptions = {}): ChildProcess =>
  spawn(process.execPath, ['--import', tsxLoader, '--conditions=@clientele/source', childScript, ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
    ...options,
  })

/**
 * Whether a child running as `uid` can read the loader and the child script.
 * NOTE: a checkout under a directory only its owner may enter (`mktemp -d`
 * makes them 0700) is out of another user's reach, so a child dropped to
 * that user could not even start; asked once, by a child that only checks.
 */
export const childCanRunAs = (uid: number): boolean => {
  const paths = [fileURLToPath(tsxLoader), childScript]
  const check = `for (const p of ${JSON.stringify(paths)}) require('node:fs').accessSync(p, require('node:fs').constants.R_OK)`
  return spawnSync(process.execPath, ['-e', check], { uid, gid: uid, stdio: 'ignore' }).status === 0
}

/** Resolves with everything the child printed once it exits; rejects if it exits with a failure. */
export const completion = (child: ChildProcess): Promise<string> =>
  new Promise((resolve, reject) => {
    let out = ''
    let err = ''
    child.stdout?.on('data', (chunk: Buffer) => (out += chunk.toString()))
    child.stderr?.on('data', (chunk: Buffer) => (err += chunk.toString()))
    child.on('error', reject)
    child.on('exit', (code, signal) =>
      code === 0 ? resolve(out) : reject(new Error(`child exited with ${code ?? signal}: ${err.trim()}`)),
    )
  })

/** Resolves once the child prints `line` on a line of its own; rejects if it exits first. */
export const printed = (child: ChildProcess, line: string): Promise<void> =>
  new Promise((resolve, reject) => {
    let out = ''
    let err = ''
    child.stderr?.on('data', (chunk: Buffer) => (err += chunk.toString()))
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString()
      if (out.split('\n').includes(line)) resolve()
    })
    child.on('exit', (code, signal) => reject(new Error(`child exited with ${code ?? signal} before printing ${line}: ${err.trim()}`)))
  })

/** Kills the child with SIGKILL (no chance to clean up) and waits until it is gone. */
export const killHard = (child: ChildProcess): Promise<void> =>
  new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve()
    child.once('exit', () => resolve())
    child.kill('SIGKILL')
  })
