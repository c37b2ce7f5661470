// After-sales care and archive upkeep: complaints and their resolution,
// refunds, follow-up calls, preferences, contact changes, churn, erasure.
import type { CustomerCommandOf } from '../../commands/customerCommand.js'
import type {
  ComplaintCategory,
  ContactChannel,
  FollowUpOutcome,
  FollowUpPurpose,
  LostReason,
  PreferenceAspect,
  RefundReason,
  Resolution,
} from '../../events/vocabulary.js'
import type { EntityId } from '../../values/entityId.js'
import type { Phone } from '../../values/phone.js'
import type { Profile, PurchaseRef, Sim } from './model.js'
import { address, chinesePersonName, mobile, wechatId } from './names.js'
import {
  competitors,
  complaintDescriptions,
  followUpOutcomeNotes,
  followUpPurposeNotes,
  lostNotes,
  preferenceTexts,
  preventions,
  resolutionNotes,
  rootCauses,
} from './phrases.js'

const open = (p: Profile): boolean => p.state.status === 'active' || p.state.status === 'lost'

/** All of an amount, or part of it in whole yuan (at least one fen). */
const refundAmount = (sim: Sim, amount: number): number =>
  sim.rng.chance(0.4) ? amount : Math.max(1, Math.min(amount, Math.round((amount * sim.rng.range(10, 90)) / 10000) * 100))

/** A refund of (part of) a purchase, days after it. @since 0.1.0 @category testing */
export const refund = (sim: Sim, day: number, p: Profile, purchase: PurchaseRef, complaintId?: EntityId): void => {
  if (!open(p)) return
  const rng = sim.rng
  const data: CustomerCommandOf<'RefundPurchase'>['data'] = {
    customerId: p.id,
    purchaseId: purchase.id,
    refundId: sim.nextId('T', day),
    refundedOn: sim.date(day),
    amount: { amount: refundAmount(sim, purchase.amount), currency: 'CNY' },
    reason:
      complaintId !== undefined
        ? 'complaint'
        : rng.weighted<RefundReason>([[30, 'quality'], [20, 'damaged'], [15, 'wrong_item'], [10, 'late_delivery'], [20, 'changed_mind'], [5, 'other']]),
  }
  if (complaintId !== undefined) data.complaintId = complaintId
  if (rng.chance(0.3)) data.note = '客户到店办理退款'
  sim.issue(day, p, { type: 'RefundPurchase', data })
}

/** A complaint about a purchase; most are resolved days later, some never. @since 0.1.0 @category testing */
export const fileComplaint = (sim: Sim, day: number, p: Profile, purchase: PurchaseRef): void => {
  if (!open(p)) return
  const rng = sim.rng
  const category = rng.weighted<ComplaintCategory>([
    [35, 'quality'], [20, 'service'], [10, 'price'], [15, 'delivery'], [10, 'wrong_item'], [5, 'environment'], [5, 'other'],
  ])
  const data: CustomerCommandOf<'FileComplaint'>['data'] = {
    customerId: p.id,
    complaintId: sim.nextId('C', day),
    filedOn: sim.date(day),
    category,
    description: rng.pick(complaintDescriptions[category]),
    purchaseId: purchase.id,
  }
  if (rng.chance(0.7)) data.product = purchase.product
  if (rng.chance(0.6)) data.servedBy = sim.staff()
  if (rng.chance(0.7)) data.wants = rng.weighted<Resolution>([[30, 'refund'], [30, 'replacement'], [25, 'apology'], [15, 'compensation']])
  if (!sim.issue(day, p, { type: 'FileComplaint', data })) return
  if (rng.chance(0.88)) sim.schedule(day + rng.int(8), { kind: 'resolve', p, purchase, complaintId: data.complaintId, filedDay: day })
  else if (rng.chance(0.5)) p.churnDay = Math.min(p.churnDay, day + 1 + rng.int(30))
}

