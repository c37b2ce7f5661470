// Browsing everyone, a page at a time: by name from the kept name order, by
// total spent or last purchase from a sort made on demand and reused while the
// directory has not changed.
import { type Ordered, sliceOrdered } from './ordered.js'
import { compareByLastPurchase, compareByName, compareByTotalSpent } from './orders.js'
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

const sliceArray = (xs: ReadonlyArray<DirectoryEntry>, from: number, to: number, descending: boolean): DirectoryEntry[] =>
  descending ? xs.slice(Math.max(0, xs.length - to), Math.max(0, xs.length - from)).reverse() : xs.slice(from, to)

/** The orders sorted on demand. */
interface SortedOrders {
  readonly byTotalSpent: ReadonlyArray<DirectoryEntry>
  readonly byLastPurchase: ReadonlyArray<DirectoryEntry>
  readonly neverBought: ReadonlyArray<DirectoryEntry>
}

// NOTE: a cache beside the state, not in it: the state stays plain data that
// checkpoints and equality see as before (it depends only on who is in it), and a
// state dropped by its owner drops its cache.
const sorted = new WeakMap<DirectoryState, SortedOrders>()

/** Internal to the directory: drops the sorts of a state whose names, totals, last purchase days or customers changed. */
export const forgetSortedOrders = (state: DirectoryState): void => {
  sorted.delete(state)
}

const sortedOrders = (state: DirectoryState): SortedOrders => {
  const cached = sorted.get(state)
  if (cached !== undefined) return cached
  const everyone = [...state.customers.values()]
  const buyers = everyone.filter((e) => e.lastPurchaseOn !== undefined)
  const orders: SortedOrders = {
    byTotalSpent: everyone.sort(compareByTotalSpent),
    byLastPurchase: buyers.sort(compareByLastPurchase),
    neverBought: [...state.customers.values()].filter((e) => e.lastPurchaseOn === undefined).sort(compareByName),
  }
  sorted.set(state, orders)
  return orders
}

// Names sort by pinyin, then the name, then the id; amounts and days tie-break in that
// name order. A page by name is read from the kept sequence, so it costs the same
// wherever it is; the first page by money or date after a change costs one sort.
/** A page of everyone; `desc` is the exact reverse of `asc`, except that customers who never bought come last, in name order, either way. @since 0.1.0 @category directory */
export const listCustomers = (state: DirectoryState, options: ListOptions): CustomerPage => {
  const from = whole(options.offset)
  const to = from + whole(options.limit)
  const descending = (options.direction ?? DEFAULT_DIRECTION[options.sortBy]) === 'desc'
  const total = state.customers.size
  let entries: DirectoryEntry[]
  if (options.sortBy === 'name') entries = sliceIn(state.byName, from, to, descending)
  else if (options.sortBy === 'totalSpent') entries = sliceArray(sortedOrders(state).byTotalSpent, from, to, descending)
  else {
    const orders = sortedOrders(state)
    const buyers = orders.byLastPurchase.length
    entries = [
      ...(from < buyers ? sliceArray(orders.byLastPurchase, from, Math.min(to, buyers), descending) : []),
      ...(to > buyers ? orders.neverBought.slice(Math.max(0, from - buyers), to - buyers) : []),
    ]
  }
  return { total, items: entries.map(summaryOf) }
}
