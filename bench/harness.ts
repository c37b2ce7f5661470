// Measurement helpers for the benchmark programs. Benchmarks print figures
// next to a baseline measured in the same run; these machines are shared and
// noisy, so every figure is a median of several runs.
import { performance } from 'node:perf_hooks'

export interface Timing {
  readonly medianMs: number
  readonly runsMs: ReadonlyArray<number>
}

export const median = (xs: ReadonlyArray<number>): number => {
  const s = [...xs].sort((a, b) => a - b)
  const mid = Math.floor(s.length / 2)
  return s.length % 2 === 1 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2
}

/** Times `fn` `runs` times (after one warm-up run) and returns the median; `settle` runs untimed before each timed call (see `timePair`). */
export const time = (fn: () => unknown, runs = 5, settle: () => void = () => {}): Timing => {
  fn()
  const runsMs: number[] = []
  for (let i = 0; i < runs; i++) {
    settle()
    const start = performance.now()
    fn()
    runsMs.push(performance.now() - start)
  }
  return { medianMs: median(runsMs), runsMs }
}

/** Like `time`, for asynchronous work. */
export const timeAsync = async (fn: () => Promise<unknown>, runs = 5): Promise<Timing> => {
  await fn()
  const runsMs: number[] = []
  for (let i = 0; i < runs; i++) {
    const start = performance.now()
    await fn()
    runsMs.push(performance.now() - start)
  }
  return { medianMs: median(runsMs), runsMs }
}

/**
 * Times two functions alternately, so that both see the same machine load,
 * and returns both medians. `settle`, when given, runs untimed before each
 * timed call (a full collection, say, so that one run's garbage is not
 * collected in the next one's time).
 */
export const timePair = (a: () => unknown, b: () => unknown, runs = 7, settle: () => void = () => {}): { readonly a: Timing; readonly b: Timing } => {
  a()
  b()
  const ra: number[] = []
  const rb: number[] = []
  for (let i = 0; i < runs; i++) {
    settle()
    let start = performance.now()
    a()
    ra.push(performance.now() - start)
    settle()
    start = performance.now()
    b()
    rb.push(performance.now() - start)
  }
  return { a: { medianMs: median(ra), runsMs: ra }, b: { medianMs: median(rb), runsMs: rb } }
}

export const perSecond = (count: number, ms: number): number => (count * 1000) / ms

export const fmt = (n: number): string => Math.round(n).toLocaleString('en-US')

export const row = (label: string, value: string, note = ''): void => {
  console.log(`  ${label.padEnd(46)} ${value.padStart(16)}  ${note}`)
}

export const heading = (title: string): void => {
  console.log(`\n${title}`)
}
