import { describe, expect, it } from 'vitest'
import { progressBar } from './progressBar.js'

const drawn = (steps: ReadonlyArray<readonly [number, number, number | undefined]>) => {
  let now = 0
  let out = ''
  const bar = progressBar('writing', (t) => void (out += t), () => now)
  for (const [at, done, total] of steps) {
    now = at
    bar.update(done, total)
  }
  bar.finish()
  return out
}

describe('progressBar', () => {
  it('draws nothing for work that ends within a moment', () => {
    expect(drawn([[10, 1, 10], [200, 10, 10]])).toBe('')
  })

  it('draws a bar in place once the work takes a while, then clears it', () => {
    const out = drawn([[400, 5, 10], [450, 6, 10], [600, 10, 10]])
    expect(out).toBe(
      `\rwriting [${'#'.repeat(15)}${'-'.repeat(15)}] 50% 5/10\x1b[K` + `\rwriting [${'#'.repeat(30)}] 100% 10/10\x1b[K` + '\r\x1b[K',
    )
  })

  it('shows a count when the end is not known', () => {
    expect(drawn([[500, 12_345, undefined]])).toBe('\rwriting 12,345\x1b[K\r\x1b[K')
  })
})
