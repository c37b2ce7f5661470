// The important-dates index and its queries.
export { dateIndex, anniversariesOn } from './dateIndex.js'
export type { DateIndexState, IndexedAnniversary, AnniversaryOccurrence, UpcomingAnniversary } from './dateIndex.js'
export { anniversariesOnMonthDay, upcomingAnniversaries, anniversariesInMonth } from './dateQueries.js'
