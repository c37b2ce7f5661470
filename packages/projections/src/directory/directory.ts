// The directory projection: keeps every look-up index up to date as events
// arrive, so that queries only read postings.
import {
  type ContactDetailsChanged,
  type CustomerRegistered,
  DEFAULT_CURRENCY,
  type Phone,
  phoneDigits,
  type PurchaseLogged,
  type PurchaseRefunded,
} from '@clientele/core'
import type { Projection } from '../projection.js'
import { nameGrams, nameText, phoneKeysOf, pinyinKeysOf, surnameFor, surnameKey } from './keys.js'
import { emptyOrdered, insertOrdered, type Ordered, removeOrdered } from './ordered.js'
import { forgetSortedOrders } from './list.js'
import { compareByInitials, compareByName } from './orders.js'
import { addPosting, removePosting } from './postings.js'
import { type DirectoryEntry, type DirectoryState, emptyDirectory, type MutableEntry } from './state.js'

type Post = typeof addPosting
type Edit = (o: Ordered<DirectoryEntry>, e: DirectoryEntry, compare: (a: DirectoryEntry, b: DirectoryEntry) => number) => unknown

/** Indexing or unindexing: the same walk over the indexes with the opposite edits. */
interface Editor {
  readonly edit: Edit
  readonly post: Post
}
const INDEX: Editor = { edit: insertOrdered, post: addPosting }
// An entry missing from a sequence it belongs in means an index went wrong; carrying on
// would answer look-ups wrongly from then on, so the rebuild stops instead.
const UNINDEX: Editor = {
  edit: (o, e, compare) => {
    if (!removeOrdered(o, e, compare)) throw new Error(`directory: customer ${e.customerId} missing from an index`)
  },
  post: removePosting,
}

// Everything that depends on the name.
// NOTE: the sequences find an entry by comparing, so it must be unindexed before
// any field it is sorted by changes.
const editName = (s: DirectoryState, e: DirectoryEntry, { edit, post }: Editor): void => {
  if (e.surname !== undefined) {
    const key = surnameKey(e.surname)
    const sameSurname = s.bySurname.get(key) ?? emptyOrdered<DirectoryEntry>()
    if (sameSurname.size === 0) s.bySurname.set(key, sameSurname)
    edit(sameSurname, e, compareByName)
    if (sameSurname.size === 0) s.bySurname.delete(key)
  }
  for (const gram of nameGrams(e.nameText)) post(s.byNameGram, gram, e)
  edit(s.byName, e, compareByName)
  if (e.pinyinInitials.length > 0) edit(s.byInitials, e, compareByInitials)
  forgetSortedOrders(s)
}

// A customer's numbers are indexed as the union of their keys, so two numbers sharing
// a key (a trigram, say) are removed together without a count per key.
const editPhones = (s: DirectoryState, e: DirectoryEntry, { post }: Editor): void => {
  for (const phone of e.phones) {
    const keys = phoneKeysOf(phone)
    post(s.byPhone, keys.digits, e)
    post(s.byLastFour, keys.lastFour, e)
    for (const t of keys.trigrams) post(s.byPhoneTrigram, t, e)
  }
}

const setPhones = (e: MutableEntry, phones: ReadonlyArray<Phone>): void => {
  e.phones = phones
  e.phoneDigits = phones.map(phoneDigits).join(' ')
}

const setName = (e: MutableEntry, name: string): void => {
  const surname = surnameFor(name, e.kind)
  const pinyin = pinyinKeysOf(name, e.kind, surname)
  const text = nameText(name)
  e.name = name
  e.surname = surname
  e.pinyinFull = pinyin.full
  e.pinyinInitials = pinyin.initials
  // Han names are their own name text; sharing the string saves its copy.
  e.nameText = text === name ? name : text
}

