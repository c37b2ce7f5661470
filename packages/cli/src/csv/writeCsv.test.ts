import * as E from 'fp-ts/lib/Either.js'
import { describe, expect, it } from 'vitest'
import { readCsv } from './readCsv.js'
import { writeCsv } from './writeCsv.js'

describe('writeCsv', () => {
  it('writes what readCsv reads back, quoting only where needed', () => {
    const rows = [['姓名', '备注'], ['李娜', '说,明'], ['王"伟', '两行\n备注'], [' 空格 ', '']]
    const text = writeCsv(rows)
    expect(text.startsWith('\ufeff姓名,备注\r\n李娜,"说,明"\r\n')).toBe(true)
    const back = readCsv(text)
    expect(E.isRight(back) && [back.right.header, ...back.right.records.map((r) => r.cells)]).toEqual(rows)
  })
})
