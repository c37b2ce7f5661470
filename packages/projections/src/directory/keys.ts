// How names and phone numbers become index keys, and queries become the same
// kind of keys. Index and query must use exactly these functions, or a
// customer could be indexed under a key no query ever produces.
import { type CustomerKind, parsePhone, phoneDigits, surnameOf } from '@clientele/core'
import * as E from 'fp-ts/lib/Either.js'
import { pinyin } from 'pinyin-pro'

// Forms, spreadsheets and chat apps leave stray, doubled or ideographic spaces.
const tidy = (s: string): string => s.trim().replace(/\s+/g, ' ')

// A space between two wide characters (李　娜, padded to line up with
// three-character names) is padding, never a word break (as surnameOf reads it).
const PADDING = /(?<=[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]) (?=[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}])/gu

/**
 * The form of a name that "part of the name" matches against: width-folded
 * (NFKC, so ＭＡＲＹ is MARY), lower-cased, white space collapsed to one space
 * and dropped between wide characters (李　娜 is 李娜).
 */
export const nameText = (name: string): string => tidy(name.normalize('NFKC')).replace(PADDING, '').toLowerCase()

/** The key of a surname in the index: family names match whatever case and width they were typed in (ＳＭＩＴＨ is smith). */
export const surnameKey = (surname: string): string => tidy(surname.normalize('NFKC')).toLowerCase()

/**
 * A customer's surname, or undefined for organisations and partners: their
 * names (华美装饰有限公司) have no family name, and reading one into them would
 * put a company among the people called 华.
 */
export const surnameFor = (name: string, kind: CustomerKind): string | undefined =>
  kind === 'person' ? surnameOf(name) : undefined

// Letters NFKD does not decompose into a base letter and marks.
const LIGATURES: Readonly<Record<string, string>> = { ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', đ: 'd', ł: 'l', ı: 'i', þ: 'th', ð: 'd' }

/** Words of plain a–z letters: accents dropped (García → garcia), anything else separates words. */
const latinWords = (s: string): string[] =>
  s
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[ßæœøđłıþð]/g, (c) => LIGATURES[c] ?? '')
    .replace(/\p{M}/gu, '')
    .split(/[^a-z]+/)
    .filter((w) => w.length > 0)

const HAN = /\p{Script=Han}/u

/** The pinyin keys of a name. */
export interface PinyinKeys {
  /** Every syllable run together without tones: 李娜 → lina; Latin words are folded in as they are. */
  readonly full: string
  /** The first letter of each syllable or Latin word: 李娜 → ln, Mary Smith → ms. */
  readonly initials: string
}

/**
 * Surnames pinyin-pro's surname mode reads with their everyday sound, as
 * dictionaries of surnames give them: 单于 chányú (not shan yu), 种 Chóng
 * (种师道), 秘 Bì, 祭 Zhài, 藏 Zàng.
 */
const SURNAME_READINGS: ReadonlyMap<string, ReadonlyArray<string>> = new Map([
  ['单于', ['chan', 'yu']],
  ['單于', ['chan', 'yu']],
  ['种', ['chong']],
  ['秘', ['bi']],
  ['祭', ['zhai']],
  ['藏', ['zang']],
])

const hanPinyin = (text: string, kind: CustomerKind, surname: string | undefined): string[] => {
  const options = { toneType: 'none', type: 'array', v: true, nonZh: 'consecutive' } as const
  const reading = surname === undefined ? undefined : SURNAME_READINGS.get(surname)
  if (reading !== undefined && text.startsWith(surname as string)) {
    const rest = text.slice((surname as string).length).trim()
    return rest === '' ? [...reading] : [...reading, ...pinyin(rest, { ...options, surname: 'off' })]
  }
  return pinyin(text, { ...options, surname: kind === 'person' ? 'head' : 'off' })
}

/**
 * Pinyin of a name, ü written v (吕 → lv, as pinyin keyboards type it). A
 * person's name is read in surname mode at its head, so 曾 is zeng, 单 shan,
 * 解 xie; an organisation's is read as ordinary words (单位 is danwei).
 * `surname` is the name's surname as `surnameFor` reads it, passed when known.
 */
export const pinyinKeysOf = (name: string, kind: CustomerKind, surname: string | undefined = surnameFor(name, kind)): PinyinKeys => {
  const text = tidy(name)
  const parts = HAN.test(text) ? hanPinyin(text, kind, surname) : [text]
  const words = parts.flatMap(latinWords)
  return { full: words.join(''), initials: words.map((w) => w[0] ?? '').join('') }
}

/** A pinyin query as a key prefix: case, accents, spaces and separators (xi'an) ignored. */
export const pinyinQuery = (query: string): string => latinWords(query).join('')

