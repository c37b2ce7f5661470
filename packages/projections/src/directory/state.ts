// What the directory keeps: one entry per customer and the indexes over them.
import type { CustomerId, CustomerKind, LocalDate, Phone } from '@clientele/core'
import { emptyOrdered, type Ordered } from './ordered.js'
import type { Postings } from './postings.js'

// NOTE: every index holds the entry object itself, not the customer id, so a look-up
// or a comparison while sorting never goes through the customer map; an entry therefore
// keeps its identity for the customer's whole life and is updated in place (taken out
// of the affected indexes first). Every field is always present, absent values as
// `undefined`, so all entries share one shape and the comparisons that read them stay fast.
/** One customer as the directory knows them: what a look-up shows and the keys they are indexed under, so re-indexing removes exactly the old ones. @since 0.1.0 @category directory */
export interface DirectoryEntry {
  readonly customerId: CustomerId
  readonly name: string
  readonly kind: CustomerKind
  readonly phones: ReadonlyArray<Phone>
  /**
   * The digits of each number (see `phoneDigits`), in the order of `phones`,
   * joined by a space: what a phone look-up checks its candidates against
   * without reading the digits off every number again.
   */
  readonly phoneDigits: string
  /** As `surnameOf` reads it; undefined for organisations and partners, whose names have none. */
  readonly surname: string | undefined
  /** Pinyin run together without tones, ü as v: 李娜 → lina. */
  readonly pinyinFull: string
  /** First letters of the syllables: 李娜 → ln. */
  readonly pinyinInitials: string
  /** The name as "part of the name" matches it (see `nameText`); the name itself when already in that form. */
  readonly nameText: string
  /** The latest day with a purchase, in any currency; refunds do not take it back (the customer did come). */
  readonly lastPurchaseOn: LocalDate | undefined
  /** Purchases less refunds in the shop's currency, in minor units (fen). */
  readonly totalSpent: number
}

/** The entry as the projection updates it. */
export type MutableEntry = { -readonly [K in keyof DirectoryEntry]: DirectoryEntry[K] }

/** The directory's read model: entries and indexes kept up to date on every event, so no look-up walks the whole customer list. @since 0.1.0 @category directory */
export interface DirectoryState {
  /** The shop's currency: totals add up only amounts in it. */
  readonly currency: string
  /** How many purchases and refunds were in another currency and left out of the totals. */
  otherCurrencies: number
  readonly customers: Map<CustomerId, DirectoryEntry>
  /** Lower-cased surname → its customers in name order. */
  readonly bySurname: Map<string, Ordered<DirectoryEntry>>
  /** Name key (see `nameGrams`) → customers. */
  readonly byNameGram: Postings
  /** Everyone in name order (pinyin, name, id); also the index of full-pinyin prefixes, which sort together. */
  readonly byName: Ordered<DirectoryEntry>
  /** Everyone with initials, by initials then name order: the index of initials prefixes. */
  readonly byInitials: Ordered<DirectoryEntry>
  /** All digits of a number → customers. */
  readonly byPhone: Postings
  /** Last four digits (尾号) → customers. */
  readonly byLastFour: Postings
  /** Every 3-digit substring → customers. */
  readonly byPhoneTrigram: Postings
}

/** An empty directory for a shop that trades in `currency`. @since 0.1.0 @category directory */
export const emptyDirectory = (currency: string): DirectoryState => ({
  currency,
  otherCurrencies: 0,
  customers: new Map(),
  bySurname: new Map(),
  byNameGram: new Map(),
  byName: emptyOrdered(),
  byInitials: emptyOrdered(),
  byPhone: new Map(),
  byLastFour: new Map(),
  byPhoneTrigram: new Map(),
})
