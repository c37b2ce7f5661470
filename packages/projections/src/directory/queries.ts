// Look-ups at the counter: by surname, part of the name, pinyin and phone.
// Each reads postings and sorted sequences only; none walks every customer.
import type { CustomerId, CustomerKind, LocalDate, Phone } from '@clientele/core'
import * as E from 'fp-ts/lib/Either.js'
import {
  hasHan,
  hasLatin,
  looksLikePhone,
  type LookupError,
  nameText,
  phoneQueryDigits,
  pinyinQuery,
  queryGrams,
  surnameKey,
} from './keys.js'
import { mapOrdered, sliceOrdered, takeFrom } from './ordered.js'
import { postingOf, type Postings } from './postings.js'
import { compareByName, compareText } from './orders.js'
import type { DirectoryEntry, DirectoryState } from './state.js'

/** What a look-up shows of a customer: enough to pick the right one at the counter and open the profile. @since 0.1.0 @category directory */
export interface CustomerSummary {
  readonly customerId: CustomerId
  readonly name: string
  readonly kind: CustomerKind
  readonly phones: ReadonlyArray<Phone>
  readonly lastPurchaseOn?: LocalDate
  readonly totalSpent: number
}

/** The summary of an entry (a fresh object, so the state's entries never leak out). */
export const summaryOf = (e: DirectoryEntry): CustomerSummary =>
  e.lastPurchaseOn === undefined
    ? { customerId: e.customerId, name: e.name, kind: e.kind, phones: e.phones, totalSpent: e.totalSpent }
    : { customerId: e.customerId, name: e.name, kind: e.kind, phones: e.phones, lastPurchaseOn: e.lastPurchaseOn, totalSpent: e.totalSpent }

// The smallest of the postings under `keys`, which holds every customer that all
// of them hold; empty when any key has none. NOTE: no intersection: each caller
// checks every candidate against the whole query (its name text contains the
// text, its numbers' digits contain the digits), a test that only a customer
// posted under every key passes and that costs about as much as a membership
// test; it costs the size of the rarest key, not of the most common.
const smallestPosting = (postings: Postings, keys: Iterable<string>): ReadonlyArray<DirectoryEntry> => {
  let smallest: ReadonlyArray<DirectoryEntry> | undefined
  for (const key of keys) {
    const entries = postingOf(postings, key)
    if (entries.length === 0) return entries
    if (smallest === undefined || entries.length < smallest.length) smallest = entries
  }
  return smallest ?? []
}

const inNameOrder = (entries: DirectoryEntry[]): CustomerSummary[] => entries.sort(compareByName).map(summaryOf)

/** A window of a result list: `limit` results from `offset` on. @since 0.1.0 @category directory */
export interface ResultPage {
  readonly offset: number
  readonly limit: number
}

/**
 * Everyone with this surname, in any case, in name order: 欧 does not find
 * 欧阳娜娜 (her surname is 欧阳); organisations have none. A common surname
 * (李, 王) has thousands of customers in a big shop: pass `page` to take one
 * screenful, at a cost that does not grow with the rest, and `countBySurname`
 * for the total.
 *
 * @example
 * findBySurname(state, '李', { offset: 0, limit: 50 })
 *
 * @since 0.1.0
 * @category directory
 */
export const findBySurname = (state: DirectoryState, surname: string, page?: ResultPage): ReadonlyArray<CustomerSummary> => {
  const entries = state.bySurname.get(surnameKey(surname))
  if (entries === undefined) return []
  if (page === undefined) return mapOrdered(entries, summaryOf)
  const from = wholeNumber(page.offset)
  return sliceOrdered(entries, from, from + wholeNumber(page.limit)).map(summaryOf)
}

/** How many customers have this surname (see `findBySurname`). @since 0.1.0 @category directory */
export const countBySurname = (state: DirectoryState, surname: string): number => state.bySurname.get(surnameKey(surname))?.size ?? 0

// Negative, fractional or NaN offsets and limits as whole non-negative numbers.
const wholeNumber = (n: number): number => (Number.isFinite(n) ? Math.max(0, Math.floor(n)) : n > 0 ? Number.MAX_SAFE_INTEGER : 0)

// Candidates come from the smallest of the postings of the query's Han characters and
// of the trigrams of its other runs; each is then checked for the whole text.
/** Everyone whose name contains the text, ignoring case, width and extra spaces (`ry sm` finds Mary Smith), in name order. @since 0.1.0 @category directory */
export const findByNamePart = (state: DirectoryState, text: string): ReadonlyArray<CustomerSummary> => {
  const query = nameText(text)
  if (query.length === 0) return []
  return inNameOrder(smallestPosting(state.byNameGram, queryGrams(query)).filter((e) => e.nameText.includes(query)))
}

