import { expect, it } from 'vitest'
import { main } from './rebuildReports.js'
import { tempStorePath } from './support/tempStore.js'

it('rebuilds every report identically from the history, live, through a fresh Clientele and by hand', async () => {
  const lines: string[] = []
  const comparisons = await main((line) => lines.push(line), tempStorePath())
  expect(comparisons.map((c) => c.report)).toEqual(['tiers', 'tierChanges', 'valueClasses', 'rfm', 'complaints', 'sales', 'churn', 'agenda'])
  for (const c of comparisons) {
    expect(c.replayed, `${c.report}: replayed differs from live`).toBe(c.live)
    expect(c.byHand, `${c.report}: rebuilt by hand differs from live`).toBe(c.live)
  }
  // The reports compared are real ones, not empty shells: each different, each sizeable.
  expect(new Set(comparisons.map((c) => c.live)).size).toBe(comparisons.length)
  for (const c of comparisons) expect(Number(/\((\d+) B\)/.exec(c.live)?.[1]), c.report).toBeGreaterThan(1000)
  expect(lines.at(-1)).toBe('All reports identical: the history alone is enough to rebuild them.')
  expect(lines[0]).toMatch(/^Sent \d{4} commands of a simulated flower shop \(100 customers, 2026-01-01 to 2026-07-19\)/)
})
