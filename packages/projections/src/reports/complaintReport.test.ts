// The complaint report: one complaint walked through the steps of DOMAIN.md
// item 10, then a flower shop's March figure by figure.
import * as E from 'fp-ts/lib/Either.js'
import { describe, expect, it } from 'vitest'
import { complaintReport } from './complaintReport.js'
import type { ComplaintReport, ComplaintReportOptions } from './complaintReportTypes.js'
import { A, B, C, D, d, filed, flowerShopMonth, MARCH, registered, resolved, sale, stateOf } from './fixtures.test-support.js'

const report = (state: ReturnType<typeof stateOf>, asOf: string, options: ComplaintReportOptions = {}): ComplaintReport => {
  const r = complaintReport(state, d(asOf), options)
  if (E.isLeft(r)) throw new Error(r.left.problem)
  return r.right
}
const mix = (counts: Partial<ComplaintReport['resolutionMix']>) => ({ apology: 0, repair: 0, replacement: 0, refund: 0, compensation: 0, other: 0, ...counts })

describe('complaint report, one complaint step by step', () => {
  // Heard on the 9th (what happened, which purchase), agreed and carried out on the 12th, the customer satisfied.
  const bought = [registered(B, '2026-03-01'), sale(B, 'p1', '2026-03-08', [['鲜花', 19_900]], { occasion: 'festival' })]
  const heard = [...bought, filed(B, 'c1', '2026-03-09', 'quality', 'p1')]
  const settled = [...heard, resolved(B, 'c1', '2026-03-12', 'replacement', true)]

  it('before the complaint: nothing filed, rates over the purchase only', () => {
    const r = report(stateOf(bought), '2026-03-09')
    expect(r).toMatchObject({ filed: 0, open: 0, resolved: 0, satisfactionRate: undefined, timeToResolution: { medianDays: undefined, p90Days: undefined } })
    expect(r.perPurchase.overall).toEqual({ complaints: 0, purchases: 1, rate: 0 })
  })

  it('heard: one open complaint about the roses', () => {
    const r = report(stateOf(heard), '2026-03-10')
    expect(r).toMatchObject({ filed: 1, open: 1, resolved: 0, topCategories: [{ category: 'quality', complaints: 1 }] })
    expect(r.perPurchase.byItemCategory).toEqual([{ category: '鲜花', complaints: 1, purchases: 1, rate: 1 }])
  })

  it('carried out: resolved after three days, the customer satisfied', () => {
    const r = report(stateOf(settled), '2026-03-12')
    expect(r).toMatchObject({ open: 0, resolved: 1, satisfied: 1, satisfactionRate: 1, timeToResolution: { medianDays: 3, p90Days: 3 } })
    expect(r.resolutionMix).toEqual(mix({ replacement: 1 }))
    // …but the day before, as the owner saw it then, it was still open.
    expect(report(stateOf(settled), '2026-03-11')).toMatchObject({ open: 1, resolved: 0 })
  })
})

