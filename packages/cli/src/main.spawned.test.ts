import { execFile } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'

const run = promisify(execFile)
const ROOT = resolve(import.meta.dirname, '../../..')

// As `pnpm clientele` runs it: tsx with the workspace's source condition.
const clientele = async (cwd: string, ...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> => {
  try {
    const { stdout, stderr } = await run(join(ROOT, 'node_modules/.bin/tsx'), ['--conditions=@clientele/source', join(ROOT, 'packages/cli/src/main.ts'), ...args], { cwd })
    return { code: 0, stdout, stderr }
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string }
    return { code: e.code, stdout: e.stdout, stderr: e.stderr }
  }
}

describe('the clientele program', () => {
  it('imports into ./clientele.db, finds the customer, and exits with the documented codes', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'clientele-spawned-'))
    writeFileSync(join(dir, 'customers.csv'), '\ufeff姓名,电话\n李娜,13812345678\n')
    expect(await clientele(dir, 'import', 'customers', 'customers.csv')).toMatchObject({ code: 0, stderr: '' })
    const found = await clientele(dir, 'find', '李', '--json')
    expect(found.code).toBe(0)
    expect(JSON.parse(found.stdout)).toMatchObject({ total: 1, customers: [{ name: '李娜', phones: ['13812345678'] }] })
    expect((await clientele(dir, 'agenda', '--date', 'tomorrow')).code).toBe(2)
    expect((await clientele(dir, 'profile', '13900000000')).code).toBe(3)
  }, 60_000)
})
