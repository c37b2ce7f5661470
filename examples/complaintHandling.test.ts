import { beforeAll, expect, it } from 'vitest'
import { main } from './complaintHandling.js'
import { tempStorePathForFile } from './support/tempStore.js'

let lines: string[] = []
beforeAll(async () => {
  const out: string[] = []
  await main((line) => out.push(line), tempStorePathForFile())
  lines = out
})

/** The lines printed for step `n`, up to the blank line after it. */
const step = (n: number): string[] => {
  const start = lines.findIndex((l) => l.startsWith(`Step ${n} `))
  expect(start, `step ${n} missing`).toBeGreaterThanOrEqual(0)
  return lines.slice(start, lines.indexOf('', start))
}

it('records each step of DOMAIN.md item 10 as its event', () => {
  expect(step(1)).toContain('  FileComplaint → ComplaintFiled (quality, product 红玫瑰生日花束, served by s03, wants replacement)')
  expect(step(2)).toContain('  LogFollowUp → FollowUpLogged (phone, complaint, outcome reached)')
  expect(step(3)).toContain('  RefundPurchase → PurchaseRefunded (¥149.50 of R0701-03, reason complaint)')
  expect(step(4)[1]).toMatch(/^ {2}ResolveComplaint → ComplaintResolved \(replacement, satisfied, root cause 冷藏柜温度过高/)
  expect(step(5)).toContain('  LogFollowUp → FollowUpLogged (wechat, complaint, outcome satisfied)')
})

it('keeps the complaint on the agenda until it is resolved and followed up', () => {
  expect(step(1).at(-1)).toBe('  agenda 2026-07-03: [P1] complaint C0702-01 open for 1 day: solve it')
  expect(step(3).at(-1)).toBe('  agenda 2026-07-03: [P1] complaint C0702-01 open for 1 day: solve it')
  expect(step(4).at(-1)).toBe('  agenda 2026-07-04: [P1] complaint C0702-01 resolved on 2026-07-03: ask if they are satisfied now')
  expect(step(5).at(-1)).toBe('  agenda 2026-07-07: nothing left to do about her complaint')
})

it('refuses a second, different resolution and shows the complaint in her archive', () => {
  expect(lines).toContain('Resolving it again with another outcome: refused — rejected: complaint C0702-01 is already resolved')
  expect(lines).toContain('Her archive: 1 complaint (resolved by replacement, satisfied, 2 follow-ups), spent ¥299.00, refunded ¥149.50')
})

it('reports the month: counts, satisfaction, causes, rates per item category and the repeat complainer', () => {
  const report = lines.slice(lines.indexOf('Complaint report, July 2026:'))
  expect(report).toContain('  filed 5, resolved 4, still open 1')
  expect(report).toContain('  satisfied: 3 of 4 (75%)')
  expect(report).toContain('  causes, most first: quality 2, service 1, delivery 1, wrong_item 1')
  expect(report.find((l) => l.trimStart().startsWith('花束'))).toMatch(/花束 +3 +4 +75%$/)
  expect(report).toContain('  complained more than once in 90 days: 马先生 (2)')
})
