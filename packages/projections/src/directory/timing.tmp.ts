// Throwaway timing script; delete after use.
import { simulateShop } from '@clientele/core/testing'
import { projectedEventsOf } from '../internal/projectedEvents.test-support.js'
import { applyAll } from '../projection.js'
import { directory, findByNamePart, findByPhone, findByPinyin, findBySurname, listCustomers, search } from './index.js'

const gc = (globalThis as { gc?: () => void }).gc ?? (() => {})
const heap = () => { gc(); gc(); return process.memoryUsage().heapUsed }

let events = projectedEventsOf(simulateShop({ seed: 1, customers: 100_000, days: 30 }).events)
const before = heap()
let t = performance.now()
const state = applyAll(directory, directory.init(), events)
const buildMs = performance.now() - t
const after = heap()
console.log(`events ${events.length}, customers ${state.customers.size}, build ${buildMs.toFixed(0)} ms = ${(events.length / buildMs * 1000).toFixed(0)} events/s`)
console.log(`heap ${(after - before) / 1e6} MB = ${((after - before) / state.customers.size).toFixed(0)} B/customer`)
// registrations only
const regs = events.filter((e) => e.event.type === 'CustomerRegistered')
t = performance.now(); applyAll(directory, directory.init(), regs); const regMs = performance.now() - t
events = []
console.log(`registrations only: ${regs.length} in ${regMs.toFixed(0)} ms = ${(regs.length / regMs * 1000).toFixed(0)}/s`)

const median = (label: string, f: () => { length: number } | unknown, n = 2000) => {
  for (let i = 0; i < 200; i++) f()
  const xs: number[] = []
  let size = 0
  for (let i = 0; i < n; i++) {
    const s = performance.now(); const r = f(); xs.push(performance.now() - s)
    size = Array.isArray(r) ? r.length : typeof r === 'object' && r !== null && 'right' in r ? (r as { right: unknown[] }).right.length : typeof r === 'object' && r !== null && 'items' in r ? (r as { items: unknown[] }).items.length : -1
  }
  xs.sort((a, b) => a - b)
  console.log(`${label.padEnd(42)} median ${(xs[n >> 1]! * 1000).toFixed(1).padStart(8)} µs  p95 ${(xs[Math.floor(n * 0.95)]! * 1000).toFixed(1).padStart(8)} µs  results ${size}`)
}
const anyPhone = [...state.customers.values()].find((c) => c.phones.length > 0 && c.phones[0]!.length === 11)!.phones[0]!
median('surname 欧阳', () => findBySurname(state, '欧阳'))
median('surname 曾', () => findBySurname(state, '曾'))
median('surname 王 (largest)', () => findBySurname(state, '王'), 300)
median('surname smith', () => findBySurname(state, 'smith'))
median('last-4 (end)', () => findByPhone(state, anyPhone.slice(-4), 'end'))
median('last-4 (anywhere)', () => findByPhone(state, anyPhone.slice(-4)))
median('4-digit middle fragment', () => findByPhone(state, anyPhone.slice(4, 8)))
median('whole number', () => findByPhone(state, anyPhone, 'whole'))
median('whole number (anywhere)', () => findByPhone(state, anyPhone))
median('pinyin initials zxx', () => findByPinyin(state, 'zxx'))
median('pinyin initials wfh', () => findByPinyin(state, 'wfh'))
median('pinyin initials ln', () => findByPinyin(state, 'ln'))
median('pinyin full zengxiaoxian', () => findByPinyin(state, 'zengxiaoxian'))
median('pinyin prefix zhangw', () => findByPinyin(state, 'zhangw'))
median('name part 晓雪', () => findByNamePart(state, '晓雪'))
median('name part 装饰', () => findByNamePart(state, '装饰'), 300)
median('name part 娜', () => findByNamePart(state, '娜'), 300)
median('name part smith', () => findByNamePart(state, 'smith'))
median('search 欧阳', () => search(state, '欧阳'))
median('list totalSpent page 20 @0', () => listCustomers(state, { sortBy: 'totalSpent', offset: 0, limit: 20 }))
median('list totalSpent page 20 @50000', () => listCustomers(state, { sortBy: 'totalSpent', offset: 50_000, limit: 20 }))
median('list name page 20 @99980', () => listCustomers(state, { sortBy: 'name', offset: 99_980, limit: 20 }))

// The alternative pinyin index: every prefix of length >= 2 -> Set of ids.
const m0 = heap()
const prefixes = new Map<string, Set<string>>()
for (const e of state.customers.values())
  for (const key of new Set([e.pinyinFull, e.pinyinInitials]))
    for (let n = 2; n <= key.length; n++) {
      const p = key.slice(0, n); const s = prefixes.get(p); if (s) s.add(e.customerId); else prefixes.set(p, new Set([e.customerId]))
    }
const m1 = heap()
let postings = 0; for (const s of prefixes.values()) postings += s.size
console.log(`prefix-map alternative: ${prefixes.size} prefixes, ${postings} postings, ${((m1 - m0) / 1e6).toFixed(1)} MB = ${((m1 - m0) / state.customers.size).toFixed(0)} B/customer`)
const blocks = state.byInitials.blocks.length + state.byName.blocks.length
console.log(`chosen: byName + byInitials = ${state.byName.size + state.byInitials.size} ids in ${blocks} blocks (~${((state.byName.size + state.byInitials.size) * 8 / 1e6).toFixed(1)} MB of pointers)`)
console.log(`grams ${state.byNameGram.size}, phone trigrams ${state.byPhoneTrigram.size}, surnames ${state.bySurname.size}, otherCurrencies ${state.otherCurrencies}`)
prefixes.clear()
const drop = (label: string, f: () => void) => { const a = heap(); f(); const b = heap(); console.log(`${label.padEnd(28)} ${((a - b) / 1e6).toFixed(1)} MB = ${((a - b) / state.customers.size).toFixed(0)} B/customer`) }
const st = state as unknown as Record<string, { clear?: () => void; blocks?: unknown[] }>
drop('phone trigram postings', () => st.byPhoneTrigram!.clear!())
drop('phone whole+last4 postings', () => { st.byPhone!.clear!(); st.byLastFour!.clear!() })
drop('name gram postings', () => st.byNameGram!.clear!())
drop('surname sequences', () => st.bySurname!.clear!())
drop('5 sorted sequences', () => { for (const k of ['byName', 'byInitials', 'byTotalSpent', 'byLastPurchase', 'neverBought']) st[k]!.blocks!.length = 0 })
drop('entries (+ their strings)', () => st.customers!.clear!())
