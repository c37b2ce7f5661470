// One stored day's anniversaries (a bucket of the date index), laid out as
// columns so that a query builds its answer without reading any object.
//
// NOTE: a month-day query on 100,000 customers answers a few hundred dates.
// Reading each anniversary object and its date to decide whether it falls
// that year, then each customer id to merge two buckets, cost several cache
// misses per answer (the objects are scattered over the heap): about 0.6 ms
// a query. Every date in a bucket has the same month, day and calendar, so
// its own year is all that tells them apart; that year, an order key and
// the fields an answer copies are kept in arrays read front to back.
import { type CustomerId, type EntityId, isUuid } from '@clientele/core'
import type { IndexedAnniversary } from './dateIndex.js'

/**
 * A bucket: one column per field, every column in the same order (customer
 * id, then anniversary id). Plain arrays, so `structuredClone` copies it.
 *
 * @since 0.1.0
 * @category dateIndex
 */
export interface DateBucket {
  /** Each date's `orderKeyOf(customerId)`. */
  readonly keys: number[]
  /** Each date's own year (Gregorian or lunar, as stored), or `NO_YEAR`. */
  readonly years: number[]
  readonly customerIds: CustomerId[]
  readonly anniversaryIds: EntityId[]
  readonly kinds: Array<IndexedAnniversary['kind']>
  readonly relations: Array<IndexedAnniversary['relation']>
  readonly dates: Array<IndexedAnniversary['date']>
  readonly personNames: Array<IndexedAnniversary['personName']>
}

/** The year of a date stored without one: before every year, so it always "has happened". */
export const NO_YEAR = -1

/**
 * The first 48 bits of a customer id (a lower-case uuid: 8 hex digits, a
 * dash, 4 hex digits) as a number: ids with different keys compare as their
 * keys do, and only equal keys need the strings compared.
 */
export const orderKeyOf = (customerId: CustomerId): number => {
  // Another kind of id would give no key (NaN), and a bucket sorted on it
  // would lose dates without a sound: the projection stops instead.
  if (!isUuid(customerId)) throw new Error('dateIndex: a customer id is not a lower-case uuid')
  return Number.parseInt(customerId.slice(0, 8), 16) * 65_536 + Number.parseInt(customerId.slice(9, 13), 16)
}

/** Orders two dates by customer id, then anniversary id (code units, never the locale); reads the ids only when the keys tie. */
export const compareDates = (keyA: number, customerA: CustomerId, anniversaryA: EntityId, keyB: number, customerB: CustomerId, anniversaryB: EntityId): number =>
  keyA !== keyB
    ? keyA < keyB ? -1 : 1
    : customerA !== customerB
      ? customerA < customerB ? -1 : 1
      : anniversaryA < anniversaryB ? -1 : anniversaryA > anniversaryB ? 1 : 0

/** An empty bucket. */
export const emptyBucket = (): DateBucket => ({ keys: [], years: [], customerIds: [], anniversaryIds: [], kinds: [], relations: [], dates: [], personNames: [] })

/** The first place whose date is not before the given one. */
const placeOf = (b: DateBucket, key: number, customerId: CustomerId, anniversaryId: EntityId): number => {
  let lo = 0
  let hi = b.keys.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (compareDates(b.keys[mid] as number, b.customerIds[mid] as CustomerId, b.anniversaryIds[mid] as EntityId, key, customerId, anniversaryId) < 0) lo = mid + 1
    else hi = mid
  }
  return lo
}

/** Puts a date in its place (a bucket holds a few hundred dates even for 100,000 customers, so the move is short). */
export const insertInto = (b: DateBucket, a: IndexedAnniversary): void => {
  const key = orderKeyOf(a.customerId)
  const at = placeOf(b, key, a.customerId, a.anniversaryId)
  b.keys.splice(at, 0, key)
  b.years.splice(at, 0, a.date.year ?? NO_YEAR)
  b.customerIds.splice(at, 0, a.customerId)
  b.anniversaryIds.splice(at, 0, a.anniversaryId)
  b.kinds.splice(at, 0, a.kind)
  b.relations.splice(at, 0, a.relation)
  b.dates.splice(at, 0, a.date)
  b.personNames.splice(at, 0, a.personName)
}

/** Takes a customer's date out; reports whether it was there. */
export const removeFrom = (b: DateBucket, customerId: CustomerId, anniversaryId: EntityId): boolean => {
  const at = placeOf(b, orderKeyOf(customerId), customerId, anniversaryId)
  if (b.customerIds[at] !== customerId || b.anniversaryIds[at] !== anniversaryId) return false
  for (const column of [b.keys, b.years, b.customerIds, b.anniversaryIds, b.kinds, b.relations, b.dates, b.personNames]) column.splice(at, 1)
  return true
}
