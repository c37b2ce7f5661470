import * as E from 'fp-ts/lib/Either.js'
import { describe, expect, it } from 'vitest'
import { parsePhones } from './parsePhones.js'

describe('parsePhones', () => {
  it('normalises one or several numbers, keeping each once', () => {
    expect(parsePhones('+86 138-1234-5678')).toEqual(E.right(['13812345678']))
    expect(parsePhones('13812345678/021 1234 5678；13812345678')).toEqual(E.right(['13812345678', '021-12345678']))
  })

  it('says which number of several is wrong, without the number', () => {
    expect(parsePhones('13812345678、1381234')).toEqual(E.left('number 2 has the wrong number of digits'))
  })
})
