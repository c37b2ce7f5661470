import * as E from 'fp-ts/lib/Either.js'
import { describe, expect, it } from 'vitest'
import { mapColumns } from '../csv/columns.js'
import { purchaseColumns } from './purchaseColumns.js'
import { occurrenceCounter, readPurchaseRow } from './purchaseRows.js'

const HEADER = ['电话', '日期', '金额', '品类', '商品', '数量', '场合', '单号', '备注']
const columns = (() => {
  const m = mapColumns(HEADER, purchaseColumns)
  if (E.isLeft(m)) throw new Error(m.left)
  return m.right
})()

describe('a purchase row', () => {
  it('becomes a LogPurchase in fen with one item line', () => {
    const row = readPurchaseRow(columns, { line: 2, cells: ['13812345678', '2021年6月5日', '￥1,299.5', '绿植', '', '', '生日', '', ''] }, occurrenceCounter())
    if (E.isLeft(row)) throw new Error('refused')
    const data = row.right.commandsFor({ status: 'unregistered' })[0]!.command.data
    expect(data).toMatchObject({
      purchasedOn: '2021-06-05',
      amount: { amount: 129950, currency: 'CNY' },
      items: [{ name: '绿植', category: '绿植', quantity: 1, amount: { amount: 129950, currency: 'CNY' } }],
      occasion: 'birthday',
    })
  })

  it('uses a receipt number as the purchase id, and derives one otherwise', () => {
    const counter = occurrenceCounter()
    const withReceipt = readPurchaseRow(columns, { line: 2, cells: ['13812345678', '2021-06-05', '10', '', '', '', '', 'R-88', ''] }, counter)
    const without = readPurchaseRow(columns, { line: 3, cells: ['13812345678', '2021-06-05', '10', '', '', '', '', '', ''] }, counter)
    const purchaseId = (r: typeof without) => (E.isRight(r) ? r.right.commandsFor({ status: 'unregistered' })[0]!.command.data['purchaseId'] : undefined)
    expect(purchaseId(withReceipt)).toBe('R-88')
    expect(purchaseId(without)).toMatch(/^import-[0-9a-f-]{36}$/)
  })

  it('keeps two identical rows as two purchases, with the same ids on every read of the file', () => {
    const ids = () => {
      const counter = occurrenceCounter()
      return [2, 3].map((line) => {
        const r = readPurchaseRow(columns, { line, cells: ['13812345678', '2021-06-05', '10', '', '', '', '', '', ''] }, counter)
        return E.isRight(r) ? r.right.commandsFor({ status: 'unregistered' })[0]!.command.data['purchaseId'] : undefined
      })
    }
    const first = ids()
    expect(first[0]).not.toBe(first[1])
    expect(ids()).toEqual(first)
  })

  it('reports the line and column of each bad cell, never the value', () => {
    const cells = ['1381234567', '2021-13-05', '-199', '', '', '0', '随便', '', '']
    const row = readPurchaseRow(columns, { line: 9, cells }, occurrenceCounter())
    expect(row).toEqual(
      E.left([
        { line: 9, field: '电话', reason: 'has the wrong number of digits' },
        { line: 9, field: '日期', reason: 'has a month outside 1–12' },
        { line: 9, field: '金额', reason: 'must not be negative' },
        { line: 9, field: '数量', reason: 'must be a whole number of at least 1' },
        { line: 9, field: '场合', reason: expect.stringMatching(/^is not a known occasion/) },
      ]),
    )
    const text = JSON.stringify(E.isLeft(row) ? row.left : [])
    for (const cell of ['1381234567', '2021-13-05', '-199', '随便']) expect(text).not.toContain(cell)
  })

  it('requires a date, an amount and a customer reference', () => {
    const row = readPurchaseRow(columns, { line: 4, cells: ['', '', '', '花束', '', '', '', '', ''] }, occurrenceCounter())
    expect(E.isLeft(row) && row.left.map((p) => p.field)).toEqual(['日期', '金额', '电话'])
  })
})