/** The agreed remedy is carried out; a refund goes with it when that was the remedy. @since 0.1.0 @category testing */
export const resolveComplaint = (sim: Sim, day: number, p: Profile, purchase: PurchaseRef, complaintId: EntityId): void => {
  if (!open(p)) return
  const rng = sim.rng
  const resolution = rng.weighted<Resolution>([
    [25, 'apology'], [25, 'replacement'], [20, 'refund'], [15, 'compensation'], [sim.shop === 'building' ? 10 : 2, 'repair'], [5, 'other'],
  ])
  const satisfied = rng.chance(0.8)
  const data: CustomerCommandOf<'ResolveComplaint'>['data'] = { customerId: p.id, complaintId, resolvedOn: sim.date(day), resolution, satisfied }
  if (rng.chance(0.5)) data.rootCause = rng.pick(rootCauses)
  if (rng.chance(0.4)) data.prevention = rng.pick(preventions)
  if (rng.chance(0.6)) data.note = resolutionNotes[resolution]
  if (!sim.issue(day, p, { type: 'ResolveComplaint', data })) return
  if (resolution === 'refund') refund(sim, day, p, purchase, complaintId)
  if (!satisfied && rng.chance(0.4)) p.churnDay = Math.min(p.churnDay, day + 1 + rng.int(60))
  if (rng.chance(0.6)) sim.schedule(day + rng.range(1, 3), { kind: 'followUp', p, purpose: 'complaint', complaintId, satisfied })
}

const OUTCOMES: Readonly<Record<string, ReadonlyArray<readonly [number, FollowUpOutcome]>>> = {
  after_purchase: [[55, 'satisfied'], [5, 'unsatisfied'], [15, 'reached'], [15, 'no_answer'], [10, 'will_buy']],
  greeting: [[70, 'reached'], [20, 'no_answer'], [10, 'will_buy']],
  win_back: [[40, 'no_answer'], [35, 'declined'], [15, 'reached'], [10, 'will_buy']],
  membership: [[50, 'reached'], [30, 'no_answer'], [20, 'declined']],
}

/** A call or message to the customer, with what came of it. @since 0.1.0 @category testing */
export const followUp = (
  sim: Sim,
  day: number,
  p: Profile,
  purpose: FollowUpPurpose,
  refs: { readonly purchaseId?: EntityId; readonly complaintId?: EntityId; readonly satisfied?: boolean },
): void => {
  if (!open(p)) return
  const rng = sim.rng
  // Birthday greetings go mostly to members (the care agenda's first list).
  if (purpose === 'greeting' && (p.state.status !== 'active' || (p.state.membership === undefined && !rng.chance(0.3)))) return
  const outcome: FollowUpOutcome =
    refs.satisfied !== undefined ? (refs.satisfied ? 'satisfied' : 'unsatisfied') : rng.weighted(OUTCOMES[purpose] ?? OUTCOMES['after_purchase'] ?? [])
  const channel: ContactChannel =
    purpose === 'greeting' ? rng.weighted<ContactChannel>([[70, 'wechat'], [30, 'sms']]) : rng.weighted<ContactChannel>([[60, 'phone'], [30, 'wechat'], [5, 'visit'], [5, 'in_store']])
  const data: CustomerCommandOf<'LogFollowUp'>['data'] = {
    customerId: p.id,
    followUpId: sim.nextId('F', day),
    contactedOn: sim.date(day),
    channel,
    purpose,
    outcome,
  }
  if (refs.purchaseId !== undefined) data.purchaseId = refs.purchaseId
  if (refs.complaintId !== undefined) data.complaintId = refs.complaintId
  if (rng.chance(0.7)) data.staff = sim.staff()
  if (rng.chance(0.5)) data.note = rng.pick(followUpPurposeNotes[purpose] ?? followUpOutcomeNotes[outcome])
  sim.issue(day, p, { type: 'LogFollowUp', data })
}

