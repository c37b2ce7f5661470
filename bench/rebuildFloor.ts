// A baseline for the rebuild benchmark: the bookkeeping that purchases,
// refunds, points and follow-ups (most of a simulated history) need in any
// layout of the read models, done in typed columns with one customer look-up
// per event, and nothing else: no indexes, no per-customer lists, no names.
//
// NOTE: not a read model and not a lower bound for the read models' whole
// work (registrations, important dates, complaints and memberships are left
// out); set beside the rebuild's figure it shows how much of a rebuild goes to
// the layout of the read models rather than to reading the events and
// finding the customer. A customer's bill is a chain through columns shared
// by all customers and appended in order, so every write lands near the last.
import { type CustomerEvent, daysBetween, type LocalDate } from '@clientele/core'
import type { ProjectedEvent } from '@clientele/projections'

const EPOCH = '1970-01-01' as LocalDate

/** The kinds of event this baseline books (besides registrations, which only number the customers). */
export const COLUMNAR_TYPES: ReadonlySet<CustomerEvent['type']> = new Set<CustomerEvent['type']>(['PurchaseLogged', 'PurchaseRefunded', 'PointsEarned', 'PointsRedeemed', 'PointsExpired', 'FollowUpLogged'])
const NONE = -1

/** Growable columns of 32-bit integers and doubles, one row per purchase. */
class Bills {
  size = 0
  customer = new Int32Array(1 << 16)
  day = new Int32Array(1 << 16)
  amount = new Float64Array(1 << 16)
  refunded = new Float64Array(1 << 16)
  /** The same customer's previous purchase, or NONE. */
  previous = new Int32Array(1 << 16)
  readonly purchaseIds: string[] = []

  add(customer: number, day: number, amount: number, previous: number, purchaseId: string): number {
    if (this.size === this.customer.length) this.grow()
    const row = this.size++
    this.customer[row] = customer
    this.day[row] = day
    this.amount[row] = amount
    this.previous[row] = previous
    this.purchaseIds.push(purchaseId)
    return row
  }

  private grow(): void {
    const wider = <A extends Int32Array | Float64Array>(a: A, make: (n: number) => A): A => {
      const b = make(a.length * 2)
      b.set(a)
      return b
    }
    this.customer = wider(this.customer, (n) => new Int32Array(n))
    this.day = wider(this.day, (n) => new Int32Array(n))
    this.amount = wider(this.amount, (n) => new Float64Array(n))
    this.refunded = wider(this.refunded, (n) => new Float64Array(n))
    this.previous = wider(this.previous, (n) => new Int32Array(n))
  }
}

/** Folds the events' bookkeeping into columns; returns the number of purchases, so the work cannot be dropped. */
export const columnarBookkeeping = (events: ReadonlyArray<ProjectedEvent>, customers: number): number => {
  const index = new Map<string, number>()
  const gross = new Float64Array(customers)
  const refunded = new Float64Array(customers)
  const count = new Int32Array(customers)
  const firstDay = new Int32Array(customers).fill(NONE)
  const lastDay = new Int32Array(customers).fill(NONE)
  const points = new Float64Array(customers)
  const lastFollowUp = new Int32Array(customers).fill(NONE)
  const lastBill = new Int32Array(customers).fill(NONE)
  const bills = new Bills()
  for (let i = 0; i < events.length; i++) {
    const event = (events[i] as ProjectedEvent).event
    if (event.type === 'CustomerRegistered') {
      if (!index.has(event.data.customerId) && index.size < customers) index.set(event.data.customerId, index.size)
      continue
    }
    const c = index.get(event.data.customerId)
    if (c === undefined) continue
    switch (event.type) {
      case 'PurchaseLogged': {
        const d = event.data
        const day = daysBetween(EPOCH, d.purchasedOn)
        lastBill[c] = bills.add(c, day, d.amount.amount, lastBill[c] as number, d.purchaseId)
        gross[c] = (gross[c] as number) + d.amount.amount
        count[c] = (count[c] as number) + 1
        if (firstDay[c] === NONE || day < (firstDay[c] as number)) firstDay[c] = day
        if (day > (lastDay[c] as number)) lastDay[c] = day
        break
      }
      case 'PurchaseRefunded': {
        const d = event.data
        for (let row = lastBill[c] as number; row !== NONE; row = bills.previous[row] as number)
          if (bills.purchaseIds[row] === d.purchaseId) {
            bills.refunded[row] = (bills.refunded[row] as number) + d.amount.amount
            break
          }
        refunded[c] = (refunded[c] as number) + d.amount.amount
        break
      }
      case 'PointsEarned':
        points[c] = (points[c] as number) + event.data.points
        break
      case 'PointsRedeemed':
      case 'PointsExpired':
        points[c] = (points[c] as number) - event.data.points
        break
      case 'FollowUpLogged': {
        const day = daysBetween(EPOCH, event.data.contactedOn)
        if (day > (lastFollowUp[c] as number)) lastFollowUp[c] = day
        break
      }
      default:
        break
    }
  }
  return bills.size
}
