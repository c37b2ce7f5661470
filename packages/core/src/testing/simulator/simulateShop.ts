// A seeded simulation of one shop's customers over a period: every command
// the shop's app would send, run through the customer decider as it goes.
import * as E from 'fp-ts/lib/Either.js'
import type { CustomerCommand } from '../../commands/customerCommand.js'
import { customerDecider } from '../../customer/customerDecider.js'
import type { DomainError } from '../../customer/domainError.js'
import type { CustomerEvent } from '../../events/customerEvent.js'
import type { CustomerId } from '../../values/customerId.js'
import type { EntityId } from '../../values/entityId.js'
import { addDays, dayOfWeek, daysBetween, type LocalDate } from '../../values/localDate.js'
import { changeContact, fileComplaint, followUp, forget, markLost, recordPreference, refund, resolveComplaint } from './careTasks.js'
import { FESTIVAL_CODES, type FestivalCode, festivalAppetite, type ShopKind } from './catalogues.js'
import { createProfile, registerCustomer } from './customerProfiles.js'
import { festivalDate } from './festivals.js'
import { removeAnniversary } from './importantDates.js'
import { attendShopEvent, checkPointsLapse, renewMembership } from './membership.js'
import type { Profile, Recipient, Sim, Task } from './model.js'
import { shopEventNames } from './phrases.js'
import { Prng } from './prng.js'
import { festivalPurchase, occasionPurchase, routinePurchase } from './purchases.js'

/** One command the shop's app sent, on the day it was sent. @since 0.1.0 @category testing */
export interface SimulatedCommand {
  readonly day: LocalDate
  readonly command: CustomerCommand
  /** A uuid, as the app would attach for idempotent handling. */
  readonly commandId: string
}

/** Everything a simulation produced. @since 0.1.0 @category testing */
export interface SimulatedShop {
  /** Every command sent, day by day, including the refused ones. */
  readonly commands: ReadonlyArray<SimulatedCommand>
  /** Exactly what the decider decided for those commands, in the same order. */
  readonly events: ReadonlyArray<{ readonly stream: string; readonly event: CustomerEvent }>
  readonly customerIds: ReadonlyArray<CustomerId>
  /** How many commands the decider refused. */
  readonly rejected: number
}

/** What to simulate. @since 0.1.0 @category testing */
export interface SimulateShopOptions {
  readonly seed: number
  readonly customers: number
  readonly days: number
  /** The first day; 2024-01-01 unless given. */
  readonly startDate?: LocalDate
  /** What the shop sells; a flower shop unless given. */
  readonly shop?: ShopKind
  /** Called for each refused command (to find out why). */
  readonly onRejected?: (command: SimulatedCommand, error: DomainError) => void
}

const festivalChance = (shop: ShopKind, code: FestivalCode, p: Profile): number => {
  if (p.kind === 'organisation')
    return code === 'spring_festival' || code === 'mid_autumn' ? (shop === 'building' ? 0.02 : 0.35) : code === 'teachers_day' && shop === 'flower' ? 0.05 : 0
  if (p.kind === 'partner') return code === 'spring_festival' ? 0.2 : 0
  const romance = code === 'valentines' || code === '520' || code === 'qixi' ? (p.romantic ? 2.2 : 0.25) : 1
  const loyalty = p.cadence === 'once' ? 0.2 : p.cadence === 'occasional' ? 0.6 : 1
  return Math.min(1, festivalAppetite[shop][code] * romance * loyalty)
}

// NOTE: customers are simulated one after the other over the whole period and
// their commands merged into day order at the end. A customer's decisions
// depend only on their own earlier commands, so the events are the same as
// in a day-by-day run; but each archive's history is then allocated in one
// piece, which keeps the decider's scans of it in cache (about 10× faster at
// a million events).
class Simulation implements Sim {
  readonly rng: Prng
  readonly shop: ShopKind
  readonly days: number
  readonly registered: Profile[] = []
  readonly recipients: Recipient[] = []
  readonly profiles: Profile[] = []
  rejected = 0
  // What was sent, as parallel arrays (one object less per command for the GC):
  // the day, the command, the stream, and where its events start in `decided`.
  private readonly sentDay: number[] = []
  private readonly sentCommand: SimulatedCommand[] = []
  private readonly sentStream: string[] = []
  private readonly sentFirstEvent: number[] = []
  private readonly decided: CustomerEvent[] = []
  private today = 0
  private readonly start: LocalDate
  private readonly dates: LocalDate[] = []
  private readonly compact: string[] = []
  private readonly buckets: Array<Task[] | undefined>
  private readonly counters = new Map<string, Int32Array>()
  private readonly festivals: ReadonlyArray<{ readonly code: FestivalCode; readonly on: number }>
  private readonly shopEvents: ReadonlyArray<{ readonly on: number; readonly name: string }>