// Both kept sequences sort by their key first, so the matches of a prefix sit together
// from the first key not below it: two binary searches and a walk over the matches.
/** Everyone whose full pinyin (lina) or initials (ln) start with the query, ignoring case, spaces and apostrophes, ü typed v; in name order. @since 0.1.0 @category directory */
export const findByPinyin = (state: DirectoryState, query: string): ReadonlyArray<CustomerSummary> => {
  const prefix = pinyinQuery(query)
  if (prefix.length === 0) return []
  // Both sequences sort by their key first, so the matches of a prefix sit together
  // from the first key not below it.
  const byFull = takeFrom(
    state.byName,
    (e) => compareText(e.pinyinFull, prefix),
    (e) => e.pinyinFull.startsWith(prefix),
  )
  const byInitials = takeFrom(
    state.byInitials,
    (e) => compareText(e.pinyinInitials, prefix),
    (e) => e.pinyinInitials.startsWith(prefix),
  )
  if (byInitials.length === 0) return byFull.map(summaryOf)
  return inNameOrder([...new Set([...byFull, ...byInitials])])
}

/** Where the digits must sit in a number: anywhere, at the end (尾号, "ends in 5678") or as the whole number. @since 0.1.0 @category directory */
export type PhoneMatch = 'anywhere' | 'end' | 'whole'

// A superset of the numbers holding the digits (findByPhone ranks each candidate's numbers against them).
const trigramCandidates = (state: DirectoryState, digits: string): ReadonlyArray<DirectoryEntry> =>
  smallestPosting(state.byPhoneTrigram, Array.from({ length: digits.length - 2 }, (_, i) => digits.slice(i, i + 3)))

// A superset of the customers with a number matching `digits` as `match` asks.
const phoneCandidates = (state: DirectoryState, digits: string, match: PhoneMatch): Iterable<DirectoryEntry> => {
  if (match === 'whole') return postingOf(state.byPhone, digits)
  if (match === 'end' && digits.length >= 4) return postingOf(state.byLastFour, digits.slice(-4))
  return trigramCandidates(state, digits)
}

// How well a customer's numbers match: 0 the whole number, 1 its end, 2 inside, 3 not at all.
const phoneRank = (e: DirectoryEntry, digits: string): number => {
  // Most candidates of a short fragment miss; the joined digits tell at once.
  if (!e.phoneDigits.includes(digits)) return 3
  let best = 3
  for (const own of e.phoneDigits.split(' ')) best = Math.min(best, own === digits ? 0 : own.endsWith(digits) ? 1 : own.includes(digits) ? 2 : 3)
  return best
}

const WORST_RANK: Readonly<Record<PhoneMatch, number>> = { whole: 0, end: 1, anywhere: 2 }

// The query may be a whole number in any spelling (+86 138-1234-5678), the last four
// digits or any run of at least three; text is refused with NotAPhoneFragment.
/** Customers whose numbers hold the query's digits, whole numbers first, then endings, then the rest; fewer than 3 digits match too much of the shop and are refused. @since 0.1.0 @category directory */
export const findByPhone = (
  state: DirectoryState,
  query: string,
  match: PhoneMatch = 'anywhere',
): E.Either<LookupError, ReadonlyArray<CustomerSummary>> => {
  const parsed = phoneQueryDigits(query)
  if (E.isLeft(parsed)) return parsed
  const digits = parsed.right
  const worst = WORST_RANK[match]
  const ranked: { readonly entry: DirectoryEntry; readonly rank: number }[] = []
  for (const entry of phoneCandidates(state, digits, match)) {
    const rank = phoneRank(entry, digits)
    if (rank <= worst) ranked.push({ entry, rank })
  }
  ranked.sort((a, b) => a.rank - b.rank || compareByName(a.entry, b.entry))
  return E.right(ranked.map((r) => summaryOf(r.entry)))
}

// Concatenates result lists, keeping each customer at their first (best) place.
const rankedUnion = (...lists: ReadonlyArray<ReadonlyArray<CustomerSummary>>): CustomerSummary[] => {
  const seen = new Set<CustomerId>()
  const out: CustomerSummary[] = []
  for (const list of lists)
    for (const s of list)
      if (!seen.has(s.customerId)) {
        seen.add(s.customerId)
        out.push(s)
      }
  return out
}

/** One search box: digits look up phones; Han finds the surname, then names containing it; Latin finds Western surnames, then pinyin, then name parts. @since 0.1.0 @category directory */
export const search = (state: DirectoryState, query: string): E.Either<LookupError, ReadonlyArray<CustomerSummary>> => {
  const q = query.trim()
  if (q.length === 0) return E.right([])
  if (looksLikePhone(q)) return findByPhone(state, q)
  if (hasHan(q)) return E.right(rankedUnion(findBySurname(state, q), findByNamePart(state, q)))
  if (hasLatin(q)) return E.right(rankedUnion(findBySurname(state, q), findByPinyin(state, q), findByNamePart(state, q)))
  return E.right(findByNamePart(state, q))
}