// Characters that carry meaning alone: one Han character is a whole syllable of a name.
const WIDE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u

// Splits a name text into wide characters and runs of everything else (letters of
// alphabetic scripts, digits, punctuation, spaces).
const pieces = (text: string): { readonly wide: string[]; readonly runs: string[][] } => {
  const wide: string[] = []
  const runs: string[][] = []
  let run: string[] = []
  for (const c of text) {
    if (WIDE.test(c)) {
      wide.push(c)
      if (run.length > 0) runs.push(run)
      run = []
    } else run.push(c)
  }
  if (run.length > 0) runs.push(run)
  return { wide, runs }
}

/**
 * The keys a name text is indexed under for "part of the name": each wide
 * (Han, kana, Hangul) character alone, and every 1-, 2- and 3-character
 * substring of the other runs (so that `mary`, `ry s` and `mi` all have keys).
 * A lone space is no key: it would post nearly every Western name.
 */
export const nameGrams = (text: string): Set<string> => {
  const { wide, runs } = pieces(text)
  const grams = new Set(wide)
  for (const run of runs)
    for (let n = 1; n <= 3; n++)
      for (let i = 0; i + n <= run.length; i++) {
        const g = run.slice(i, i + n).join('')
        if (g !== ' ') grams.add(g)
      }
  return grams
}

/**
 * The keys whose postings all hold every name containing `text` (already a
 * name text): its wide characters, and for each other run its trigrams, or
 * the run itself when shorter. Candidates are verified by substring afterwards.
 */
export const queryGrams = (text: string): string[] => {
  const { wide, runs } = pieces(text)
  const grams = new Set(wide)
  for (const run of runs) {
    if (run.length < 3) {
      const g = run.join('')
      if (g !== ' ') grams.add(g)
    } else for (let i = 0; i + 3 <= run.length; i++) grams.add(run.slice(i, i + 3).join(''))
  }
  return [...grams]
}

/** The phone index keys of one stored (normalised) number. */
export interface PhoneKeys {
  readonly digits: string
  readonly lastFour: string
  readonly trigrams: ReadonlyArray<string>
}

/** Keys of a normalised number: its digits (010-12345678 → 01012345678), their last four and every 3-digit substring. */
export const phoneKeysOf = (phone: string): PhoneKeys => {
  const digits = phoneDigits(phone)
  const trigrams = new Set<string>()
  for (let i = 0; i + 3 <= digits.length; i++) trigrams.add(digits.slice(i, i + 3))
  return { digits, lastFour: digits.slice(-4), trigrams: [...trigrams] }
}

/** The shortest phone fragment looked up: two digits would match most of the shop. @since 0.1.0 @category directory */
export const MIN_PHONE_FRAGMENT = 3

/** Why a phone look-up could not be made. @since 0.1.0 @category directory */
export type LookupError =
  | { readonly _tag: 'FragmentTooShort'; readonly minimum: typeof MIN_PHONE_FRAGMENT }
  | { readonly _tag: 'NotAPhoneFragment' }

// Chinese input methods type full-width digits and signs (０-９, ＋, －, （）).
const toHalfWidth = (s: string): string => s.replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
const NOISE = /[\s\-.()\u2010-\u2015\u2212]/g

/**
 * The digits a phone query looks for. A whole number is normalised as a
 * stored one is (+86 138-1234-5678 → 13812345678, +86 10 … → 010…); a
 * fragment loses its separators and a leading +86, 0086 or +.
 */
export const phoneQueryDigits = (fragment: string): E.Either<LookupError, string> => {
  const whole = parsePhone(fragment)
  if (E.isRight(whole)) return E.right(phoneDigits(whole.right.normalised))
  const compact = toHalfWidth(fragment).replace(NOISE, '')
  const digits = compact.replace(/^(?:\+86|0086|\+)/, '')
  if (!/^\d*$/.test(digits)) return E.left({ _tag: 'NotAPhoneFragment' })
  if (digits.length < MIN_PHONE_FRAGMENT) return E.left({ _tag: 'FragmentTooShort', minimum: MIN_PHONE_FRAGMENT })
  return E.right(digits)
}

/** Whether a query reads as (part of) a phone number: digits with at most phone punctuation. */
export const looksLikePhone = (query: string): boolean => {
  const half = toHalfWidth(query)
  return /\d/.test(half) && /^[\d\s\-.()+\u2010-\u2015\u2212]+$/.test(half)
}

/** Whether a query holds Han characters (a Chinese name or part of one). */
export const hasHan = (query: string): boolean => HAN.test(query)

/** Whether a query holds Latin letters (pinyin or a Western name). */
export const hasLatin = (query: string): boolean => /\p{Script=Latin}/u.test(query)
