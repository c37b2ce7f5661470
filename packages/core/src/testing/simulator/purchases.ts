// Sales: what is bought, for whom, and what follows a sale (points,
// membership, refunds, complaints, follow-up calls).
import type { CustomerCommandOf } from '../../commands/customerCommand.js'
import type { PurchaseItem } from '../../events/purchaseEvents.js'
import type { Occasion, SalesChannel } from '../../events/vocabulary.js'
import type { Money } from '../../values/money.js'
import type { Phone } from '../../values/phone.js'
import { type CatalogueItem, catalogues, type FestivalCode } from './catalogues.js'
import { GAP_DAYS } from './customerProfiles.js'
import { joinMembership, pointsAfterPurchase } from './membership.js'
import type { ImportantDate, Profile, PurchaseRef, Sim } from './model.js'
import { address, mobile, personName } from './names.js'
import { purchaseNotes } from './phrases.js'
import type { Prng } from './prng.js'

type PurchaseData = CustomerCommandOf<'LogPurchase'>['data']

interface Plan {
  readonly occasion: Occasion
  readonly festival?: FestivalCode
  readonly date?: ImportantDate
  /** A gift or a project rather than everyday shopping. */
  readonly special: boolean
}

const FESTIVAL_ITEMS: Readonly<Partial<Record<FestivalCode, ReadonlyArray<string>>>> = {
  valentines: ['玫瑰花束', '巧克力礼盒', '永生花礼盒'],
  '520': ['玫瑰花束', '巧克力礼盒', '永生花礼盒'],
  qixi: ['玫瑰花束', '巧克力礼盒', '永生花礼盒'],
  mothers_day: ['康乃馨花束', '每日坚果礼盒'],
  mid_autumn: ['月饼礼盒'],
  spring_festival: ['年货礼盒', '发财树', '每日坚果礼盒'],
}

// Weighted choices, made once: sales are the simulator's hot path.
const LINES: ReadonlyArray<readonly [number, number]> = [[60, 1], [30, 2], [10, 3]]
const DELIVERY_CHANNELS: ReadonlyArray<readonly [number, SalesChannel]> = [[40, 'wechat'], [35, 'phone'], [25, 'online']]
const COUNTER_CHANNELS: ReadonlyArray<readonly [number, SalesChannel]> = [[85, 'in_store'], [8, 'wechat'], [5, 'online'], [2, 'other']]
const PERSON_OCCASIONS: ReadonlyArray<readonly [number, Occasion]> = [[75, 'self'], [15, 'gift'], [10, 'other']]
const BUSINESS_OCCASIONS: ReadonlyArray<readonly [number, Occasion]> = [[50, 'business_gift'], [35, 'self'], [15, 'other']]

const cny = (amount: number): Money => ({ amount, currency: 'CNY' })

const unitPrice = (rng: Prng, a: CatalogueItem): number => a.minPrice + rng.int((a.maxPrice - a.minPrice) / 50 + 1) * 50

const line = (rng: Prng, a: CatalogueItem, quantity: number): PurchaseItem => ({
  name: a.name,
  category: a.category,
  quantity,
  amount: cny(unitPrice(rng, a) * quantity),
})

// Small quantities are far more common than large ones.
const quantity = (rng: Prng, max: number): number => 1 + Math.floor(rng.next() * rng.next() * max)

const itemsFor = (sim: Sim, p: Profile, plan: Plan): PurchaseItem[] => {
  const rng = sim.rng
  const c = catalogues[sim.shop]
  if (p.kind !== 'person' && (plan.occasion === 'business_gift' || p.kind === 'partner' || rng.chance(0.5))) {
    const scale = p.kind === 'partner' ? 1 : 0.5
    const n = rng.chance(0.7) ? 1 : 2
    const items: PurchaseItem[] = []
    for (let i = 0; i < n; i++) {
      const a = rng.pick(c.business)
      items.push(line(rng, a, Math.max(1, Math.round(quantity(rng, a.maxQuantity) * scale))))
    }
    return items
  }
  const wanted = plan.festival === undefined ? undefined : FESTIVAL_ITEMS[plan.festival]
  const special = wanted === undefined ? undefined : c.special.find((a) => wanted.includes(a.name)) ?? c.business.find((a) => wanted.includes(a.name))
  if (special !== undefined || plan.special) {
    const a = special ?? rng.pick(c.special)
    const items = [line(rng, a, quantity(rng, a.maxQuantity))]
    if (rng.chance(0.3)) items.push(line(rng, rng.pick(c.addOns), 1))
    return items
  }
  const n = rng.weighted(LINES)
  const items: PurchaseItem[] = []
  for (let i = 0; i < n; i++) {
    const a = rng.pick(c.everyday)
    items.push(line(rng, a, quantity(rng, a.maxQuantity)))
  }
  if (rng.chance(0.1)) items.push(line(rng, rng.pick(c.addOns), 1))
  return items
}

const recipientFor = (sim: Sim, day: number, plan: Plan): NonNullable<PurchaseData['recipient']> => {
  const rng = sim.rng
  const name = plan.date?.personName ?? personName(rng)
  const r: NonNullable<PurchaseData['recipient']> = { name }
  if (rng.chance(0.85)) r.phone = mobile(rng) as Phone
  if (rng.chance(0.75)) r.address = address(rng)
  // A bounded pool of past recipients, some of whom come to the shop later.
  const entry = r.phone === undefined ? { name, day } : { name, phone: r.phone, day }
  if (sim.recipients.length < 2000) sim.recipients.push(entry)
  else if (rng.chance(0.05)) sim.recipients[rng.int(sim.recipients.length)] = entry
  return r
}

