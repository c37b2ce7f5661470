import * as E from 'fp-ts/lib/Either.js'
import { createMemoryEventStore } from '@clientele/adapter-memory'
import type { CustomerId, LocalDate } from '@clientele/core'
import { describe, expect, it } from 'vitest'
import { mapColumns } from '../csv/columns.js'
import { customerColumns } from './customerColumns.js'
import { readCustomerRow } from './customerRows.js'
import type { ImportRow } from './importRow.js'
import { planImport } from './planImport.js'
import { purchaseColumns } from './purchaseColumns.js'
import { occurrenceCounter, readPurchaseRow } from './purchaseRows.js'
import { writePlan } from './writePlan.js'

const columns = <K extends string>(header: string[], specs: Parameters<typeof mapColumns<K>>[1]) => {
  const m = mapColumns(header, specs)
  if (E.isLeft(m)) throw new Error(m.left)
  return m.right
}
const right = <A>(e: E.Either<unknown, A>): A => {
  if (E.isLeft(e)) throw new Error('refused')
  return e.right
}

const customer = (line: number, no: string): ImportRow =>
  right(readCustomerRow(columns(['编号', '姓名'], customerColumns), { line, cells: [no, '李娜'] }, '2026-01-01' as LocalDate))
const purchaseRows = (cells: string[][]): ImportRow[] => {
  const counter = occurrenceCounter()
  return cells.map((c, i) => right(readPurchaseRow(columns(['编号', '日期', '金额', '单号'], purchaseColumns), { line: i + 2, cells: c }, counter)))
}

describe('planImport', () => {
  it('decides each customer\'s rows on one read and plans one append per customer', async () => {
    const store = createMemoryEventStore()
    const plan = right(await planImport(store, [customer(2, 'C1'), customer(3, 'C2')]))
    expect(plan.appends).toHaveLength(2)
    right(await writePlan(store, plan.appends))
    const purchases = right(await planImport(store, purchaseRows([['C1', '2026-02-01', '10', ''], ['C2', '2026-02-01', '10', ''], ['C1', '2026-02-02', '20', '']])))
    expect(purchases.appends.map((a) => a.events.length).sort()).toEqual([1, 2])
    expect(purchases.appends.every((a) => a.expected.kind === 'exact')).toBe(true)
  })

  it('leaves a refused row out and decides the rows after it on the state before it', async () => {
    const store = createMemoryEventStore()
    right(await writePlan(store, right(await planImport(store, [customer(2, 'C1')])).appends))
    const plan = right(
      await planImport(
        store,
        purchaseRows([
          ['C1', '2026-02-01', '10', 'R-1'],
          ['C1', '2026-02-01', '99', 'R-1'],
          ['C9', '2026-02-01', '10', ''],
          ['C1', '2026-02-03', '30', 'R-2'],
        ]),
      ),
    )
    expect(plan.problems).toEqual([
      { line: 3, field: '单号', reason: 'this purchase was imported before with other details (same id R-1)' },
      { line: 4, field: '编号', reason: expect.stringMatching(/^no customer with this reference was imported/) },
    ])
    expect(plan.rowsWithNews).toBe(2)
    expect(plan.appends).toHaveLength(1)
    expect(plan.appends[0]!.events.map((e) => (e.data as { purchaseId: string }).purchaseId)).toEqual(['R-1', 'R-2'])
  })

  it('plans nothing for rows already in the store', async () => {
    const store = createMemoryEventStore()
    const rows = [customer(2, 'C1')]
    right(await writePlan(store, right(await planImport(store, rows)).appends))
    const again = right(await planImport(store, rows))
    expect(again).toMatchObject({ appends: [], problems: [], rowsWithNews: 0, rowsUnchanged: 1 })
    expect(rows[0]!.customerId).toBe(customer(9, 'C1').customerId as CustomerId)
  })
})
