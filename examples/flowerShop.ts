// A flower shop's morning (花店的早晨): customers and their important dates —
// one birthday kept by the lunar calendar (农历) — last year's purchases, the
// festival calendar, and the care agenda for one chosen day.
//
// Run it: pnpm exec tsx --conditions=@clientele/source examples/flowerShop.ts [store.db]
import * as E from 'fp-ts/lib/Either.js'
import { addDays, dayOfWeek, type CustomerId, type LocalDate } from '@clientele/core'
import { createClientele, solarToLunar } from '@clientele/projections'
import { agendaTable, anniversaryDateText, lunarText } from './support/careItemText.js'
import { idFrom } from './support/ids.js'
import { openExampleStore } from './support/openExampleStore.js'
import { anniversaryDateOf, isMain, nameOf, sendAll } from './support/run.js'
import { table } from './support/table.js'

/** The day the owner opens the shop: two days before 七夕 2026 (Aug 19). */
export const AGENDA_DAY = '2026-08-17' as LocalDate

const customer = (name: string): CustomerId => idFrom(`flower shop/${name}`) as CustomerId
const lin = customer('林晓月')
const wang = customer('王建国')
const chen = customer('陈美华')
const xingchen = customer('星辰科技有限公司')
const zhao = customer('赵磊')
const sun = customer('孙悦')

const register = (customerId: CustomerId, name: string, registeredOn: string, extra: object = {}) => ({
  type: 'RegisterCustomer',
  data: { customerId, kind: 'person', name, registeredOn, channel: 'walk_in', ...extra },
})

const purchase = (customerId: CustomerId, purchaseId: string, purchasedOn: string, fen: number, item: string, extra: object = {}) => ({
  type: 'LogPurchase',
  data: {
    customerId,
    purchaseId,
    purchasedOn,
    amount: { amount: fen },
    items: [{ name: item, category: '花束', quantity: 1, amount: { amount: fen } }],
    occasion: 'self',
    ...extra,
  },
})

// What the shop's app would have sent over the past year, oldest first.
const history: ReadonlyArray<unknown> = [
  register(lin, '林晓月', '2025-06-02', { phones: ['13900005678'] }),
  register(wang, '王建国', '2025-06-15', { channel: 'phone' }),
  register(chen, '陈美华', '2025-07-01', { channel: 'online', wechat: 'chen_meihua' }),
  register(xingchen, '星辰科技有限公司', '2025-07-20', { kind: 'organisation', contactPerson: '刘经理', channel: 'referral', referredBy: lin }),
  register(zhao, '赵磊', '2026-08-01'),
  register(sun, '孙悦', '2026-08-10'),

  // Important dates (纪念日). A wedding day by the Gregorian calendar, with the year.
  { type: 'NoteAnniversary', data: { customerId: lin, anniversaryId: 'wedding', kind: 'wedding', relation: 'self', date: { calendar: 'gregorian', month: 8, day: 20, year: 2016 } } },
  // Mr Wang keeps his birthday by the lunar calendar: 农历七月初九. It is stored as a
  // lunar date (never as one Gregorian day) and falls on a different day each year;
  // `leap: true` would mean born in a leap month (闰月).
  { type: 'NoteAnniversary', data: { customerId: wang, anniversaryId: 'birthday', kind: 'birthday', relation: 'self', date: { calendar: 'lunar', month: 7, day: 9, leap: false } } },
  // Ms Chen buys for her mother, whose birthday is 农历七月十二 (born 1958).
  {
    type: 'NoteAnniversary',
    data: { customerId: chen, anniversaryId: 'mum', kind: 'birthday', relation: 'parent', personName: '张秀英', date: { calendar: 'lunar', month: 7, day: 12, leap: false, year: 1958 } },
  },
  // A company's founding day: a business gift every year.
  { type: 'NoteAnniversary', data: { customerId: xingchen, anniversaryId: 'founded', kind: 'business', relation: 'self', date: { calendar: 'gregorian', month: 8, day: 18, year: 2012 } } },

  // Last year's purchases, tied to the date or festival they were for, so the
  // agenda can remind staff what was bought last time.
  purchase(lin, 'F250820-01', '2025-08-20', 52000, '红玫瑰 33 枝', { occasion: 'anniversary', anniversaryId: 'wedding' }),
  purchase(lin, 'F250829-03', '2025-08-29', 39900, '七夕礼盒', { occasion: 'festival', festival: 'qixi' }),
  purchase(wang, 'F250831-02', '2025-08-31', 26800, '蝴蝶兰盆栽', { occasion: 'birthday', anniversaryId: 'birthday' }),
  purchase(chen, 'F250903-01', '2025-09-03', 18800, '康乃馨花篮', { occasion: 'birthday', anniversaryId: 'mum', recipient: { name: '张秀英' } }),
  purchase(chen, 'F260509-05', '2026-05-09', 15800, '康乃馨 11 枝', { occasion: 'festival', festival: 'mothers_day' }),
  purchase(xingchen, 'F250818-01', '2025-08-18', 128000, '开业花篮一对', { occasion: 'business_gift', anniversaryId: 'founded', channel: 'phone' }),
  purchase(chen, 'F251006-02', '2025-10-06', 9900, '中秋花礼', { occasion: 'festival', festival: 'mid_autumn' }),
  // This week: Mr Zhao three days before the agenda's day, Ms Sun yesterday.
  purchase(zhao, 'F260814-07', '2026-08-14', 19900, '向日葵花束'),
  purchase(sun, 'F260816-02', '2026-08-16', 8800, '满天星'),
]

