// The simulator's own bookkeeping: who each customer is, what is planned for
// which day, and what a task may ask of the running simulation.
import type { CustomerCommand } from '../../commands/customerCommand.js'
import type { CustomerState } from '../../customer/customerState.js'
import type { AnniversaryKind, CustomerKind, FollowUpPurpose, Relation } from '../../events/vocabulary.js'
import type { CustomerId } from '../../values/customerId.js'
import type { EntityId } from '../../values/entityId.js'
import type { LocalDate } from '../../values/localDate.js'
import type { FestivalCode, ShopKind } from './catalogues.js'
import type { Prng } from './prng.js'

/** How often a customer buys: A-tier regulars down to one-time buyers (DOMAIN.md items 6–7). @since 0.1.0 @category testing */
export type Cadence = 'daily' | 'regular' | 'weekly' | 'monthly' | 'occasional' | 'once'

/** An important date of the customer, with its approximate Gregorian month and day for planning purchases. @since 0.1.0 @category testing */
export interface ImportantDate {
  readonly id: EntityId
  readonly kind: AnniversaryKind
  readonly relation: Relation
  readonly month: number
  readonly day: number
  readonly personName?: string
}

/** A purchase the simulation may come back to (refund, complaint, follow-up). @since 0.1.0 @category testing */
export interface PurchaseRef {
  readonly id: EntityId
  readonly amount: number
  readonly day: number
  readonly product: string
}

/** One simulated customer: who they are, how they behave, and the decider's state of their archive. @since 0.1.0 @category testing */
export interface Profile {
  readonly index: number
  readonly id: CustomerId
  readonly stream: string
  readonly kind: CustomerKind
  readonly cadence: Cadence
  /** Mean days between routine purchases; 0 for a one-time buyer. */
  readonly meanGap: number
  readonly registerDay: number
  /** From this day on the customer buys nothing (Infinity: never churns). */
  churnDay: number
  /** Buys for a partner at Valentine's, 520 and Qixi. */
  readonly romantic: boolean
  /** Joins the membership at this purchase count (-1: never). */
  readonly joinAtPurchase: number
  readonly termDays: number
  surname: string
  state: CustomerState
  purchases: number
  lastPurchaseDay: number
  dates: ImportantDate[]
  anniversaries: number
  preferences: number
  /** The day a points-expiry check is planned for (-1: none). */
  pointsCheckDay: number
  /** The day the customer asks to be forgotten (-1: never). */
  forgetDay: number
}

/** Someone a delivered order went to. @since 0.1.0 @category testing */
export interface Recipient {
  readonly name: string
  readonly phone?: string
  readonly day: number
}

/** Work planned for a day. @since 0.1.0 @category testing */
export type Task =
  | { readonly kind: 'register'; readonly p: Profile }
  | { readonly kind: 'purchase'; readonly p: Profile }
  | { readonly kind: 'occasion'; readonly p: Profile; readonly date: ImportantDate }
  | { readonly kind: 'festival'; readonly p: Profile; readonly festival: FestivalCode }
  | { readonly kind: 'refund'; readonly p: Profile; readonly purchase: PurchaseRef }
  | { readonly kind: 'complaint'; readonly p: Profile; readonly purchase: PurchaseRef }
  | { readonly kind: 'resolve'; readonly p: Profile; readonly purchase: PurchaseRef; readonly complaintId: EntityId; readonly filedDay: number }
  | {
      readonly kind: 'followUp'
      readonly p: Profile
      readonly purpose: FollowUpPurpose
      readonly purchaseId?: EntityId
      readonly complaintId?: EntityId
      readonly satisfied?: boolean
    }
  | { readonly kind: 'renew'; readonly p: Profile }
  | { readonly kind: 'pointsCheck'; readonly p: Profile }
  | { readonly kind: 'markLost'; readonly p: Profile; readonly silentSince: number }
  | { readonly kind: 'forget'; readonly p: Profile }
  | { readonly kind: 'contactChange'; readonly p: Profile }
  | { readonly kind: 'preference'; readonly p: Profile }
  | { readonly kind: 'removeAnniversary'; readonly p: Profile; readonly id: EntityId }
  | { readonly kind: 'shopEvent'; readonly p: Profile; readonly eventName: string }

/** What a task may ask of the running simulation. @since 0.1.0 @category testing */
export interface Sim {
  readonly rng: Prng
  readonly shop: ShopKind
  readonly days: number
  /** The customers registered before the one being simulated. */
  readonly registered: ReadonlyArray<Profile>
  /** Recipients of delivered orders (and the day of the delivery), who may become customers themselves. */
  readonly recipients: Array<Recipient>
  /** The date of a day of the simulation (any day, also before or after it). */
  date(day: number): LocalDate
  /** Runs a command through the decider for the customer; false when refused. */
  issue(day: number, p: Profile, command: CustomerCommand): boolean
  /** Plans a task; days after the end of the simulation are dropped. */
  schedule(day: number, task: Task): void
  /** A fresh receipt-style id such as `R240105-0012` (prefix, day, number of the day). */
  nextId(prefix: string, day: number): EntityId
  /** A staff id such as `s03`. */
  staff(): string
}
