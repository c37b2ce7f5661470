// Browsing everyone, a page at a time, in one of the kept orders.
import { type Ordered, sliceOrdered } from './ordered.js'
import { type CustomerSummary, summaryOf } from './queries.js'
import type { DirectoryEntry, DirectoryState } from './state.js'

/** What a list is sorted by. @since 0.1.0 @category directory */
export type ListSortBy = 'name' | 'lastPurchase' | 'totalSpent'

/** Which page of which order; the direction defaults to what an owner browses for: names A–Z, the latest and the biggest spenders first. @since 0.1.0 @category directory */
export interface ListOptions {
  readonly sortBy: ListSortBy
  readonly direction?: 'asc' | 'desc'
  /** How many customers to skip; negative or fractional values are clamped to whole non-negative ones. */
  readonly offset: number
  readonly limit: number
}

/** One page and how many customers there are in all. @since 0.1.0 @category directory */
export interface CustomerPage {
  readonly total: number
  readonly items: ReadonlyArray<CustomerSummary>
}

const DEFAULT_DIRECTION: Readonly<Record<ListSortBy, 'asc' | 'desc'>> = { name: 'asc', lastPurchase: 'desc', totalSpent: 'desc' }

const whole = (n: number): number => (Number.isFinite(n) ? Math.max(0, Math.floor(n)) : n > 0 ? Number.MAX_SAFE_INTEGER : 0)

// Offsets [from, to) of a sequence read forwards or backwards.
const sliceIn = (o: Ordered<DirectoryEntry>, from: number, to: number, descending: boolean): DirectoryEntry[] =>
  descending ? sliceOrdered(o, Math.max(0, o.size - to), o.size - from).reverse() : sliceOrdered(o, from, to)

// Names sort by pinyin, then the name, then the id; amounts and days tie-break in that
// name order. Pages are read from kept sorted sequences, so a page costs the same
// wherever it is.
/** A page of everyone; `desc` is the exact reverse of `asc`, except that customers who never bought come last, in name order, either way. @since 0.1.0 @category directory */
export const listCustomers = (state: DirectoryState, options: ListOptions): CustomerPage => {
  const from = whole(options.offset)
  const to = from + whole(options.limit)
  const descending = (options.direction ?? DEFAULT_DIRECTION[options.sortBy]) === 'desc'
  const total = state.customers.size
  let entries: DirectoryEntry[]
  if (options.sortBy === 'name') entries = sliceIn(state.byName, from, to, descending)
  else if (options.sortBy === 'totalSpent') entries = sliceIn(state.byTotalSpent, from, to, descending)
  else {
    const buyers = state.byLastPurchase.size
    entries = [
      ...(from < buyers ? sliceIn(state.byLastPurchase, from, Math.min(to, buyers), descending) : []),
      ...(to > buyers ? sliceOrdered(state.neverBought, Math.max(0, from - buyers), to - buyers) : []),
    ]
  }
  return { total, items: entries.map(summaryOf) }
}
