import * as E from 'fp-ts/lib/Either.js'
import { describe, expect, it } from 'vitest'
import { customerColumns } from '../import/customerColumns.js'
import { purchaseColumns } from '../import/purchaseColumns.js'
import { cellOf, mapColumns } from './columns.js'

describe('mapColumns', () => {
  it('accepts Chinese and English header names, in any order', () => {
    const zh = mapColumns(['姓名', '电话', '生日', '编号'], customerColumns)
    const en = mapColumns(['customer_no', 'birthday', 'phone', 'name'], customerColumns)
    expect(E.isRight(zh) && zh.right.index).toEqual({ name: 0, phone: 1, birthday: 2, customerNo: 3 })
    expect(E.isRight(en) && en.right.index).toEqual({ customerNo: 0, birthday: 1, phone: 2, name: 3 })
  })

  it('ignores case, spaces, underscores, a required-marker and a unit in brackets', () => {
    const m = mapColumns(['Customer No', '日期*', '金额（元）', ' Category '], purchaseColumns)
    expect(E.isRight(m) && m.right.index).toEqual({ customerNo: 0, date: 1, amount: 2, category: 3 })
  })

  it('names a column in messages as the file writes it', () => {
    const m = mapColumns(['手机号', '姓名'], customerColumns)
    expect(E.isRight(m) && m.right.label.phone).toBe('手机号')
    expect(E.isRight(m) && m.right.label.birthday).toBe('birthday')
  })

  it('lists unknown headers as ignored, but not the columns a rejects file adds', () => {
    const m = mapColumns(['姓名', '电话', '星座', 'import_line', 'import_problem'], customerColumns)
    expect(E.isRight(m) && m.right.ignored).toEqual(['星座'])
  })

  it('refuses a column given twice under two names', () => {
    const m = mapColumns(['电话', '姓名', 'phone'], customerColumns)
    expect(E.isLeft(m) && m.left).toMatch(/columns 1 and 3 both give/)
  })

  it('reads a trimmed cell, undefined when blank or missing', () => {
    const m = mapColumns(['姓名', '电话'], customerColumns)
    if (E.isLeft(m)) throw new Error(m.left)
    expect(cellOf(m.right, [' 李娜 ', '  '], 'name')).toBe('李娜')
    expect(cellOf(m.right, [' 李娜 ', '  '], 'phone')).toBeUndefined()
    expect(cellOf(m.right, ['李娜'], 'phone')).toBeUndefined()
    expect(cellOf(m.right, ['李娜'], 'birthday')).toBeUndefined()
  })
})
