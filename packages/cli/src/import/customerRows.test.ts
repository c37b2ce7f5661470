import * as E from 'fp-ts/lib/Either.js'
import { customerDecider, type LocalDate } from '@clientele/core'
import { describe, expect, it } from 'vitest'
import { mapColumns } from '../csv/columns.js'
import { customerColumns } from './customerColumns.js'
import { readCustomerRow } from './customerRows.js'

const TODAY = '2026-06-10' as LocalDate
const columnsOf = (header: string[]) => {
  const m = mapColumns(header, customerColumns)
  if (E.isLeft(m)) throw new Error(m.left)
  return m.right
}
const HEADER = ['编号', '姓名', '电话', '生日', '类型', '来源', '登记日期', '备注']
const read = (cells: string[], line = 7, header = HEADER) => readCustomerRow(columnsOf(header), { line, cells }, TODAY)

describe('a customer row', () => {
  it('becomes a registration, a birthday and a note for a new customer', () => {
    const row = read(['C001', '李娜', '138 1234 5678', '农历三月初五', '个人', '进店', '2021/6/5', '喜欢百合'])
    if (E.isLeft(row)) throw new Error('refused')
    const commands = row.right.commandsFor(customerDecider.initialState).map((c) => c.command)
    expect(commands.map((c) => c.type)).toEqual(['RegisterCustomer', 'NoteAnniversary', 'RecordPreference'])
    expect(commands[0]!.data).toMatchObject({ name: '李娜', phones: ['13812345678'], archiveNo: 'C001', registeredOn: '2021-06-05', channel: 'walk_in', kind: 'person' })
    expect(commands[1]!.data).toMatchObject({ kind: 'birthday', relation: 'self', date: { calendar: 'lunar', month: 3, day: 5, leap: false } })
  })

  it('is registered today when the file has no registration day', () => {
    const row = read(['C001', '李娜', '', '', '', '', '', ''])
    if (E.isLeft(row)) throw new Error('refused')
    expect(row.right.commandsFor(customerDecider.initialState)[0]!.command.data).toMatchObject({ registeredOn: TODAY, kind: 'person', channel: 'other' })
  })

  it('gets the same customer id from the same 编号, else from the same phone however written', () => {
    const a = read(['C001', '李娜', '', '', '', '', '', ''])
    const b = read(['C001', '李娜娜', '13900001111', '', '', '', '', ''])
    const c = read(['', '王伟', '+86 139 0000 1111', '', '', '', '', ''])
    const d = read(['', '王伟', '139-0000-1111', '', '', '', '', ''])
    const id = (r: typeof a) => (E.isRight(r) ? r.right.customerId : undefined)
    expect(id(a)).toBe(id(b))
    expect(id(c)).toBe(id(d))
    expect(id(a)).not.toBe(id(c))
  })

  it('reports every bad cell with the line and the column as the file names it', () => {
    const row = read(['C001', '', '1381234', '农历1890年三月初一', '外星人', '', '2021-02-30', ''], 12)
    expect(row).toEqual(
      E.left([
        { line: 12, field: '姓名', reason: 'is required' },
        { line: 12, field: '电话', reason: 'has the wrong number of digits' },
        { line: 12, field: '生日', reason: 'year must be a whole number 1900–2199' },
        { line: 12, field: '类型', reason: expect.stringMatching(/^is not a known customer kind/) },
        { line: 12, field: '登记日期', reason: 'names a day that does not exist in that month' },
      ]),
    )
  })

  it('says a name that is too long is too long, and only that', () => {
    expect(read(['C001', '李'.repeat(101), '', '', '', '', '', ''], 4)).toEqual(E.left([{ line: 4, field: '姓名', reason: 'is longer than 100 characters' }]))
  })

  it('never puts a cell of the row into a problem', () => {
    const cells = ['C-秘密-001', '欧阳娜娜'.repeat(30), '13812345678x', '1990年13月40日', '神秘客户', '神秘来源', '明天', '']
    const row = read(cells)
    expect(E.isLeft(row)).toBe(true)
    const text = JSON.stringify(E.isLeft(row) ? row.left : [])
    for (const cell of cells.filter((c) => c !== '')) expect(text).not.toContain(cell)
    expect(text).not.toContain('欧阳娜娜')
    expect(text).not.toContain('13812345678')
  })

  it('needs a 编号 or a phone to tell customers apart', () => {
    expect(read(['', '李娜', '', '', '', '', '', ''], 3)).toEqual(
      E.left([{ line: 3, field: '编号', reason: 'is required to tell customers apart (a 编号 or a 电话)' }]),
    )
  })
})
