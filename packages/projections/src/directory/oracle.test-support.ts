// The directory's answers computed the slow, obvious way: fold the events
// into a plain customer list and scan all of it. Tests only. Shares no code
// with the directory beyond the core's `surnameOf` and `phoneDigits` and the
// pinyin-pro library itself.
import { type CustomerId, type CustomerKind, type LocalDate, type Phone, phoneDigits, surnameOf } from '@clientele/core'
import type { StreamEvent } from '@clientele/core/testing'
import { pinyin } from 'pinyin-pro'
import type { CustomerSummary, ListOptions } from './index.js'

export interface Known {
  readonly customerId: CustomerId
  readonly name: string
  readonly kind: CustomerKind
  readonly phones: ReadonlyArray<Phone>
  readonly lastPurchaseOn?: LocalDate
  readonly totalSpent: number
  readonly full: string
  readonly initials: string
}

const tidy = (s: string): string => s.trim().replace(/\s+/g, ' ')

const letters = (s: string): string[] =>
  s
    .normalize('NFKD')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/æ/g, 'ae')
    .replace(/œ/g, 'oe')
    .replace(/ø/g, 'o')
    .replace(/đ/g, 'd')
    .replace(/ł/g, 'l')
    .replace(/ı/g, 'i')
    .replace(/þ/g, 'th')
    .replace(/ð/g, 'd')
    .replace(/\p{M}/gu, '')
    .split(/[^a-z]+/)
    .filter((w) => w !== '')

// Surnames whose reading the directory sets itself (pinyin-pro reads them otherwise).
// A Map, not an object: a name such as "constructor" must not find Object's own properties.
const SURNAME_SOUNDS: ReadonlyMap<string, string[]> = new Map([['单于', ['chan', 'yu']], ['單于', ['chan', 'yu']], ['种', ['chong']], ['秘', ['bi']], ['祭', ['zhai']], ['藏', ['zang']]])

/** Pinyin recomputed straight from pinyin-pro: surname reading for people, v for ü; the surnames above read as listed. */
export const pinyinWordsOf = (name: string, kind: CustomerKind): string[] => {
  const syllables = pinyin(tidy(name), { toneType: 'none', type: 'array', v: true, nonZh: 'consecutive', surname: kind === 'person' ? 'head' : 'off' })
  const surname = kind === 'person' ? surnameOf(name) : undefined
  const sounds = surname === undefined ? undefined : SURNAME_SOUNDS.get(surname)
  // pinyin-pro gives one syllable per Han character, so the surname's are the first ones.
  if (sounds !== undefined && tidy(name).startsWith(surname as string)) syllables.splice(0, sounds.length, ...sounds)
  return syllables.flatMap(letters)
}

const known = (customerId: CustomerId, name: string, kind: CustomerKind, phones: ReadonlyArray<Phone>): Known => {
  const words = pinyinWordsOf(name, kind)
  return { customerId, name, kind, phones, totalSpent: 0, full: words.join(''), initials: words.map((w) => w[0]).join('') }
}

/** The customers at the end of a history, as plain records. */
export const customersAfter = (events: ReadonlyArray<StreamEvent>, currency = 'CNY'): Known[] => {
  const all = new Map<CustomerId, Known>()
  for (const { event } of events) {
    const id = event.data.customerId
    const c = all.get(id)
    if (event.type === 'CustomerRegistered') {
      if (c === undefined) all.set(id, known(id, event.data.name, event.data.kind, event.data.phones ?? []))
      continue
    }
    if (c === undefined) continue
    if (event.type === 'ContactDetailsChanged') {
      const renamed = known(id, event.data.name ?? c.name, c.kind, event.data.phones ?? c.phones)
      all.set(id, { ...c, ...renamed, totalSpent: c.totalSpent })
    } else if (event.type === 'PurchaseLogged') {
      const { purchasedOn, amount } = event.data
      const last = c.lastPurchaseOn === undefined || purchasedOn > c.lastPurchaseOn ? purchasedOn : c.lastPurchaseOn
      all.set(id, { ...c, lastPurchaseOn: last, totalSpent: c.totalSpent + (amount.currency === currency ? amount.amount : 0) })
    } else if (event.type === 'PurchaseRefunded') {
      if (event.data.amount.currency === currency) all.set(id, { ...c, totalSpent: c.totalSpent - event.data.amount.amount })
    } else if (event.type === 'CustomerForgotten') all.delete(id)
  }
  return [...all.values()]
}

