// Who the simulated customers are and how their archive is opened.
import type { CustomerCommandOf } from '../../commands/customerCommand.js'
import type { AcquisitionChannel, CustomerKind } from '../../events/vocabulary.js'
import { type CustomerId, customerStream } from '../../values/customerId.js'
import type { Phone } from '../../values/phone.js'
import { nameScript, surnameOf } from '../../values/surname.js'
import type { ShopKind } from './catalogues.js'
import { noteAnniversaries } from './importantDates.js'
import type { Cadence, Profile, Recipient, Sim } from './model.js'
import { address, chinesePersonName, landline, mobile, organisationName, personName, wechatId } from './names.js'
import type { Prng } from './prng.js'

type RegistrationData = CustomerCommandOf<'RegisterCustomer'>['data']

const CADENCES: Readonly<Record<ShopKind, ReadonlyArray<readonly [number, Cadence]>>> = {
  flower: [[0, 'daily'], [10, 'regular'], [22, 'weekly'], [32, 'monthly'], [22, 'occasional'], [14, 'once']],
  snack: [[5, 'daily'], [12, 'regular'], [20, 'weekly'], [23, 'monthly'], [22, 'occasional'], [18, 'once']],
  building: [[0, 'daily'], [2, 'regular'], [5, 'weekly'], [13, 'monthly'], [35, 'occasional'], [45, 'once']],
}
const ORGANISATION_CADENCES: ReadonlyArray<readonly [number, Cadence]> = [[20, 'weekly'], [45, 'monthly'], [25, 'occasional'], [10, 'once']]
const PARTNER_CADENCES: ReadonlyArray<readonly [number, Cadence]> = [[40, 'regular'], [60, 'weekly']]

/** Lowest and highest number of days between two routine purchases, per cadence. @since 0.1.0 @category testing */
export const GAP_DAYS: Readonly<Record<Cadence, readonly [number, number]>> = {
  daily: [1, 3],
  regular: [3, 7],
  weekly: [5, 11],
  monthly: [14, 32],
  occasional: [40, 120],
  once: [0, 0],
}

const JOIN_CHANCE: Readonly<Record<Cadence, number>> = { daily: 0.6, regular: 0.55, weekly: 0.45, monthly: 0.35, occasional: 0.2, once: 0.08 }

/** Draws a customer's character: kind, cadence, churn, membership, registration day. @since 0.1.0 @category testing */
export const createProfile = (rng: Prng, index: number, shop: ShopKind, days: number): Profile => {
  const kind = rng.weighted<CustomerKind>([[85, 'person'], [12, 'organisation'], [3, 'partner']])
  const cadence = rng.weighted(kind === 'person' ? CADENCES[shop] : kind === 'organisation' ? ORGANISATION_CADENCES : PARTNER_CADENCES)
  // Some were customers before the software: their cards are typed in on day 1.
  const registerDay = rng.chance(0.3) ? 0 : rng.int(days)
  const churnDay = rng.chance(0.15) ? registerDay + 1 + rng.int(Math.max(1, days - registerDay)) : Infinity
  const id = rng.uuid() as CustomerId
  return {
    index,
    id,
    stream: customerStream(id),
    kind,
    cadence,
    meanGap: (GAP_DAYS[cadence][0] + GAP_DAYS[cadence][1]) / 2,
    registerDay,
    churnDay,
    romantic: kind === 'person' && rng.chance(0.45),
    joinAtPurchase: rng.chance(JOIN_CHANCE[cadence]) ? (cadence === 'once' ? 1 : rng.range(1, 4)) : -1,
    termDays: rng.weighted([[6, 365], [3, 182], [1, 91]]),
    surname: '',
    state: { status: 'unregistered' },
    purchases: 0,
    lastPurchaseDay: registerDay,
    dates: [],
    anniversaries: 0,
    preferences: 0,
    pointsCheckDay: -1,
    forgetDay: -1,
  }
}