describe('complaint report, a flower shop in March', () => {
  const shop = stateOf(flowerShopMonth)

  it('as of the end of March', () => {
    const r = report(shop, '2026-03-31', { period: MARCH })
    // The forgotten customer's complaint is gone from every report.
    expect(r).toMatchObject({ filed: 5, open: 1, resolved: 4, satisfied: 3, satisfactionRate: 0.75 })
    // Waits 0, 1, 3, 7 days: nearest rank gives the lower middle value and the 4th of 4.
    expect(r.timeToResolution).toEqual({ medianDays: 1, p90Days: 7 })
    expect(r.resolutionMix).toEqual(mix({ apology: 1, replacement: 2, refund: 1 }))
    expect(r.topCategories).toEqual([
      { category: 'quality', complaints: 3 },
      // A tie, in the vocabulary's order.
      { category: 'service', complaints: 1 },
      { category: 'delivery', complaints: 1 },
    ])
    expect(r.perPurchase).toEqual({
      overall: { complaints: 5, purchases: 6, rate: 5 / 6 },
      byItemCategory: [
        { category: '贺卡', complaints: 1, purchases: 1, rate: 1 },
        // The tourist's USD bouquet is a purchase too: rates count purchases, not money.
        { category: '鲜花', complaints: 3, purchases: 4, rate: 0.75 },
        { category: '绿植', complaints: 0, purchases: 1, rate: 0 },
      ],
      uncategorised: { complaints: 1, purchases: 1, rate: 1 },
      unlinked: 1,
    })
    expect(r.repeatComplainers).toEqual([{ customerId: A, complaints: 2, lastFiledOn: '2026-03-25' }])
  })

  it('rebuilt on April 10: the late delivery is resolved by then', () => {
    const r = report(shop, '2026-04-10', { period: MARCH })
    expect(r).toMatchObject({ filed: 5, open: 0, resolved: 5, satisfied: 4, satisfactionRate: 0.8, timeToResolution: { medianDays: 3, p90Days: 11 } })
    expect(r.resolutionMix).toEqual(mix({ apology: 1, replacement: 2, refund: 1, compensation: 1 }))
    // Without a period every purchase up to the day is in the denominator.
    expect(report(shop, '2026-04-10').perPurchase.overall).toEqual({ complaints: 5, purchases: 8, rate: 5 / 8 })
  })

  it('repeat complainers: the threshold and the window are settings', () => {
    expect(report(shop, '2026-03-31', { repeatComplaints: 3 }).repeatComplainers).toEqual([])
    expect(report(shop, '2026-03-31', { repeatComplaints: 1 }).repeatComplainers.map((c) => c.customerId)).toEqual([A, C, D, B])
    // A window of 10 days ending on the 31st holds only A's second complaint.
    expect(report(shop, '2026-03-31', { repeatWindowDays: 10 }).repeatComplainers).toEqual([])
    expect(report(shop, '2026-03-31', { repeatWindowDays: 22 }).repeatComplainers).toEqual([{ customerId: A, complaints: 2, lastFiledOn: '2026-03-25' }])
    expect(report(shop, '2026-03-31', { repeatWindowDays: 21 }).repeatComplainers).toEqual([])
  })

  it('refuses bad settings with the option named', () => {
    expect(complaintReport(shop, d('2026-04-10'), { period: { from: d('2026-04-01'), to: d('2026-03-01') } })).toEqual(
      E.left({ _tag: 'ReportOptionInvalid', option: 'period.from', problem: 'after_period_to' }),
    )
    expect(complaintReport(shop, d('2026-03-30'), { period: MARCH })).toMatchObject(E.left({ option: 'period.to', problem: 'after_as_of' }))
    expect(complaintReport(shop, d('2026-04-10'), { repeatComplaints: 0 })).toMatchObject(E.left({ option: 'repeatComplaints' }))
    expect(complaintReport(shop, d('2026-04-10'), { repeatWindowDays: 1.5 })).toMatchObject(E.left({ option: 'repeatWindowDays' }))
  })
})

describe('complaint report, ties and links', () => {
  it('a complaint naming a purchase made after "as of" is unlinked until then', () => {
    const events = [registered(C, '2026-03-01'), filed(C, 'c', '2026-03-02', 'wrong_item', 'p'), sale(C, 'p', '2026-03-05', [['绿植', 100]])]
    expect(report(stateOf(events), '2026-03-03').perPurchase.unlinked).toBe(1)
    expect(report(stateOf(events), '2026-03-05').perPurchase).toMatchObject({ unlinked: 0, byItemCategory: [{ category: '绿植', complaints: 1 }] })
  })

  it('repeat complainers with equal counts: the most recent first, then by id', () => {
    const events = [B, D, C].flatMap((id, i) => [registered(id, '2026-01-01'), filed(id, `${i}a`, '2026-03-01', 'price'), filed(id, `${i}b`, i === 0 ? '2026-03-05' : '2026-03-03', 'price')])
    expect(report(stateOf(events), '2026-03-31').repeatComplainers.map((c) => c.customerId)).toEqual([B, C, D])
  })
})
