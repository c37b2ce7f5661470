/** The writing system a name is in, which decides where its surname sits. @since 0.1.0 @category name */
export type NameScript = 'han' | 'latin' | 'other'

// Names arrive from forms, spreadsheets and chat apps with stray, doubled or
// ideographic (U+3000) spaces; `\s` covers all of them.
const tidy = (name: string): string => name.trim().replace(/\s+/g, ' ')

const HAN = /^\p{Script=Han}/u
const LATIN = /^\p{Script=Latin}/u

/** Classifies a name by its first character; an empty name counts as 'other'. @since 0.1.0 @category name */
export const nameScript = (name: string): NameScript => {
  const first = tidy(name)
  return HAN.test(first) ? 'han' : LATIN.test(first) ? 'latin' : 'other'
}

/** Chinese two-character surnames, in simplified and traditional forms. @since 0.1.0 @category name */
export const COMPOUND_SURNAMES: ReadonlySet<string> = new Set([
  '欧阳', '司马', '诸葛', '上官', '东方', '皇甫', '尉迟', '公孙', '慕容', '长孙',
  '宇文', '司徒', '夏侯', '轩辕', '令狐', '钟离', '澹台', '公冶', '太史', '端木',
  '申屠', '南宫', '独孤', '呼延', '万俟', '闻人', '赫连', '濮阳', '东郭', '西门',
  '拓跋', '百里', '第五', '司空', '仲孙', '叔孙', '左丘', '梁丘', '宗政', '淳于',
  '单于', '太叔', '亓官', '司寇', '巫马', '公西', '漆雕', '乐正', '壤驷', '公良',
  '谷梁', '段干', '羊舌', '微生', '公羊', '闾丘', '东门', '子车', '颛孙',
  '歐陽', '司馬', '諸葛', '東方', '尉遲', '公孫', '長孫', '軒轅', '鍾離', '澹臺',
  '南宮', '獨孤', '聞人', '赫連', '萬俟', '濮陽', '東郭', '西門', '仲孫', '叔孫',
  '單于', '巫馬', '樂正', '壤駟', '穀梁', '閭丘', '東門', '子車', '顓孫',
])

const hanSurname = (name: string): string | undefined => {
  // Spaces inside a Chinese name are padding (e.g. "李　娜" aligned with three-character
  // names), never a separator, so they must not count as characters. Array.from keeps
  // characters outside the BMP (CJK extension B and beyond) whole.
  const chars = Array.from(name.replace(/ /g, ''))
  const firstTwo = chars.slice(0, 2).join('')
  // A two-character name such as 欧阳 is far more likely surname 欧 + given name 阳
  // than a bare compound surname with no given name.
  if (chars.length >= 3 && COMPOUND_SURNAMES.has(firstTwo)) return firstTwo
  return chars[0]
}

// Lowercase is required: "Van Morrison" has a given name Van, "Ludwig van Beethoven"
// a family name "van Beethoven".
const PARTICLES: ReadonlySet<string> = new Set([
  'van', 'von', 'der', 'den', 'de', 'da', 'di', 'du', 'la', 'le',
  'del', 'della', 'dos', 'das', 'ter', 'ten', 'bin', 'al',
])

const SUFFIXES: ReadonlySet<string> = new Set(['Jr', 'Jr.', 'Sr', 'Sr.', 'II', 'III', 'IV'])

// The last word is the family name once suffixes are set aside, and any particles
// directly before it belong to it.
const lastWordSurname = (name: string): string | undefined => {
  const words = name.split(' ').filter((w) => w.length > 0)
  while (words.length > 1 && SUFFIXES.has(words[words.length - 1] ?? '')) words.pop()
  let start = words.length - 1
  while (start > 0 && PARTICLES.has(words[start - 1] ?? '')) start -= 1
  const surname = words.slice(start).join(' ')
  return surname.length > 0 ? surname : undefined
}

const latinSurname = (name: string): string | undefined => {
  // "Martin Luther King, Jr." uses a comma before the suffix, not to put the family
  // name first, so trailing suffix parts are removed before deciding.
  const parts = name.split(',').map((p) => p.trim()).filter((p) => p.length > 0)
  while (parts.length > 1 && SUFFIXES.has(parts[parts.length - 1] ?? '')) parts.pop()
  if (parts.length > 1) return parts[0]
  const only = parts[0]
  return only === undefined ? undefined : lastWordSurname(only)
}

/** The family name to address or sort a person by, or undefined for an empty name. @since 0.1.0 @category name */
export const surnameOf = (name: string): string | undefined => {
  const tidied = tidy(name)
  if (tidied.length === 0) return undefined
  switch (nameScript(tidied)) {
    case 'han':
      return hanSurname(tidied)
    case 'latin':
      return latinSurname(tidied)
    case 'other':
      return tidied.split(' ')[0]
  }
}