const register = (s: DirectoryState, { data }: CustomerRegistered): void => {
  // The decider registers a customer once; a repeat is ignored rather than trusted.
  if (s.customers.has(data.customerId)) return
  // One literal with every field, so that all entries share one shape.
  const entry: MutableEntry = {
    customerId: data.customerId,
    name: '',
    kind: data.kind,
    phones: [],
    phoneDigits: '',
    surname: undefined,
    pinyinFull: '',
    pinyinInitials: '',
    nameText: '',
    lastPurchaseOn: undefined,
    totalSpent: 0,
  }
  setName(entry, data.name)
  setPhones(entry, data.phones ?? [])
  s.customers.set(entry.customerId, entry)
  editName(s, entry, INDEX)
  editPhones(s, entry, INDEX)
}

const changeContact = (s: DirectoryState, { data }: ContactDetailsChanged, entry: MutableEntry): void => {
  if (data.name !== undefined && data.name !== entry.name) {
    editName(s, entry, UNINDEX)
    setName(entry, data.name)
    editName(s, entry, INDEX)
  }
  if (data.phones !== undefined) {
    editPhones(s, entry, UNINDEX)
    setPhones(entry, data.phones)
    editPhones(s, entry, INDEX)
  }
}

// NOTE: totals and last purchase days are kept on the entry only, not in sorted
// sequences: a rebuild logs hundreds of thousands of purchases and re-placing the
// customer in two orders for each was most of its time, while listing by money or
// date is a browse screen that can afford one sort, reused until the next change.
const purchase = (s: DirectoryState, { data }: PurchaseLogged, entry: MutableEntry): void => {
  const counted = data.amount.currency === s.currency
  if (!counted) s.otherCurrencies += 1
  if (entry.lastPurchaseOn === undefined || data.purchasedOn > entry.lastPurchaseOn) {
    entry.lastPurchaseOn = data.purchasedOn
    forgetSortedOrders(s)
  }
  if (counted && data.amount.amount !== 0) {
    entry.totalSpent += data.amount.amount
    forgetSortedOrders(s)
  }
}

const refund = (s: DirectoryState, { data }: PurchaseRefunded, entry: MutableEntry): void => {
  if (data.amount.currency !== s.currency) {
    s.otherCurrencies += 1
    return
  }
  if (data.amount.amount === 0) return
  entry.totalSpent -= data.amount.amount
  forgetSortedOrders(s)
}

const forget = (s: DirectoryState, entry: DirectoryEntry): void => {
  editName(s, entry, UNINDEX)
  editPhones(s, entry, UNINDEX)
  s.customers.delete(entry.customerId)
}

/** The directory of a shop trading in `currency`; amounts in other currencies stay out of the totals and are counted in `otherCurrencies`. @since 0.1.0 @category directory */
export const directoryFor = (currency: string): Projection<DirectoryState> => ({
  name: 'directory',
  init: () => emptyDirectory(currency),
  apply: (state, { event }) => {
    if (event.type === 'CustomerRegistered') {
      register(state, event)
      return state
    }
    // Only these events change the directory; the rest (points, follow-ups,
    // complaints, dates: over two fifths of a simulated history) are passed
    // over before any look-up.
    if (event.type !== 'PurchaseLogged' && event.type !== 'PurchaseRefunded' && event.type !== 'ContactDetailsChanged' && event.type !== 'CustomerForgotten') return state
    // Events of customers not (or no longer) in the directory change nothing: after
    // CustomerForgotten nothing of the customer may come back.
    // The entries are the state's own; only this module changes them.
    const entry = state.customers.get(event.data.customerId) as MutableEntry | undefined
    if (entry === undefined) return state
    switch (event.type) {
      case 'ContactDetailsChanged':
        changeContact(state, event, entry)
        break
      case 'PurchaseLogged':
        purchase(state, event, entry)
        break
      case 'PurchaseRefunded':
        refund(state, event, entry)
        break
      case 'CustomerForgotten':
        forget(state, entry)
        break
      default:
        break
    }
    return state
  },
})

/** The directory of a shop trading in CNY (the currency commands default to). @since 0.1.0 @category directory */
export const directory: Projection<DirectoryState> = directoryFor(DEFAULT_CURRENCY)
