import { beforeAll, expect, it } from 'vitest'
import { main } from './snackShop.js'
import { tempStorePathForFile } from './support/tempStore.js'

let lines: string[] = []
beforeAll(async () => {
  const out: string[] = []
  await main((line) => out.push(line), tempStorePathForFile())
  lines = out
})

const rowOf = (name: string, after: string): string | undefined => {
  const start = lines.findIndex((l) => l.startsWith(after))
  return lines.slice(start).find((l) => l.includes(name))
}

it('sorts the regulars into tiers A–E by their purchases in June', () => {
  expect(lines).toContain('  A: 1   B: 1   C: 2   D: 1   occasional: 2   E: 1')
  expect(rowOf('张小雨', 'Tiers as of')).toMatch(/^ {2}A +张小雨 +15 +61 +2026-06-29$/)
  expect(rowOf('刘女士', 'Tiers as of')).toMatch(/^ {2}occasional +刘女士 +0 +3 +2026-04-10$/)
  expect(rowOf('过路客', 'Tiers as of')).toMatch(/^ {2}E +过路客 +0 +1 +2026-03-15$/)
})

it('names who moved between tiers since the end of May, and who dropped from A to B', () => {
  expect(rowOf('李阿姨', 'Tier changes')).toMatch(/李阿姨 +A +B +down$/)
  expect(rowOf('周先生', 'Tier changes')).toMatch(/周先生 +C +D +down$/)
  expect(rowOf('陈同学', 'Tier changes')).toMatch(/陈同学 +none +C +up$/)
  expect(lines).toContain('  dropped from A to B: 李阿姨')
})

it('lists tier follow-ups at each tier’s cadence; a logged call restarts the clock', () => {
  expect(lines).toContain('  A: 7   B: 14   C: 30   D: 30   occasional: 60   E: 90')
  const start = lines.findIndex((l) => l.startsWith('Tier follow-ups due on 2026-07-01'))
  const due = lines.slice(start)
  expect(due[0]).toBe('Tier follow-ups due on 2026-07-01: 2')
  expect(due.some((l) => l.includes('刘女士') && l.includes('tier occasional: call every 60 days, last contact 2026-04-10'))).toBe(true)
  expect(due.some((l) => l.includes('过路客') && l.includes('tier E: call every 90 days'))).toBe(true)
  // 老陈 last bought in April too, but staff rang her on June 10…
  expect(due.filter((l) => l.includes('tier ')).some((l) => l.includes('老陈'))).toBe(false)
  // …21 days ago: a 14-day cadence for occasional customers puts her back on the list.
  expect(lines).toContain('  with occasional customers every 14 days: 过路客, 老陈, 刘女士')
})
