import * as E from 'fp-ts/lib/Either.js'
import { describe, expect, it } from 'vitest'
import { readCsv } from './readCsv.js'

const table = (text: string) => {
  const read = readCsv(text)
  if (E.isLeft(read)) throw new Error(`line ${read.left.line}: ${read.left.reason}`)
  return read.right
}

describe('readCsv', () => {
  it('reads a header and records with the line each starts on', () => {
    const t = table('name,phone\n李娜,13812345678\n王伟,13900001111\n')
    expect(t.header).toEqual(['name', 'phone'])
    expect(t.records).toEqual([
      { line: 2, cells: ['李娜', '13812345678'] },
      { line: 3, cells: ['王伟', '13900001111'] },
    ])
  })

  it('drops a byte-order mark before the header', () => {
    expect(table('\ufeff姓名,电话\na,b').header).toEqual(['姓名', '电话'])
  })

  it('accepts CRLF, LF and CR line ends and a missing last line end', () => {
    expect(table('a,b\r\n1,2\r\n3,4').records.map((r) => r.cells)).toEqual([['1', '2'], ['3', '4']])
    expect(table('a,b\r1,2\r3,4\r').records.map((r) => r.line)).toEqual([2, 3])
  })

  it('keeps delimiters, doubled quotes and line breaks inside quoted fields', () => {
    const t = table('note,amount\n"说明, 带逗号",1\n"他说""好""",2\n"两行\n备注",3\nlast,4\n')
    expect(t.records.map((r) => r.cells[0])).toEqual(['说明, 带逗号', '他说"好"', '两行\n备注', 'last'])
    // The record after a two-line field starts on the line after it.
    expect(t.records.map((r) => r.line)).toEqual([2, 3, 4, 6])
  })

  it('keeps CRLF inside a quoted field as it was and counts it as one line', () => {
    const t = table('a,b\r\n"x\r\ny",1\r\nz,2\r\n')
    expect(t.records).toEqual([
      { line: 2, cells: ['x\r\ny', '1'] },
      { line: 4, cells: ['z', '2'] },
    ])
  })

  it('skips blank lines but keeps counting them', () => {
    const t = table('a,b\n\n1,2\n , \n3,4\n')
    expect(t.records.map((r) => r.line)).toEqual([3, 5])
  })

  it('keeps empty cells and a trailing empty cell', () => {
    expect(table('a,b,c\n1,,\n').records[0]!.cells).toEqual(['1', '', ''])
  })

  it('reads tab- and semicolon-separated exports by their header', () => {
    expect(table('姓名\t电话\n李娜\t138,1234\n').records[0]!.cells).toEqual(['李娜', '138,1234'])
    expect(table('name;amount\nx;1,5\n').delimiter).toBe(';')
  })

  it('refuses a quoted field that is never closed, naming the line it opened on', () => {
    expect(readCsv('a,b\n1,2\n"open,3\n4,5\n')).toEqual(E.left({ line: 3, reason: 'a quoted field is never closed' }))
  })

  it('refuses a stray quote inside an unquoted field and text after a closing quote', () => {
    const stray = readCsv('a,b\nab"c,1\n')
    expect(E.isLeft(stray) && stray.left.line).toBe(2)
    const after = readCsv('a,b\n"ab"c,1\n')
    expect(E.isLeft(after) && after.left.reason).toMatch(/follows the closing quote/)
  })

  it('refuses an empty file', () => {
    expect(E.isLeft(readCsv(''))).toBe(true)
    expect(E.isLeft(readCsv('\n\n'))).toBe(true)
  })
})
