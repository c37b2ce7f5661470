// Customers drawn from a known BG/NBD, for recovery tests, laws and the
// benchmark. Seeded: the same seed gives the same customers on every machine.
// NOTE: a local mulberry32 rather than @clientele/core/testing's generator,
// whose module graph costs over a second to import in every test file.
import type { BgNbdParams } from './bgnbdLikelihood.js'
import type { CustomerSummary } from './customerSummary.js'

/** A seeded uniform generator on [0, 1) (mulberry32, 32-bit integer arithmetic). */
export interface Rng {
  readonly next: () => number
}

export const mulberry32 = (seed: number): Rng => {
  let state = seed >>> 0
  return {
    next: () => {
      state = (state + 0x6d2b79f5) >>> 0
      let t = state
      t = Math.imul(t ^ (t >>> 15), t | 1)
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296
    },
  }
}

const uniformOpen = (rng: Rng): number => 1 - rng.next() // (0, 1]

const normal = (rng: Rng): number => Math.sqrt(-2 * Math.log(uniformOpen(rng))) * Math.cos(2 * Math.PI * rng.next())

/** Gamma(shape, 1) by Marsaglia & Tsang (2000), boosted for shape < 1. */
export const gammaVariate = (rng: Rng, shape: number): number => {
  if (shape < 1) return gammaVariate(rng, shape + 1) * Math.pow(uniformOpen(rng), 1 / shape)
  const d = shape - 1 / 3
  const c = 1 / Math.sqrt(9 * d)
  for (;;) {
    let z = normal(rng)
    let v = 1 + c * z
    while (v <= 0) {
      z = normal(rng)
      v = 1 + c * z
    }
    v = v * v * v
    const u = uniformOpen(rng)
    if (Math.log(u) < 0.5 * z * z + d - d * v + d * Math.log(v)) return d * v
  }
}

const betaVariate = (rng: Rng, a: number, b: number): number => {
  const g = gammaVariate(rng, a)
  return g / (g + gammaVariate(rng, b))
}

/** How long customers are observed: T uniform in [minT, maxT], rounded to `resolution` (1/7 for whole days in weeks; 0 for continuous). */
export interface SimulationOptions {
  readonly customers: number
  readonly seed: number
  readonly minT: number
  readonly maxT: number
  readonly resolution: number
}

const roundTo = (v: number, resolution: number): number => (resolution > 0 ? Math.round(v / resolution) * resolution : v)

/**
 * Summaries of customers from the BG/NBD's story: rate λ ~ Gamma(r, alpha),
 * dropout p ~ Beta(a, b); purchases as a Poisson process from the first at
 * time 0; after each repeat purchase the customer leaves with probability p.
 */
export const simulateBgNbd = (params: BgNbdParams, options: SimulationOptions): ReadonlyArray<CustomerSummary> => {
  const rng = mulberry32(options.seed)
  const out: CustomerSummary[] = []
  for (let i = 0; i < options.customers; i++) {
    const lambda = gammaVariate(rng, params.r) / params.alpha
    const p = betaVariate(rng, params.a, params.b)
    const T = roundTo(options.minT + (options.maxT - options.minT) * rng.next(), options.resolution)
    let t = 0
    let x = 0
    let tx = 0
    for (;;) {
      t += -Math.log(uniformOpen(rng)) / lambda
      if (!(t <= T)) break
      const at = roundTo(t, options.resolution)
      // Purchases rounded onto one day count once, as real purchase logs do.
      if (at > tx) {
        x += 1
        tx = at
      }
      if (rng.next() < p) break
    }
    out.push({ x, tx: Math.min(tx, T), T })
  }
  return out
}
