// The BG/NBD likelihood (Fader, Hardie & Lee 2005, "Counting Your Customers
// the Easy Way", eq. 6): purchases at a gamma-distributed Poisson rate λ (r,
// alpha) until, after some purchase, the customer drops out with a
// beta-distributed probability p (a, b).
import type { CustomerSummary, WeightedSummary } from './customerSummary.js'
import { digamma, logGamma } from './logGamma.js'

/**
 * The four BG/NBD parameters, all > 0: the purchase rate is Gamma(r, rate
 * alpha) across customers, in purchases per time unit (so alpha is in the
 * summaries' unit); the dropout probability is Beta(a, b).
 *
 * @since 0.1.0
 * @category churn model
 */
export interface BgNbdParams {
  readonly r: number
  readonly alpha: number
  readonly a: number
  readonly b: number
}

/** Whether all four parameters are finite and positive, the domain of every formula here. @since 0.1.0 @category churn model */
export const isBgNbdParams = (p: BgNbdParams): boolean =>
  [p.r, p.alpha, p.a, p.b].every((v) => Number.isFinite(v) && v > 0)

// log(e^u + e^v) without overflow.
const logAddExp = (u: number, v: number): number => {
  const m = Math.max(u, v)
  return m === Number.NEGATIVE_INFINITY ? m : m + Math.log(Math.exp(u - m) + Math.exp(v - m))
}

/**
 * The log-likelihood of one customer's summary, in the paper's
 * numerically stable split: log-gamma ratios for the gamma and beta
 * mixtures, and log-sum-exp of the "still alive at T" and "dropped out
 * after tx" branches.
 *
 * @since 0.1.0
 * @category churn model
 */
export const bgNbdLogLikelihood = (params: BgNbdParams, s: CustomerSummary): number => {
  const { r, alpha, a, b } = params
  const { x, tx, T } = s
  const a1 = logGamma(r + x) - logGamma(r) + r * Math.log(alpha)
  const a2 = logGamma(a + b) + logGamma(b + x) - logGamma(b) - logGamma(a + b + x)
  const a3 = -(r + x) * Math.log(alpha + T)
  if (x === 0) return a1 + a2 + a3
  const a4 = Math.log(a) - Math.log(b + x - 1) - (r + x) * Math.log(alpha + tx)
  return a1 + a2 + logAddExp(a3, a4)
}

/** The log-likelihood of grouped summaries, each counted `weight` times. @since 0.1.0 @category churn model */
export const bgNbdTotalLogLikelihood = (params: BgNbdParams, groups: ReadonlyArray<WeightedSummary>): number => {
  let total = 0
  for (const g of groups) total += g.weight * bgNbdLogLikelihood(params, g)
  return total
}

/**
 * Grouped summaries laid out for repeated likelihood evaluation: typed
 * columns, and each row's index into the distinct purchase counts, whose
 * gamma-function terms are computed once per evaluation.
 *
 * @since 0.1.0
 * @category churn model
 */
export interface BgNbdData {
  readonly rows: number
  readonly tx: Float64Array
  readonly T: Float64Array
  readonly weight: Float64Array
  readonly xOf: Int32Array
  readonly distinctX: Float64Array
  /** Each row's index into the distinct T and into the distinct tx: log(alpha + T) and log(alpha + tx) are computed once per distinct value. */
  readonly TOf: Int32Array
  readonly distinctT: Float64Array
  readonly txOf: Int32Array
  readonly distinctTx: Float64Array
  readonly totalWeight: number
  readonly repeatWeight: number
}

/** Lays out validated groups for `bgNbdLogLikelihoodAndGradient`. @since 0.1.0 @category churn model */
export const bgNbdData = (groups: ReadonlyArray<WeightedSummary>): BgNbdData => {
  const rows = groups.length
  const tx = new Float64Array(rows)
  const T = new Float64Array(rows)
  const weight = new Float64Array(rows)
  const xOf = new Int32Array(rows)
  const TOf = new Int32Array(rows)
  const txOf = new Int32Array(rows)
  const xs = distinctValues()
  const Ts = distinctValues()
  const txs = distinctValues()
  let totalWeight = 0
  let repeatWeight = 0
  for (let i = 0; i < rows; i++) {
    const g = groups[i]
    if (g === undefined) continue
    tx[i] = g.tx
    T[i] = g.T
    weight[i] = g.weight
    xOf[i] = xs.slotOf(g.x)
    TOf[i] = Ts.slotOf(g.T)
    txOf[i] = txs.slotOf(g.tx)
    totalWeight += g.weight
    if (g.x > 0) repeatWeight += g.weight
  }
  return {
    rows,
    tx,
    T,
    weight,
    xOf,
    distinctX: Float64Array.from(xs.values),
    TOf,
    distinctT: Float64Array.from(Ts.values),
    txOf,
    distinctTx: Float64Array.from(txs.values),
    totalWeight,
    repeatWeight,
  }
}

/** Numbers in order of first appearance, each with its slot. */
const distinctValues = (): { readonly values: number[]; readonly slotOf: (v: number) => number } => {
  const slot = new Map<number, number>()
  const values: number[] = []
  return {
    values,
    slotOf: (v) => {
      let k = slot.get(v)
      if (k === undefined) {
        k = values.length
        slot.set(v, k)
        values.push(v)
      }
      return k
    },
  }
}

