// Single events of any type, each field generated on its own: valid data,
// not necessarily a consistent history (see historyArbitraries.ts for those).
import fc from 'fast-check'
import { type CustomerEvent, type CustomerEventOf, type CustomerEventType, customerEventTypes } from '../../events/customerEvent.js'
import { type DataContext, type EventDataArbitraries, eventDataArbitraries } from './eventDataArbitraries.js'
import { positiveIntArb } from './textArbitraries.js'
import { amountArb, currencyArb, customerIdArb, entityIdArb, localDateArb, moneyArb } from './valueArbitraries.js'

/** The wide context of single events: any customer, any id, any day 1900–2199, any amount. @since 0.1.0 @category testing */
export const wideContext: DataContext = {
  customerId: customerIdArb,
  id: () => entityIdArb,
  date: localDateArb(),
  money: moneyArb,
  currency: currencyArb,
  lineAmount: amountArb.map((a) => Math.floor(a / 4)),
  points: positiveIntArb(),
  mismatchedItems: 0,
}

let wide: EventDataArbitraries | undefined
const wideData = (): EventDataArbitraries => (wide ??= eventDataArbitraries(wideContext))

/** An event of one type, built from the data arbitraries of a context. @since 0.1.0 @category testing */
export const eventOfTypeIn = <K extends CustomerEventType>(data: EventDataArbitraries, type: K): fc.Arbitrary<CustomerEventOf<K>> =>
  // `data[type]` has exactly the data of event K; TS cannot relate the generic K to the union.
  (data[type] as fc.Arbitrary<CustomerEventOf<K>['data']>).map((d) => ({ type, data: d }) as CustomerEventOf<K>)

/** Any event of one type, each field independently generated, optional fields present or absent. @since 0.1.0 @category testing */
export const customerEventOfTypeArb = <K extends CustomerEventType>(type: K): fc.Arbitrary<CustomerEventOf<K>> => eventOfTypeIn(wideData(), type)

/** Any single event of any type (all types equally likely). @since 0.1.0 @category testing */
export const customerEventArb: fc.Arbitrary<CustomerEvent> = fc.oneof(
  ...customerEventTypes.map((type): fc.Arbitrary<CustomerEvent> => customerEventOfTypeArb(type)),
)
