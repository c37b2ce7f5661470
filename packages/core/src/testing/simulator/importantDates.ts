// Important dates (纪念日): which ones a customer gives, and the purchases
// and greetings they bring each year.
import type { CustomerCommandOf } from '../../commands/customerCommand.js'
import type { AnniversaryKind, Relation } from '../../events/vocabulary.js'
import type { AnniversaryDate } from '../../values/anniversaryDate.js'
import type { EntityId } from '../../values/entityId.js'
import { daysBetween, daysInMonth, isLeapYear, localDate } from '../../values/localDate.js'
import type { ImportantDate, Profile, Sim } from './model.js'
import { chinesePersonName, GIVEN_CHARS, personName } from './names.js'
import type { Prng } from './prng.js'

type NoteData = CustomerCommandOf<'NoteAnniversary'>['data']

/** A birthday as customers give it: about 40% lunar (some in a leap month, some on day 30), the rest Gregorian, half with a year. @since 0.1.0 @category testing */
export const birthdayDate = (rng: Prng, lunarShare = 0.4): AnniversaryDate => {
  const year = rng.chance(0.5) ? rng.range(1950, 2015) : undefined
  if (rng.chance(lunarShare)) {
    const month = rng.range(1, 12)
    const day = rng.chance(0.05) ? 30 : rng.range(1, 29)
    const leap = rng.chance(0.05)
    return year === undefined ? { calendar: 'lunar', month, day, leap } : { calendar: 'lunar', month, day, leap, year }
  }
  if (rng.chance(0.01)) {
    // Born on Feb 29.
    const leapYear = year === undefined ? undefined : year - (year % 4) === 1900 ? 1904 : year - (year % 4)
    return leapYear === undefined || !isLeapYear(leapYear)
      ? { calendar: 'gregorian', month: 2, day: 29 }
      : { calendar: 'gregorian', month: 2, day: 29, year: leapYear }
  }
  const month = rng.range(1, 12)
  const day = rng.range(1, daysInMonth(year ?? 2001, month))
  return year === undefined ? { calendar: 'gregorian', month, day } : { calendar: 'gregorian', month, day, year }
}

const gregorianDate = (rng: Prng, fromYear: number, toYear: number, withYear: number): AnniversaryDate => {
  const year = rng.range(fromYear, toYear)
  const month = rng.range(1, 12)
  const day = rng.range(1, daysInMonth(year, month))
  return rng.chance(withYear) ? { calendar: 'gregorian', month, day, year } : { calendar: 'gregorian', month, day }
}

// Lunar dates fall roughly a month later in the Gregorian calendar; close
// enough to plan a purchase "near the birthday".
const approximateGregorian = (d: AnniversaryDate): { readonly month: number; readonly day: number } =>
  d.calendar === 'lunar' ? { month: (d.month % 12) + 1, day: Math.min(d.day, 28) } : { month: d.month, day: Math.min(d.day, 28) }

const childName = (rng: Prng, surname: string): string =>
  surname === '' ? personName(rng) : surname + rng.pick(GIVEN_CHARS) + (rng.chance(0.7) ? rng.pick(GIVEN_CHARS) : '')

interface DatePlan {
  readonly kind: AnniversaryKind
  readonly relation: Relation
  readonly date: AnniversaryDate
  readonly personName?: string
  readonly note?: string
}