/** The data of one sale: items from the shop's catalogue that add up to the amount, its occasion, and a recipient when delivered. @since 0.1.0 @category testing */
export const purchaseData = (sim: Sim, day: number, p: Profile, plan: Plan): PurchaseData => {
  const rng = sim.rng
  const items = itemsFor(sim, p, plan)
  let total = 0
  for (const i of items) total += i.amount.amount
  const data: PurchaseData = {
    customerId: p.id,
    purchaseId: sim.nextId('R', day),
    purchasedOn: sim.date(day),
    amount: cny(total),
    // A few shops note only the total.
    items: rng.chance(0.03) ? [] : items,
    occasion: plan.occasion,
  }
  if (plan.festival !== undefined) data.festival = plan.festival
  if (plan.date !== undefined) data.anniversaryId = plan.date.id
  const forOther = plan.occasion !== 'self' && (plan.date === undefined || plan.date.relation !== 'self')
  const delivered = forOther && rng.chance(p.kind === 'person' ? 0.35 : 0.6)
  const channel: SalesChannel = delivered
    ? rng.weighted(DELIVERY_CHANNELS)
    : rng.weighted(COUNTER_CHANNELS)
  data.channel = channel
  if (delivered) data.recipient = recipientFor(sim, day, plan)
  if (rng.chance(0.8)) data.servedBy = sim.staff()
  if (rng.chance(0.05)) data.note = rng.pick(purchaseNotes)
  return data
}

const routineOccasion = (rng: Prng, p: Profile): Occasion =>
  p.kind === 'person'
    ? rng.weighted(PERSON_OCCASIONS)
    : rng.weighted(BUSINESS_OCCASIONS)

/** Whether the customer still buys on that day (not churned, not forgotten). @since 0.1.0 @category testing */
export const buysOn = (p: Profile, day: number): boolean => day < p.churnDay && (p.state.status === 'active' || p.state.status === 'lost')

const sell = (sim: Sim, day: number, p: Profile, plan: Plan): void => {
  const data = purchaseData(sim, day, p, plan)
  if (!sim.issue(day, p, { type: 'LogPurchase', data })) return
  p.purchases += 1
  p.lastPurchaseDay = day
  if (p.purchases === p.joinAtPurchase) joinMembership(sim, day, p)
  pointsAfterPurchase(sim, day, p, data.purchaseId, data.amount.amount)
  afterSale(sim, day, p, { id: data.purchaseId, amount: data.amount.amount, day, product: data.items[0]?.name ?? '商品' }, data.recipient !== undefined)
}

const afterSale = (sim: Sim, day: number, p: Profile, ref: PurchaseRef, delivered: boolean): void => {
  const rng = sim.rng
  if (rng.chance(0.02)) sim.schedule(day + rng.int(3), { kind: 'complaint', p, purchase: ref })
  else if (rng.chance(0.03)) sim.schedule(day + rng.int(6), { kind: 'refund', p, purchase: ref })
  if (rng.chance(delivered || p.kind !== 'person' ? 0.2 : 0.07))
    sim.schedule(day + rng.range(1, 3), { kind: 'followUp', p, purpose: 'after_purchase', purchaseId: ref.id })
}

/** A routine purchase, then the next one planned by the customer's cadence (or a churn). @since 0.1.0 @category testing */
export const routinePurchase = (sim: Sim, day: number, p: Profile): void => {
  if (!buysOn(p, day)) return
  const rng = sim.rng
  const special = sim.shop === 'building' ? p.cadence === 'once' || rng.chance(0.3) : rng.chance(p.kind === 'person' ? 0.1 : 0.3)
  sell(sim, day, p, { occasion: routineOccasion(rng, p), special })
  if (p.meanGap === 0) return
  const [lo, hi] = GAP_DAYS[p.cadence]
  const next = day + rng.range(lo, hi)
  if (next < p.churnDay) sim.schedule(next, { kind: 'purchase', p })
  else if (p.churnDay !== Infinity && rng.chance(0.6)) {
    // After a long silence the shop calls, then writes the customer off.
    const silentSince = p.lastPurchaseDay
    const markOn = silentSince + rng.range(60, 150)
    if (rng.chance(0.5)) sim.schedule(markOn - 7, { kind: 'followUp', p, purpose: 'win_back' })
    sim.schedule(markOn, { kind: 'markLost', p, silentSince })
  }
}

/** A purchase for an important date (a birthday, a wedding anniversary). @since 0.1.0 @category testing */
export const occasionPurchase = (sim: Sim, day: number, p: Profile, date: ImportantDate): void => {
  if (!buysOn(p, day) || !p.dates.includes(date)) return
  const occasion: Occasion = date.kind === 'birthday' ? 'birthday' : date.kind === 'business' ? 'business_gift' : 'anniversary'
  sell(sim, day, p, { occasion, date, special: true })
}

/** A purchase for a festival (Valentine's, Mother's Day, Mid-Autumn, …). @since 0.1.0 @category testing */
export const festivalPurchase = (sim: Sim, day: number, p: Profile, festival: FestivalCode): void => {
  if (!buysOn(p, day)) return
  sell(sim, day, p, { occasion: 'festival', festival, special: true })
}
