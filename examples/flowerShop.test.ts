import { expect, it } from 'vitest'
import { main } from './flowerShop.js'
import { tempStorePath } from './support/tempStore.js'
import { displayWidth } from './support/table.js'

const run = async (): Promise<string[]> => {
  const lines: string[] = []
  await main((line) => lines.push(line), tempStorePath())
  return lines
}

/** The rows of the table printed after the line that starts with `title`. */
const tableAfter = (lines: ReadonlyArray<string>, title: string): string[] => {
  const start = lines.findIndex((l) => l.startsWith(title))
  expect(start, `no "${title}" in the output`).toBeGreaterThanOrEqual(0)
  const end = lines.indexOf('', start)
  return lines.slice(start + 1, end === -1 ? undefined : end)
}

it('projects the lunar birthday onto this year and puts it on the agenda with last year’s present', async () => {
  const lines = await run()
  const dates = tableAfter(lines, 'Important dates')
  // 农历七月初九 is 2026-08-21 (in 2025 it was 2025-08-31).
  expect(dates.find((l) => l.includes('王建国'))).toMatch(/农历七月初九\s+2026-08-21$/)
  // Looking a day up finds the lunar birthday that falls on it this year.
  expect(lines).toContain('  looking up 2026-08-21: 王建国 birthday (农历七月初九)')
  const agenda = tableAfter(lines, 'Care agenda for Mon 2026-08-17 (农历七月初五)')
  expect(agenda.find((l) => l.includes('王建国') && l.includes('birthday'))).toMatch(/2026-08-21 .*birthday \(农历七月初九\) in 4 days; last time ¥268\.00 on 2025-08-31 \(蝴蝶兰盆栽\)/)
})

it('greets the 七夕 buyer of last year two days before the festival, and lists the lunar festivals', async () => {
  const lines = await run()
  const festivals = tableAfter(lines, 'Festivals in the next 45 days')
  expect(festivals).toContain('  2026-08-19  七夕      农历七月初七')
  expect(festivals).toContain('  2026-09-25  中秋节    农历八月十五')
  const agenda = tableAfter(lines, 'Care agenda for')
  expect(agenda.find((l) => l.includes('林晓月') && l.includes('七夕'))).toMatch(/greet for 七夕 in 2 days; last time ¥399\.00 on 2025-08-29/)
})

it('puts tomorrow’s company anniversary first and yesterday’s customer among the last, in aligned columns', async () => {
  const lines = await run()
  const [header, , first, ...rest] = tableAfter(lines, 'Care agenda for')
  expect(first).toMatch(/^ {2}1 {2}2026-08-18 {2}星辰科技有限公司 {2}company anniversary, 14 years, tomorrow/)
  expect(rest.some((l) => l.includes('孙悦') && l.includes('bought yesterday (F260816-02)'))).toBe(true)
  // Chinese names are two columns wide: "what to do" starts in the same terminal column on every row.
  const whatColumn = displayWidth((header ?? '').slice(0, (header ?? '').indexOf('what to do')))
  for (const row of [first ?? '', ...rest]) {
    // The characters before that column, counted in terminal columns, end in the two spaces between columns.
    let width = 0
    let i = 0
    for (const ch of row) {
      if (width >= whatColumn) break
      width += displayWidth(ch)
      i += ch.length
    }
    expect(width, row).toBe(whatColumn)
    expect(row.slice(i - 2, i + 1), row).toMatch(/^ {2}\S$/)
  }
})