const datesOf = (rng: Prng, p: Profile): ReadonlyArray<DatePlan> => {
  const plans: DatePlan[] = []
  if (p.kind !== 'person') {
    if (rng.chance(0.4)) plans.push({ kind: 'business', relation: 'self', date: gregorianDate(rng, 1995, 2022, 0.8), note: '公司成立纪念日' })
    if (rng.chance(0.25)) plans.push({ kind: 'birthday', relation: 'colleague', date: birthdayDate(rng, 0.3), personName: chinesePersonName(rng), note: '负责人生日' })
    return plans
  }
  if (rng.chance(0.8)) plans.push({ kind: 'birthday', relation: 'self', date: birthdayDate(rng) })
  if (rng.chance(p.romantic ? 0.35 : 0.08)) plans.push({ kind: 'wedding', relation: 'self', date: gregorianDate(rng, 1985, 2023, 0.7) })
  if (p.romantic && rng.chance(0.3)) plans.push({ kind: 'birthday', relation: 'spouse', date: birthdayDate(rng), personName: personName(rng) })
  if (rng.chance(0.15)) plans.push({ kind: 'birthday', relation: 'child', date: birthdayDate(rng, 0.2), personName: childName(rng, p.surname) })
  if (rng.chance(0.1)) plans.push({ kind: 'birthday', relation: 'parent', date: birthdayDate(rng, 0.6), personName: childName(rng, p.surname) })
  if (rng.chance(0.05)) plans.push({ kind: 'birthday', relation: 'friend', date: birthdayDate(rng), personName: personName(rng) })
  return plans
}

const purchaseChance = (d: ImportantDate, p: Profile): number => {
  const loyal = p.cadence === 'once' ? 0.1 : p.cadence === 'occasional' ? 0.5 : 1
  const base = d.relation === 'self' ? (d.kind === 'birthday' ? 0.3 : 0.5) : d.relation === 'spouse' ? 0.5 : 0.3
  return base * loyal
}

/** The day index of month-day in a year, or undefined when it does not exist. */
const dayOf = (sim: Sim, year: number, month: number, day: number): number | undefined => {
  const date = localDate(year, month, day)
  return date === undefined ? undefined : daysBetween(sim.date(0), date)
}

const planYearly = (sim: Sim, p: Profile, from: number, d: ImportantDate): void => {
  const rng = sim.rng
  const firstYear = Number(sim.date(from).slice(0, 4))
  const lastYear = Number(sim.date(sim.days - 1).slice(0, 4))
  for (let year = firstYear; year <= lastYear; year++) {
    const target = dayOf(sim, year, d.month, d.day)
    if (target === undefined) continue
    const buyOn = target - rng.int(4)
    if (buyOn > from && buyOn < sim.days && rng.chance(purchaseChance(d, p))) sim.schedule(buyOn, { kind: 'occasion', p, date: d })
    // The owner's morning round: a greeting on the customer's own birthday (members get one more often).
    if (d.relation === 'self' && d.kind === 'birthday' && target > from && target < sim.days && rng.chance(0.35))
      sim.schedule(target, { kind: 'followUp', p, purpose: 'greeting' })
  }
}

/**
 * Notes the customer's important dates on the day their archive is opened,
 * plans the purchases and greetings they bring, and a few removals.
 *
 * @since 0.1.0
 * @category testing
 */
export const noteAnniversaries = (sim: Sim, day: number, p: Profile): void => {
  const rng = sim.rng
  for (const plan of datesOf(rng, p)) {
    p.anniversaries += 1
    const id = `A${p.anniversaries}` as EntityId
    const data: NoteData = { customerId: p.id, anniversaryId: id, kind: plan.kind, relation: plan.relation, date: plan.date }
    if (plan.personName !== undefined) data.personName = plan.personName
    if (plan.note !== undefined) data.note = plan.note
    if (!sim.issue(day, p, { type: 'NoteAnniversary', data })) continue
    const approx = approximateGregorian(plan.date)
    const important: ImportantDate =
      plan.personName === undefined
        ? { id, kind: plan.kind, relation: plan.relation, ...approx }
        : { id, kind: plan.kind, relation: plan.relation, ...approx, personName: plan.personName }
    p.dates.push(important)
    planYearly(sim, p, day, important)
    if (rng.chance(0.03)) sim.schedule(day + 1 + rng.int(sim.days - day), { kind: 'removeAnniversary', p, id })
  }
}

/** Removes an important date the customer no longer wants remembered. @since 0.1.0 @category testing */
export const removeAnniversary = (sim: Sim, day: number, p: Profile, id: EntityId): void => {
  if (p.state.status !== 'active' && p.state.status !== 'lost') return
  if (sim.issue(day, p, { type: 'RemoveAnniversary', data: { customerId: p.id, anniversaryId: id } })) p.dates = p.dates.filter((d) => d.id !== id)
}
