import { describe, it, expect } from 'vitest'
import fc from 'fast-check'
import { COMPOUND_SURNAMES, nameScript, surnameOf } from './surname.js'

describe('nameScript', () => {
  it.each([
    ['李娜', 'han'],
    ['  歐陽娜娜', 'han'],
    ['Mary Smith', 'latin'],
    ['Émile Zola', 'latin'],
    ['Владимир Набоков', 'other'],
    ['김민준', 'other'],
    ['', 'other'],
  ] as const)('%s → %s', (name, script) => {
    expect(nameScript(name)).toBe(script)
  })
})

describe('surnameOf: Han names', () => {
  it.each([
    ['李娜', '李'],
    ['王小明', '王'],
    ['欧阳娜娜', '欧阳'],
    ['欧阳修', '欧阳'],
    ['司马光', '司马'],
    ['诸葛亮', '诸葛'],
    ['上官婉儿', '上官'],
    ['歐陽娜娜', '歐陽'],
    ['司馬懿', '司馬'],
    ['欧阳', '欧'],
    ['曾小贤', '曾'],
    ['单田芳', '单'],
    ['解缙', '解'],
    ['李', '李'],
    ['  李娜  ', '李'],
    ['李　娜', '李'],
    ['欧阳 娜娜', '欧阳'],
    ['𠮷野家', '𠮷'],
  ])('%s → %s', (name, surname) => {
    expect(surnameOf(name)).toBe(surname)
  })
})

describe('surnameOf: Latin names', () => {
  it.each([
    ['Mary Smith', 'Smith'],
    ['Smith, Mary', 'Smith'],
    ['  Mary   Smith ', 'Smith'],
    ['Mary Ann Smith', 'Smith'],
    ['Martin Luther King Jr.', 'King'],
    ['Martin Luther King, Jr.', 'King'],
    ['Martin Luther King Jr', 'King'],
    ['John Smith Sr.', 'Smith'],
    ['Henry Ford II', 'Ford'],
    ['Louis III', 'Louis'],
    ['Ludwig van Beethoven', 'van Beethoven'],
    ['Vincent van der Berg', 'van der Berg'],
    ['Leonardo da Vinci', 'da Vinci'],
    ['Charles de Gaulle', 'de Gaulle'],
    ['Van Morrison', 'Morrison'],
    ['van Beethoven, Ludwig', 'van Beethoven'],
    ['Madonna', 'Madonna'],
  ])('%s → %s', (name, surname) => {
    expect(surnameOf(name)).toBe(surname)
  })
})

describe('surnameOf: other scripts and empty input', () => {
  it.each([
    ['Владимир Набоков', 'Владимир'],
    ['김 민준', '김'],
  ])('%s → %s', (name, surname) => {
    expect(surnameOf(name)).toBe(surname)
  })

  it.each(['', '   ', '\u3000', '\t\n'])('%j → undefined', (name) => {
    expect(surnameOf(name)).toBeUndefined()
  })
})

describe('COMPOUND_SURNAMES', () => {
  it('holds only two-character Han strings', () => {
    for (const s of COMPOUND_SURNAMES) {
      expect(Array.from(s)).toHaveLength(2)
      expect(nameScript(s)).toBe('han')
    }
  })

  it('includes simplified and traditional forms', () => {
    expect(COMPOUND_SURNAMES.has('欧阳')).toBe(true)
    expect(COMPOUND_SURNAMES.has('歐陽')).toBe(true)
    expect(COMPOUND_SURNAMES.has('颛孙')).toBe(true)
  })

  // Every simplified compound whose traditional spelling differs has that spelling too:
  // without it 西門慶安 would read as surname 西, as 欧 must not be read out of 欧阳.
  it.each([
    ['欧阳', '歐陽'], ['司马', '司馬'], ['诸葛', '諸葛'], ['东方', '東方'], ['尉迟', '尉遲'], ['公孙', '公孫'], ['长孙', '長孫'],
    ['轩辕', '軒轅'], ['钟离', '鍾離'], ['澹台', '澹臺'], ['南宫', '南宮'], ['独孤', '獨孤'], ['闻人', '聞人'], ['赫连', '赫連'],
    ['万俟', '萬俟'], ['濮阳', '濮陽'], ['东郭', '東郭'], ['西门', '西門'], ['仲孙', '仲孫'], ['叔孙', '叔孫'], ['单于', '單于'],
    ['巫马', '巫馬'], ['乐正', '樂正'], ['壤驷', '壤駟'], ['谷梁', '穀梁'], ['闾丘', '閭丘'], ['东门', '東門'], ['子车', '子車'],
    ['颛孙', '顓孫'],
  ])('has %s and its traditional form %s', (simplified, traditional) => {
    expect(COMPOUND_SURNAMES.has(simplified)).toBe(true)
    expect(COMPOUND_SURNAMES.has(traditional)).toBe(true)
    expect(surnameOf(`${traditional}慶安`)).toBe(traditional)
  })
})

describe('surnameOf properties', () => {
  const hanChar = fc.integer({ min: 0x4e00, max: 0x9fff }).map((cp) => String.fromCodePoint(cp))
  const givenName = fc.array(hanChar, { minLength: 1, maxLength: 2 }).map((cs) => cs.join(''))
  const compound = fc.constantFrom(...COMPOUND_SURNAMES)
  const compoundStarts = new Set(Array.from(COMPOUND_SURNAMES, (s) => Array.from(s)[0]))
  const singleSurname = hanChar.filter((c) => !compoundStarts.has(c))

  it('a compound surname followed by a one- or two-character given name is found whole', () => {
    fc.assert(
      fc.property(compound, givenName, (s, g) => {
        expect(surnameOf(s + g)).toBe(s)
      }),
    )
  })

  it('a single-character surname that cannot start a compound is found alone', () => {
    fc.assert(
      fc.property(singleSurname, givenName, (c, g) => {
        expect(surnameOf(c + g)).toBe(c)
      }),
    )
  })
})
