import * as E from 'fp-ts/lib/Either.js'
import { describe, expect, it } from 'vitest'
import { customerColumns } from '../import/customerColumns.js'
import { findHeader } from './findHeader.js'
import { readCsv } from './readCsv.js'

const tableOf = (text: string) => {
  const t = readCsv(text)
  if (E.isLeft(t)) throw new Error(t.left.reason)
  return t.right
}

describe('findHeader', () => {
  it('skips a sheet\'s title rows above the header', () => {
    const found = findHeader(tableOf('XX花店客户档案表,,\n2026年6月,,\n姓名,电话,生日\n李娜,13812345678,\n'), customerColumns)
    expect(found).toEqual({ header: ['姓名', '电话', '生日'], headerLine: 3, records: [{ line: 4, cells: ['李娜', '13812345678', ''] }], skipped: 2 })
  })

  it('takes the first row when no row looks like a header', () => {
    const found = findHeader(tableOf('名字,手机号码x\n李娜,1\n'), customerColumns)
    expect(found.headerLine).toBe(1)
    expect(found.skipped).toBe(0)
  })

  it('does not take a data row with one column-like cell for the header', () => {
    const found = findHeader(tableOf('姓名,电话\nname,13812345678\n'), customerColumns)
    expect(found.headerLine).toBe(1)
  })
})