const PERSON_LOST_REASONS: ReadonlyArray<readonly [number, LostReason]> = [
  [20, 'price'], [20, 'competitor'], [15, 'habits'], [15, 'moved'], [8, 'job_change'], [7, 'quality'], [5, 'service'], [10, 'unknown'],
]
const BUSINESS_LOST_REASONS: ReadonlyArray<readonly [number, LostReason]> = [
  [30, 'price'], [30, 'competitor'], [10, 'moved'], [10, 'quality'], [10, 'service'], [10, 'unknown'],
]

/** The shop writes off a customer who has been silent for months, with its best guess of why. @since 0.1.0 @category testing */
export const markLost = (sim: Sim, day: number, p: Profile, silentSince: number): void => {
  if (p.state.status !== 'active' || p.lastPurchaseDay !== silentSince) return
  const rng = sim.rng
  const reason = rng.weighted(p.kind === 'person' ? PERSON_LOST_REASONS : BUSINESS_LOST_REASONS)
  const data: CustomerCommandOf<'MarkCustomerLost'>['data'] = { customerId: p.id, markedOn: sim.date(day), reason }
  if (reason === 'competitor' && rng.chance(0.7)) data.competitor = rng.pick(competitors)
  const note = lostNotes[reason]
  if (note !== undefined && rng.chance(0.6)) data.note = note
  if (!sim.issue(day, p, { type: 'MarkCustomerLost', data })) return
  // Some come back after a win-back offer.
  if (rng.chance(0.12)) {
    p.churnDay = Infinity
    sim.schedule(day + rng.range(14, 90), { kind: 'purchase', p })
  }
}

/** The customer asks to be forgotten (or the shop erases the archive). @since 0.1.0 @category testing */
export const forget = (sim: Sim, day: number, p: Profile): void => {
  if (!open(p)) return
  sim.issue(day, p, {
    type: 'ForgetCustomer',
    data: { customerId: p.id, forgottenOn: sim.date(day), requestedBy: sim.rng.chance(0.85) ? 'customer' : 'shop' },
  })
}

/** Something the archive should remember about the customer. @since 0.1.0 @category testing */
export const recordPreference = (sim: Sim, day: number, p: Profile): void => {
  if (!open(p)) return
  const rng = sim.rng
  const aspect = rng.weighted<PreferenceAspect>([[35, 'like'], [25, 'dislike'], [15, 'hobby'], [10, 'family'], [15, 'note']])
  p.preferences += 1
  sim.issue(day, p, {
    type: 'RecordPreference',
    data: { customerId: p.id, preferenceId: `PF${p.preferences}` as EntityId, aspect, text: rng.pick(preferenceTexts[sim.shop][aspect]), recordedOn: sim.date(day) },
  })
}

/** A new phone, address, WeChat id or contact person; only real changes are asked for. @since 0.1.0 @category testing */
export const changeContact = (sim: Sim, day: number, p: Profile): void => {
  const s = p.state
  if (s.status !== 'active' && s.status !== 'lost') return
  const rng = sim.rng
  const data: CustomerCommandOf<'ChangeContactDetails'>['data'] = { customerId: p.id }
  const what = rng.weighted([[45, 'phone'], [25, 'address'], [15, 'wechat'], [5, 'clear'], [10, 'contactPerson']] as const)
  if (what === 'phone') {
    const fresh = mobile(rng) as Phone
    data.phones = rng.chance(0.6) || s.contact.phones.length === 0 ? [fresh] : [...s.contact.phones.slice(0, 1), fresh]
  } else if (what === 'address') data.address = address(rng, p.kind !== 'person')
  else if (what === 'wechat') data.wechat = wechatId(rng)
  else if (what === 'clear' && s.contact.address !== undefined) data.address = null
  else if (p.kind !== 'person') data.contactPerson = chinesePersonName(rng)
  else data.address = address(rng)
  sim.issue(day, p, { type: 'ChangeContactDetails', data })
}