const cmp = (a: string | number, b: string | number): number => (a < b ? -1 : a > b ? 1 : 0)

/** Name order, written out: pinyin, then name, then id. */
export const byName = (a: Known, b: Known): number => cmp(a.full, b.full) || cmp(a.name, b.name) || cmp(a.customerId, b.customerId)

export const summary = (c: Known): CustomerSummary => ({
  customerId: c.customerId,
  name: c.name,
  kind: c.kind,
  phones: c.phones,
  ...(c.lastPurchaseOn === undefined ? {} : { lastPurchaseOn: c.lastPurchaseOn }),
  totalSpent: c.totalSpent,
})

const inNameOrder = (cs: Known[]): CustomerSummary[] => [...cs].sort(byName).map(summary)
const key = (s: string): string => tidy(s.normalize('NFKC')).toLowerCase()

export const surnameScan = (cs: Known[], q: string): CustomerSummary[] =>
  inNameOrder(
    cs.filter((c) => {
      const surname = c.kind === 'person' ? surnameOf(c.name) : undefined
      return surname !== undefined && key(surname) === key(q)
    }),
  )

const isWide = (c: string | undefined): boolean => c !== undefined && /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u.test(c)

/** Width-folded, lower-cased, spaces collapsed, and none left between two wide characters. */
export const nameTextOf = (s: string): string => {
  const chars = Array.from(key(s))
  return chars.filter((c, i) => !(c === ' ' && isWide(chars[i - 1]) && isWide(chars[i + 1]))).join('')
}

export const namePartScan = (cs: Known[], q: string): CustomerSummary[] => {
  const text = nameTextOf(q)
  return text === '' ? [] : inNameOrder(cs.filter((c) => nameTextOf(c.name).includes(text)))
}

export const pinyinScan = (cs: Known[], q: string): CustomerSummary[] => {
  const prefix = letters(q).join('')
  return prefix === '' ? [] : inNameOrder(cs.filter((c) => c.full.startsWith(prefix) || c.initials.startsWith(prefix)))
}

/** Customers with a number holding `digits` (already plain digits), best match first. */
export const phoneScan = (cs: Known[], digits: string, match: 'anywhere' | 'end' | 'whole'): CustomerSummary[] => {
  const rankOf = (c: Known): number =>
    Math.min(3, ...c.phones.map((p) => phoneDigits(p)).map((d) => (d === digits ? 0 : d.endsWith(digits) ? 1 : d.includes(digits) ? 2 : 3)))
  const worst = match === 'whole' ? 0 : match === 'end' ? 1 : 2
  return cs
    .map((c) => ({ c, rank: rankOf(c) }))
    .filter((r) => r.rank <= worst)
    .sort((a, b) => a.rank - b.rank || byName(a.c, b.c))
    .map((r) => summary(r.c))
}

/** Everyone in the order `listCustomers` pages through. */
export const listScan = (cs: Known[], options: Pick<ListOptions, 'sortBy' | 'direction'>): CustomerSummary[] => {
  const direction = options.direction ?? (options.sortBy === 'name' ? 'asc' : 'desc')
  const flip = <T>(xs: T[]): T[] => (direction === 'desc' ? xs.reverse() : xs)
  if (options.sortBy === 'name') return flip([...cs].sort(byName)).map(summary)
  if (options.sortBy === 'totalSpent') return flip([...cs].sort((a, b) => a.totalSpent - b.totalSpent || byName(a, b))).map(summary)
  const buyers = cs.filter((c) => c.lastPurchaseOn !== undefined).sort((a, b) => cmp(a.lastPurchaseOn ?? '', b.lastPurchaseOn ?? '') || byName(a, b))
  return [...flip(buyers), ...cs.filter((c) => c.lastPurchaseOn === undefined).sort(byName)].map(summary)
}