const plusAlpha = (values: Float64Array, alpha: number): Float64Array => {
  const out = new Float64Array(values.length)
  for (let i = 0; i < values.length; i++) out[i] = alpha + (values[i] as number)
  return out
}

const logsOf = (values: Float64Array): Float64Array => {
  const out = new Float64Array(values.length)
  for (let i = 0; i < values.length; i++) out[i] = Math.log(values[i] as number)
  return out
}

/**
 * The total log-likelihood at log-parameters θ = (log r, log alpha, log a,
 * log b), writing its gradient with respect to θ into `gradient`: the fit
 * optimises over θ so that positivity needs no constraint.
 *
 * @since 0.1.0
 * @category churn model
 */
export const bgNbdLogLikelihoodAndGradient = (data: BgNbdData, theta: ReadonlyArray<number>, gradient: number[]): number => {
  const r = Math.exp(theta[0] ?? Number.NaN)
  const alpha = Math.exp(theta[1] ?? Number.NaN)
  const a = Math.exp(theta[2] ?? Number.NaN)
  const b = Math.exp(theta[3] ?? Number.NaN)
  const logAlpha = Math.log(alpha)
  const nx = data.distinctX.length
  // Per distinct x: the gamma-function constant and its partial derivatives.
  const constant = new Float64Array(nx)
  const dConstR = new Float64Array(nx)
  const dConstA = new Float64Array(nx)
  const dConstB = new Float64Array(nx)
  const logA4 = new Float64Array(nx)
  const invBx1 = new Float64Array(nx)
  const lgR = logGamma(r)
  const lgB = logGamma(b)
  const lgAB = logGamma(a + b)
  const psiR = digamma(r)
  const psiB = digamma(b)
  const psiAB = digamma(a + b)
  for (let k = 0; k < nx; k++) {
    const x = data.distinctX[k] ?? 0
    if (x === 0) {
      // Γ(r + 0) / Γ(r) = 1, and the beta ratio is 1: the terms vanish.
      continue
    }
    const psiABx = digamma(a + b + x)
    constant[k] = logGamma(r + x) - lgR + lgAB + logGamma(b + x) - lgB - logGamma(a + b + x)
    dConstR[k] = digamma(r + x) - psiR
    dConstA[k] = psiAB - psiABx
    dConstB[k] = psiAB + digamma(b + x) - psiB - psiABx
    logA4[k] = Math.log(a) - Math.log(b + x - 1)
    invBx1[k] = 1 / (b + x - 1)
  }
  // NOTE: a shop's T and tx take few distinct values (whole days since the
  // first purchase), far fewer than its distinct histories: alpha + T and
  // its log come from a table, the same numbers as computed per row.
  const alphaTOf = plusAlpha(data.distinctT, alpha)
  const logAlphaTOf = logsOf(alphaTOf)
  const alphaTxOf = plusAlpha(data.distinctTx, alpha)
  const logAlphaTxOf = logsOf(alphaTxOf)
  let ll = 0
  let gr = 0
  let gAlpha = 0
  let ga = 0
  let gb = 0
  for (let i = 0; i < data.rows; i++) {
    const k = data.xOf[i] ?? 0
    const x = data.distinctX[k] ?? 0
    const w = data.weight[i] ?? 0
    const t = data.TOf[i] ?? 0
    const alphaT = alphaTOf[t] ?? 0
    const logAlphaT = logAlphaTOf[t] ?? 0
    const rx = r + x
    const a3 = -rx * logAlphaT
    if (x === 0) {
      ll += w * (r * logAlpha + a3)
      gr += w * (logAlpha - logAlphaT)
      gAlpha += w * (r / alpha - r / alphaT)
      continue
    }
    const u = data.txOf[i] ?? 0
    const alphaTx = alphaTxOf[u] ?? 0
    const logAlphaTx = logAlphaTxOf[u] ?? 0
    const a4 = (logA4[k] ?? 0) - rx * logAlphaTx
    // Weights of the two branches: w3 + w4 = 1. The larger exponent is the
    // shift m, so its own exponential is e^0 = 1 exactly: one exp per row.
    let m: number
    let e3: number
    let e4: number
    if (a3 >= a4) {
      m = a3
      e3 = 1
      e4 = Math.exp(a4 - m)
    } else {
      m = a4
      e3 = Math.exp(a3 - m)
      e4 = 1
    }
    const sum = e3 + e4
    const w3 = e3 / sum
    const w4 = e4 / sum
    ll += w * ((constant[k] ?? 0) + r * logAlpha + m + Math.log(sum))
    gr += w * ((dConstR[k] ?? 0) + logAlpha - w3 * logAlphaT - w4 * logAlphaTx)
    gAlpha += w * (r / alpha - rx * (w3 / alphaT + w4 / alphaTx))
    ga += w * ((dConstA[k] ?? 0) + w4 / a)
    gb += w * ((dConstB[k] ?? 0) - w4 * (invBx1[k] ?? 0))
  }
  // Chain rule to log-parameters: ∂/∂log p = p ∂/∂p.
  gradient[0] = gr * r
  gradient[1] = gAlpha * alpha
  gradient[2] = ga * a
  gradient[3] = gb * b
  return ll
}