  constructor(private readonly options: SimulateShopOptions) {
    this.rng = new Prng(options.seed)
    this.shop = options.shop ?? 'flower'
    this.days = Math.max(0, Math.floor(options.days))
    this.start = options.startDate ?? ('2024-01-01' as LocalDate)
    this.buckets = new Array<Task[] | undefined>(this.days)
    // Dates far enough ahead for membership expiries.
    for (let d = 0, date = this.start; d < this.days + 800; d++, date = addDays(date, 1)) {
      this.dates.push(date)
      this.compact.push(date.slice(2).replace(/-/g, ''))
    }
    this.festivals = this.festivalDays()
    this.shopEvents = this.shopEventDays()
  }

  date(day: number): LocalDate {
    return this.dates[day] ?? addDays(this.start, day)
  }

  issue(day: number, p: Profile, command: CustomerCommand): boolean {
    const sent: SimulatedCommand = { day: this.date(day), command, commandId: this.rng.uuid() }
    this.sentDay.push(day)
    this.sentCommand.push(sent)
    this.sentStream.push(p.stream)
    this.sentFirstEvent.push(this.decided.length)
    const decision = customerDecider.decide(command, p.state)
    if (E.isLeft(decision)) {
      this.rejected += 1
      this.options.onRejected?.(sent, decision.left)
      return false
    }
    for (const event of decision.right) {
      p.state = customerDecider.evolve(p.state, event)
      this.decided.push(event)
    }
    return true
  }

  schedule(day: number, task: Task): void {
    if (day >= this.days) return
    const at = Math.max(day, this.today)
    const bucket = this.buckets[at]
    if (bucket === undefined) this.buckets[at] = [task]
    else bucket.push(task)
  }

  nextId(prefix: string, day: number): EntityId {
    let perDay = this.counters.get(prefix)
    if (perDay === undefined) this.counters.set(prefix, (perDay = new Int32Array(this.days + 1)))
    const slot = Math.min(day, this.days)
    const n = (perDay[slot] ?? 0) + 1
    perDay[slot] = n
    // Short enough (R240105-0012) to be one flat string rather than a tree of pieces.
    return (prefix + (this.compact[day] ?? this.date(day).slice(2).replace(/-/g, '')) + '-' + String(n).padStart(4, '0')) as EntityId
  }

  staff(): string {
    return `s0${this.rng.range(1, 6)}`
  }

  run(): SimulatedShop {
    for (let i = 0; i < this.options.customers; i++) this.profiles.push(createProfile(this.rng, i, this.shop, this.days))
    this.planErasures()
    const order = [...this.profiles].sort((a, b) => a.registerDay - b.registerDay || a.index - b.index)
    for (const p of order) this.simulateCustomer(p)
    return this.merge()
  }

  private simulateCustomer(p: Profile): void {
    this.today = p.registerDay
    this.schedule(p.registerDay, { kind: 'register', p })
    if (p.forgetDay >= 0) this.schedule(p.forgetDay, { kind: 'forget', p })
    for (let day = p.registerDay; day < this.days; day++) {
      const bucket = this.buckets[day]
      if (bucket === undefined) continue
      this.today = day
      for (let i = 0; i < bucket.length; i++) this.perform(day, bucket[i] as Task)
      this.buckets[day] = undefined
    }
  }

  /** Day by day; within a day, customers in order of registration, each customer's commands in the order sent. */
  private merge(): SimulatedShop {
    const n = this.sentCommand.length
    const starts = new Int32Array(this.days + 1)
    for (let i = 0; i < n; i++) {
      const slot = (this.sentDay[i] ?? 0) + 1
      starts[slot] = (starts[slot] ?? 0) + 1
    }
    for (let d = 1; d <= this.days; d++) starts[d] = (starts[d] ?? 0) + (starts[d - 1] ?? 0)
    const order = new Int32Array(n)
    for (let i = 0; i < n; i++) {
      const day = this.sentDay[i] ?? 0
      const at = starts[day] ?? 0
      order[at] = i
      starts[day] = at + 1
    }
    const commands = new Array<SimulatedCommand>(n)
    const events = new Array<{ readonly stream: string; readonly event: CustomerEvent }>(this.decided.length)
    let e = 0
    for (let k = 0; k < n; k++) {
      const i = order[k] ?? 0
      commands[k] = this.sentCommand[i] as SimulatedCommand
      const stream = this.sentStream[i] ?? ''
      const end = this.sentFirstEvent[i + 1] ?? this.decided.length
      for (let j = this.sentFirstEvent[i] ?? end; j < end; j++) events[e++] = { stream, event: this.decided[j] as CustomerEvent }
    }
    return { commands, events, customerIds: this.profiles.map((p) => p.id), rejected: this.rejected }
  }

