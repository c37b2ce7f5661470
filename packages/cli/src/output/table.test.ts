import { describe, expect, it } from 'vitest'
import { displayWidth, padTo } from './displayWidth.js'
import { renderTable } from './table.js'

describe('displayWidth', () => {
  it('counts Han, full-width forms and CJK punctuation as two columns', () => {
    expect(displayWidth('李娜')).toBe(4)
    expect(displayWidth('Li Na')).toBe(5)
    expect(displayWidth('欧阳娜娜 Nana')).toBe(13)
    expect(displayWidth('１２３，')).toBe(8)
    expect(displayWidth('¥199')).toBe(4)
    expect(displayWidth('￥199')).toBe(5)
  })

  it('counts combining marks and zero-width characters as none', () => {
    expect(displayWidth('e\u0301')).toBe(1)
    expect(displayWidth('a\u200bb')).toBe(2)
  })

  it('pads to a display width on either side', () => {
    expect(padTo('李', 4)).toBe('李  ')
    expect(padTo('李', 4, 'right')).toBe('  李')
  })
})

describe('renderTable', () => {
  it('lines columns up by display width, numbers on the right, no trailing spaces', () => {
    const lines = renderTable(
      [{ heading: 'name' }, { heading: 'spent', align: 'right' }, { heading: 'phone' }],
      [
        ['李娜', '¥1.00', '13812345678'],
        ['Mary Smith', '¥1,234.00', ''],
      ],
    )
    expect(lines).toEqual([
      'name            spent  phone',
      '----------  ---------  -----------',
      '李娜            ¥1.00  13812345678',
      'Mary Smith  ¥1,234.00',
    ])
  })
})
