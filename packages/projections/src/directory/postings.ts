// Posting lists: key → the entries indexed under it.
//
// NOTE: a key held by one customer only (a whole phone number, nearly always)
// stores the entry itself instead of a one-element list. Measured at 100,000
// customers, the whole-number index took about 270 bytes per customer with a
// collection per number and a fraction of that without. Lists rather than Sets:
// a registration posts each customer under a dozen or more keys (phone trigrams,
// name characters), and adding to a Set cost about a third of the directory's
// rebuild time in a CPU profile, several times a push. Queries never need a
// posting's membership test: they walk the smallest posting and check each
// candidate against the whole query (see `queries.ts`). Plain entries and
// arrays both survive `structuredClone`.
import type { DirectoryEntry } from './state.js'

/** Key → its entries: the entry itself while it is the only one, a list (in the order posted) from the second on. */
export type Postings = Map<string, DirectoryEntry | DirectoryEntry[]>

/**
 * Adds an entry under a key, once.
 *
 * NOTE: the repeat check reads only the last element: all of one customer's
 * keys are posted in one go (a registration or a change of name or numbers),
 * so an entry already under the key was the last one posted there.
 */
export const addPosting = (postings: Postings, key: string, e: DirectoryEntry): void => {
  const held = postings.get(key)
  if (held === undefined) postings.set(key, e)
  else if (Array.isArray(held)) {
    if (held[held.length - 1] !== e) held.push(e)
  } else if (held !== e) postings.set(key, [held, e])
}

/**
 * Removes an entry from a key; a key left with one entry goes back to holding
 * it alone, an empty one is dropped.
 *
 * NOTE: a search along the list, where a Set deleted at once: only a change of
 * name or numbers and a forgotten customer remove, a few in a thousand events,
 * and the longest lists (a common character, a common trigram) hold a few
 * thousand entries at 100,000 customers. A list's order is the order of
 * posting, so a customer re-indexed after a change moves to the end: two states
 * with the same customers can differ in that order (never in an answer: every
 * result is sorted with the customer id as the last tie-break).
 */
export const removePosting = (postings: Postings, key: string, e: DirectoryEntry): void => {
  const held = postings.get(key)
  if (held === e) postings.delete(key)
  else if (Array.isArray(held)) {
    const at = held.indexOf(e)
    if (at >= 0) held.splice(at, 1)
    if (held.length === 1) postings.set(key, held[0] as DirectoryEntry)
  }
}

/** The entries under a key (empty when none). */
export const postingOf = (postings: Postings, key: string): ReadonlyArray<DirectoryEntry> => {
  const held = postings.get(key)
  return held === undefined ? EMPTY : Array.isArray(held) ? held : [held]
}

const EMPTY: ReadonlyArray<DirectoryEntry> = []
