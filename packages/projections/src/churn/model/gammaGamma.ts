// The Gamma-Gamma model of spend per purchase (Fader & Hardie 2013, "The
// Gamma-Gamma Model of Monetary Value"): each purchase's value is
// Gamma(p, ν) with ν ~ Gamma(q, γ) across customers, so a customer's mean
// spend is pulled from their own average towards the shop's.
import * as O from 'fp-ts/lib/Option.js'
import { digamma, logGamma } from './logGamma.js'

/**
 * The three Gamma-Gamma parameters, all > 0; `gamma` is in money units.
 *
 * @since 0.1.0
 * @category churn model
 */
export interface GammaGammaParams {
  readonly p: number
  readonly q: number
  readonly gamma: number
}

/**
 * What the Gamma-Gamma model knows about one customer: `x` repeat purchases
 * (≥ 1 to say anything) and their mean value `zbar` (> 0).
 *
 * @since 0.1.0
 * @category churn model
 */
export interface SpendSummary {
  readonly x: number
  readonly zbar: number
}

/** Whether all three parameters are finite and positive. @since 0.1.0 @category churn model */
export const isGammaGammaParams = (g: GammaGammaParams): boolean => [g.p, g.q, g.gamma].every((v) => Number.isFinite(v) && v > 0)

/**
 * The log-likelihood of one customer's mean spend zbar over x purchases:
 * log of Γ(px+q) / (Γ(px) Γ(q)) · γ^q · zbar^(px-1) · x^(px) / (γ + x·zbar)^(px+q).
 *
 * @since 0.1.0
 * @category churn model
 */
export const gammaGammaLogLikelihood = (params: GammaGammaParams, s: SpendSummary): number => {
  const { p, q, gamma } = params
  const px = p * s.x
  return (
    logGamma(px + q) -
    logGamma(px) -
    logGamma(q) +
    q * Math.log(gamma) +
    (px - 1) * Math.log(s.zbar) +
    px * Math.log(s.x) -
    (px + q) * Math.log(gamma + s.x * s.zbar)
  )
}

/**
 * The total log-likelihood at θ = (log p, log q, log γ) and its gradient with
 * respect to θ, for the fit's optimiser.
 *
 * @since 0.1.0
 * @category churn model
 */
export const gammaGammaLogLikelihoodAndGradient = (
  customers: ReadonlyArray<SpendSummary>,
  theta: ReadonlyArray<number>,
  gradient: number[],
): number => {
  const p = Math.exp(theta[0] ?? Number.NaN)
  const q = Math.exp(theta[1] ?? Number.NaN)
  const gamma = Math.exp(theta[2] ?? Number.NaN)
  const lgQ = logGamma(q)
  const psiQ = digamma(q)
  const logGammaParam = Math.log(gamma)
  let ll = 0
  let gp = 0
  let gq = 0
  let gg = 0
  for (const { x, zbar } of customers) {
    const px = p * x
    const logZ = Math.log(zbar)
    const logXZ = Math.log(gamma + x * zbar)
    const psiPxQ = digamma(px + q)
    ll += logGamma(px + q) - logGamma(px) - lgQ + q * logGammaParam + (px - 1) * logZ + px * Math.log(x) - (px + q) * logXZ
    gp += x * (psiPxQ - digamma(px) + logZ + Math.log(x) - logXZ)
    gq += psiPxQ - psiQ + logGammaParam - logXZ
    gg += q / gamma - (px + q) / (gamma + x * zbar)
  }
  gradient[0] = gp * p
  gradient[1] = gq * q
  gradient[2] = gg * gamma
  return ll
}

/**
 * The expected mean spend per purchase of a customer with x purchases
 * averaging zbar: a weighted average of the shop's mean γp/(q-1) and the
 * customer's own zbar, trusting zbar more the more purchases back it. None
 * where the expectation does not exist (px + q ≤ 1).
 *
 * @example expectedAverageSpend({ p: 6.25, q: 3.74, gamma: 15.44 }, { x: 2, zbar: 22.35 })
 * @since 0.1.0
 * @category churn model
 */
export const expectedAverageSpend = (params: GammaGammaParams, s: SpendSummary): O.Option<number> => {
  const { p, q, gamma } = params
  const denominator = p * s.x + q - 1
  if (!(denominator > 0)) return O.none
  // (γ + x·zbar) p / (px + q - 1); for x = 0 it is the population mean γp/(q-1).
  const value = ((gamma + s.x * (s.x === 0 ? 0 : s.zbar)) * p) / denominator
  return Number.isFinite(value) ? O.some(value) : O.none
}