const weekdays = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat']

export const main = async (print: (line: string) => void = console.log, storePath?: string): Promise<void> => {
  const opened = openExampleStore(storePath)
  const started = await createClientele({ store: opened.store, timeZone: 'Asia/Shanghai' })
  if (E.isLeft(started)) throw new Error(`Clientele did not start: ${started.left._tag}`)
  const shop = started.right
  try {
    await sendAll(shop, history)
    print(`花店 flower shop — ${history.length} commands recorded (store: ${opened.location})`)
    const name = nameOf(shop)

    // Every important date the shop knows, as the customer gave it.
    print('')
    print('Important dates (纪念日):')
    // A year ahead holds two occurrences of a lunar date (a lunar year is about 354 days): keep the first.
    const seen = new Set<string>()
    const dates = shop.upcomingAnniversaries(AGENDA_DAY, 365).filter((o) => {
      const key = `${o.customerId} ${o.anniversaryId}`
      return seen.has(key) ? false : (seen.add(key), true)
    })
    for (const line of table(
      [{ header: 'customer' }, { header: 'whose' }, { header: 'date as given' }, { header: `next (from ${AGENDA_DAY})` }],
      dates.map((o) => [name(o.customerId), o.relation === 'self' ? o.kind : `${o.personName ?? o.relation} (${o.kind})`, anniversaryDateText(o.date), o.occursOn]),
    ))
      print(`  ${line}`)

    // "Type a day, see every date on it" — lunar ones included, projected onto this year.
    const lookedUp = '2026-08-21' as LocalDate
    const onThatDay = shop.anniversariesOn(lookedUp).map((o) => `${name(o.customerId)} ${o.kind} (${anniversaryDateText(o.date)})`)
    print(`  looking up ${lookedUp}: ${onThatDay.join(', ') || 'nothing'}`)

    // The festival calendar: lunar festivals and solar terms are computed for
    // the year, never hard-coded Gregorian days.
    print('')
    print('Festivals in the next 45 days (节假日):')
    const until = addDays(AGENDA_DAY, 45)
    const festivals = shop.festivals(2026).filter((f) => f.date >= AGENDA_DAY && f.date <= until)
    for (const line of table(
      [{ header: 'date' }, { header: 'festival' }, { header: 'calendar' }],
      festivals.map((f) => {
        const lunar = solarToLunar(f.date)
        return [f.date, f.name, f.kind === 'lunar' && lunar !== undefined ? lunarText(lunar.month, lunar.day, lunar.leap) : f.kind]
      }),
    ))
      print(`  ${line}`)

    // The morning list: whom to greet or call today, most urgent first.
    const lunarToday = solarToLunar(AGENDA_DAY)
    const agenda = shop.agenda(AGENDA_DAY)
    print('')
    print(
      `Care agenda for ${weekdays[dayOfWeek(AGENDA_DAY)]} ${AGENDA_DAY}${lunarToday === undefined ? '' : ` (${lunarText(lunarToday.month, lunarToday.day, lunarToday.leap)})`}: ${agenda.length} items`,
    )
    for (const line of agendaTable(agenda, name, anniversaryDateOf(shop))) print(`  ${line}`)
  } finally {
    await shop.close()
    await opened.close()
  }
}

// The store file, if any, is the first argument.
if (isMain(import.meta.url)) await main(console.log, process.argv[2])
