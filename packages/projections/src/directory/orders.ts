// The orders the directory lists and returns customers in. All are total
// orders (the customer id settles every tie), so results never depend on
// the order events arrived in or on the machine's locale: strings compare by
// UTF-16 code units, not `localeCompare`.
import type { DirectoryEntry } from './state.js'

/** Compares strings by code units; pinyin keys are plain a–z so this is alphabetical. */
export const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)

/** Name order: by pinyin (so 李 sorts under L among Western names), then the name, then the id. */
export const compareByName = (a: DirectoryEntry, b: DirectoryEntry): number =>
  a === b ? 0 : compareText(a.pinyinFull, b.pinyinFull) || compareText(a.name, b.name) || compareText(a.customerId, b.customerId)

/** By initials, then name order. */
export const compareByInitials = (a: DirectoryEntry, b: DirectoryEntry): number =>
  compareText(a.pinyinInitials, b.pinyinInitials) || compareByName(a, b)

/** By total spent, smallest first, then name order. */
export const compareByTotalSpent = (a: DirectoryEntry, b: DirectoryEntry): number =>
  a.totalSpent - b.totalSpent || compareByName(a, b)

/** By last purchase day, earliest first, then name order; only for customers who bought. */
export const compareByLastPurchase = (a: DirectoryEntry, b: DirectoryEntry): number =>
  compareText(a.lastPurchaseOn ?? '', b.lastPurchaseOn ?? '') || compareByName(a, b)