  private perform(day: number, task: Task): void {
    switch (task.kind) {
      case 'register':
        if (registerCustomer(this, day, task.p)) this.planCalendar(day, task.p)
        return
      case 'purchase':
        return routinePurchase(this, day, task.p)
      case 'occasion':
        return occasionPurchase(this, day, task.p, task.date)
      case 'festival':
        return festivalPurchase(this, day, task.p, task.festival)
      case 'refund':
        return refund(this, day, task.p, task.purchase)
      case 'complaint':
        return fileComplaint(this, day, task.p, task.purchase)
      case 'resolve':
        return resolveComplaint(this, day, task.p, task.purchase, task.complaintId)
      case 'followUp':
        return followUp(this, day, task.p, task.purpose, task)
      case 'renew':
        return renewMembership(this, day, task.p)
      case 'pointsCheck':
        return checkPointsLapse(this, day, task.p)
      case 'markLost':
        return markLost(this, day, task.p, task.silentSince)
      case 'forget':
        return forget(this, day, task.p)
      case 'contactChange':
        return changeContact(this, day, task.p)
      case 'preference':
        return recordPreference(this, day, task.p)
      case 'removeAnniversary':
        return removeAnniversary(this, day, task.p, task.id)
      case 'shopEvent':
        return attendShopEvent(this, day, task.p, task.eventName)
    }
  }

  /** Festivals the customer may buy for, and the shop events a future member may come to. */
  private planCalendar(day: number, p: Profile): void {
    this.registered.push(p)
    const rng = this.rng
    for (const f of this.festivals)
      if (f.on > day && rng.chance(festivalChance(this.shop, f.code, p)))
        this.schedule(Math.max(day + 1, f.on - rng.int(3)), { kind: 'festival', p, festival: f.code })
    if (p.joinAtPurchase >= 0) for (const e of this.shopEvents) if (e.on > day) this.schedule(e.on, { kind: 'shopEvent', p, eventName: e.name })
  }

  /** A very few customers ask to be forgotten near the end. */
  private planErasures(): void {
    const from = Math.floor(this.days * 0.9)
    const candidates = this.profiles.filter((p) => p.registerDay < from)
    const count = Math.min(candidates.length, Math.max(1, Math.round(this.profiles.length / 500)))
    const chosen = new Set<number>()
    while (chosen.size < count) chosen.add(this.rng.int(candidates.length))
    for (const i of [...chosen].sort((a, b) => a - b)) {
      const p = candidates[i]
      if (p !== undefined) p.forgetDay = this.rng.range(Math.max(from, p.registerDay + 1), this.days - 1)
    }
  }

  private festivalDays(): ReadonlyArray<{ readonly code: FestivalCode; readonly on: number }> {
    const plan: Array<{ code: FestivalCode; on: number }> = []
    const firstYear = Number(this.start.slice(0, 4))
    const lastYear = Number(this.date(this.days).slice(0, 4))
    for (let year = firstYear; year <= lastYear; year++)
      for (const code of FESTIVAL_CODES) {
        const on = daysBetween(this.start, festivalDate(code, year))
        if (on >= 0 && on < this.days) plan.push({ code, on })
      }
    return plan
  }

  /** A shop event every four weeks, on a Saturday. */
  private shopEventDays(): ReadonlyArray<{ readonly on: number; readonly name: string }> {
    const events: Array<{ on: number; name: string }> = []
    for (let on = 7 + ((6 - dayOfWeek(this.start) + 7) % 7); on < this.days; on += 28) events.push({ on, name: this.rng.pick(shopEventNames[this.shop]) })
    return events
  }
}

/**
 * Simulates a shop's customers day by day: registrations, purchases with
 * their refunds and complaints, follow-ups, memberships, churn and erasure.
 * The same options give the same output, byte for byte.
 *
 * @example
 * const shop = simulateShop({ seed: 1, customers: 200, days: 365 })
 *
 * @since 0.1.0
 * @category testing
 */
export const simulateShop = (options: SimulateShopOptions): SimulatedShop => {
  return new Simulation(options).run()
}