const channelFor = (sim: Sim, p: Profile): AcquisitionChannel => {
  const canRefer = sim.registered.length > 10
  const canRecipient = p.kind === 'person'
  return sim.rng.weighted<AcquisitionChannel>([
    [p.kind === 'person' ? 50 : 25, 'walk_in'],
    [p.kind === 'person' ? 8 : 35, 'phone'],
    [15, 'online'],
    [canRefer ? 12 : 0, 'referral'],
    [canRecipient ? 6 : 0, 'delivery_recipient'],
    [4, 'other'],
  ])
}

const phonesFor = (rng: Prng, kind: CustomerKind): ReadonlyArray<Phone> => {
  if (kind === 'organisation') return (rng.chance(0.6) ? [landline(rng), mobile(rng)] : [landline(rng)]) as Phone[]
  const first = mobile(rng)
  if (!rng.chance(0.12)) return [first as Phone]
  const second = rng.chance(0.6) ? landline(rng) : mobile(rng)
  return (second === first ? [first] : [first, second]) as Phone[]
}

// Someone who received a delivery before this day, taken out of the pool.
const earlierRecipient = (sim: Sim, day: number): Recipient | undefined => {
  for (let tries = 0; tries < 5 && sim.recipients.length > 0; tries++) {
    const i = sim.rng.int(sim.recipients.length)
    const r = sim.recipients[i]
    if (r !== undefined && r.day < day) {
      sim.recipients[i] = sim.recipients[sim.recipients.length - 1] as Recipient
      sim.recipients.pop()
      return r
    }
  }
  return undefined
}

/** The data of the registration of a customer, on their registration day. @since 0.1.0 @category testing */
export const registrationData = (sim: Sim, day: number, p: Profile): RegistrationData => {
  const rng = sim.rng
  const channel = channelFor(sim, p)
  const recipient = channel === 'delivery_recipient' ? earlierRecipient(sim, day) : undefined
  const name = recipient?.name ?? (p.kind === 'person' ? personName(rng) : organisationName(rng))
  const data: RegistrationData = { customerId: p.id, kind: p.kind, name, registeredOn: sim.date(day), channel }
  // A recipient who gave no phone for the delivery has none on the card either.
  const phones = recipient === undefined ? phonesFor(rng, p.kind) : recipient.phone === undefined ? undefined : [recipient.phone as Phone]
  if (phones !== undefined) data.phones = phones
  if (rng.chance(p.kind === 'person' ? 0.3 : 0.8)) data.address = address(rng, p.kind !== 'person')
  if (rng.chance(p.kind === 'person' ? 0.5 : 0.3)) data.wechat = wechatId(rng)
  if (p.kind !== 'person') data.contactPerson = chinesePersonName(rng)
  if (channel === 'referral') {
    const referrer = sim.registered[rng.int(sim.registered.length)]
    if (referrer !== undefined && referrer.id !== p.id) data.referredBy = referrer.id
  }
  if (rng.chance(0.6)) data.archiveNo = `No.${String(p.index + 1).padStart(5, '0')}`
  return data
}

/**
 * Opens the customer's archive, notes their important dates and plans their
 * first purchase, preferences and later contact changes; false if refused.
 *
 * @since 0.1.0
 * @category testing
 */
export const registerCustomer = (sim: Sim, day: number, p: Profile): boolean => {
  const rng = sim.rng
  const data = registrationData(sim, day, p)
  if (!sim.issue(day, p, { type: 'RegisterCustomer', data })) return false
  p.surname = nameScript(data.name) === 'han' && p.kind === 'person' ? (surnameOf(data.name) ?? '') : ''
  noteAnniversaries(sim, day, p)
  const preferences = rng.weighted([[55, 0], [30, 1], [12, 2], [3, 3]])
  for (let i = 0; i < preferences; i++) sim.schedule(i === 0 ? day : day + rng.int(sim.days - day), { kind: 'preference', p })
  // Most customers are entered when they first buy; some leave their details first.
  sim.schedule(rng.chance(0.85) ? day : day + rng.range(1, 20), { kind: 'purchase', p })
  if (rng.chance(0.05)) sim.schedule(day + 1 + rng.int(sim.days - day), { kind: 'contactChange', p })
  return true
}
