// The directory: look-up and browsing of a shop's customers (DOMAIN.md item 3).
//
// Every index is kept up to date on each event; no query walks every customer
// (listing pages through a kept sorted order instead):
// - surname → the customers with it, in name order (a blocked sorted sequence, so
//   findBySurname only copies it out). People only: organisations have no surname.
// - name part: each Han (kana, Hangul) character alone, and every 1-, 2- and
//   3-character substring of the other runs (Latin words, digits), → customers.
//   A query walks the smallest of the postings of its characters and trigrams and
//   checks each candidate for the whole text. Grams rather than words, so `ry sm`
//   and `mit` work too.
// - pinyin: instead of a map from every prefix to its customers (measured at
//   100,000 customers: 1.36 million postings, about 230 bytes per customer), the
//   customers in order of full pinyin (the name order itself) and in order of
//   initials, each a blocked sorted sequence (8 bytes per customer each): a prefix
//   is a binary search and a walk over its matches.
// - phone: whole digits, last four and every 3-digit substring → customers; a
//   fragment walks the smallest trigram posting and checks each candidate's
//   digits. A query of fewer than 3 digits is refused (FragmentTooShort).
// - orders for listing: by name, the blocked sorted sequence above; by total spent
//   and by last purchase (those who never bought apart), sorted when a page is
//   asked for and reused until the directory changes (see list.ts).
export { directory, directoryFor } from './directory.js'
export { emptyDirectory } from './state.js'
export type { DirectoryEntry, DirectoryState } from './state.js'
export { countBySurname, findByNamePart, findByPhone, findByPinyin, findBySurname, search } from './queries.js'
export type { CustomerSummary, PhoneMatch, ResultPage } from './queries.js'
export { listCustomers } from './list.js'
export type { CustomerPage, ListOptions, ListSortBy } from './list.js'
export { MIN_PHONE_FRAGMENT } from './keys.js'
export type { LookupError } from './keys.js'
