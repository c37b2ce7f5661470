import { expect, it } from 'vitest'
import { displayWidth, table } from './table.js'

it('counts Chinese and full-width characters as two terminal columns, the rest as one', () => {
  expect(displayWidth('林晓月')).toBe(6)
  expect(displayWidth('Emma O’Brien')).toBe(12)
  expect(displayWidth('¥1280.00')).toBe(8)
  expect(displayWidth('（七夕）')).toBe(8)
  expect(displayWidth('𠀋')).toBe(2) // outside the Basic Multilingual Plane: one character, two columns
})

it('pads mixed Chinese and Latin cells so that columns line up', () => {
  expect(
    table(
      [{ header: 'customer' }, { header: 'spent', align: 'right' }],
      [
        ['星辰科技有限公司', '¥1280.00'],
        ['Chloe Wilson', '¥99.00'],
      ],
    ),
  ).toEqual(['customer             spent', '----------------  --------', '星辰科技有限公司  ¥1280.00', 'Chloe Wilson        ¥99.00'])
})
