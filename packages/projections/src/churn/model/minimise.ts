// A small quasi-Newton minimiser (BFGS with a backtracking line search) for
// the churn models' few log-parameters. With analytic gradients it needs a
// few dozen likelihood evaluations where Nelder–Mead needs hundreds.

/**
 * The function to minimise: returns f(θ) and writes ∇f(θ) into `gradient`.
 * A non-finite value marks θ as outside the function's domain.
 *
 * @since 0.1.0
 * @category churn model
 */
export type Objective = (theta: ReadonlyArray<number>, gradient: number[]) => number

/** Why the minimiser stopped; only 'converged' means θ is a stationary point. @since 0.1.0 @category churn model */
export type MinimiseStop = 'converged' | 'iterationLimit' | 'valueNotFinite' | 'lineSearchStalled' | 'diverged'

/** Where the minimiser stopped and what it cost, so a fit can report convergence honestly. @since 0.1.0 @category churn model */
export interface MinimiseOutcome {
  readonly stop: MinimiseStop
  readonly theta: ReadonlyArray<number>
  readonly value: number
  /** The largest absolute component of the gradient at `theta`. */
  readonly gradientNorm: number
  readonly iterations: number
  readonly evaluations: number
}

/** Limits of one minimisation; the tolerances are for objectives scaled to order 1. @since 0.1.0 @category churn model */
export interface MinimiseOptions {
  readonly maxIterations: number
  /** Converged when every gradient component is at most this. */
  readonly gradientTolerance: number
  /**
   * Also converged when the value no longer changes at double precision and
   * every gradient component is at most this: closer to the optimum the
   * value cannot tell points apart, and the line search would only stall.
   */
  readonly precisionTolerance: number
  /** The longest step in any one coordinate (log-parameters: a factor of e^maxStep). */
  readonly maxStep: number
  /** Diverged when a coordinate leaves [-bound, bound] (a parameter running off to 0 or ∞). */
  readonly bound: number
}

const ARMIJO = 1e-4
const MAX_BACKTRACKS = 40
// Relative changes of the value this small are rounding, not progress.
const NO_PROGRESS = 4 * Number.EPSILON

const dot = (u: ReadonlyArray<number>, v: ReadonlyArray<number>): number => {
  let s = 0
  for (let i = 0; i < u.length; i++) s += (u[i] ?? 0) * (v[i] ?? 0)
  return s
}

const infNorm = (v: ReadonlyArray<number>): number => {
  let m = 0
  for (const x of v) m = Math.max(m, Math.abs(x))
  return m
}

const identity = (n: number): number[][] => Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => (i === j ? 1 : 0)))

const times = (m: ReadonlyArray<ReadonlyArray<number>>, v: ReadonlyArray<number>): number[] => m.map((row) => dot(row, v))

// H ← (I - ρ s yᵀ) H (I - ρ y sᵀ) + ρ s sᵀ, the BFGS update of the inverse Hessian.
const bfgsUpdate = (h: number[][], s: ReadonlyArray<number>, y: ReadonlyArray<number>, rho: number): number[][] => {
  const n = s.length
  const hy = times(h, y)
  const yhy = dot(y, hy)
  const next = identity(n)
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      const si = s[i] ?? 0
      const sj = s[j] ?? 0
      next[i]![j] = (h[i]?.[j] ?? 0) - rho * ((hy[i] ?? 0) * sj + si * (hy[j] ?? 0)) + (rho * rho * yhy + rho) * si * sj
    }
  }
  return next
}

/**
 * Minimises `f` from `start` by BFGS. Never throws: a value that is not
 * finite at the start, a parameter running off, or the iteration limit is
 * reported in `stop`.
 *
 * @since 0.1.0
 * @category churn model
 */
export const minimise = (f: Objective, start: ReadonlyArray<number>, options: MinimiseOptions): MinimiseOutcome => {
  const n = start.length
  let theta = [...start]
  let gradient = new Array<number>(n).fill(0)
  let value = f(theta, gradient)
  let evaluations = 1
  const outcome = (stop: MinimiseStop, iterations: number): MinimiseOutcome => ({
    stop,
    theta,
    value,
    gradientNorm: infNorm(gradient),
    iterations,
    evaluations,
  })
  if (!Number.isFinite(value) || !gradient.every(Number.isFinite)) return outcome('valueNotFinite', 0)
  let h = identity(n)
  let fresh = true
  for (let iteration = 0; iteration < options.maxIterations; iteration++) {
    if (infNorm(gradient) <= options.gradientTolerance) return outcome('converged', iteration)
    let direction = times(h, gradient).map((d) => -d)
    let slope = dot(gradient, direction)
    if (!(slope < 0)) {
      // The curvature estimate has gone bad: fall back to steepest descent.
      h = identity(n)
      fresh = true
      direction = gradient.map((g) => -g)
      slope = dot(gradient, direction)
    }
    const longest = infNorm(direction)
    if (longest > options.maxStep) {
      const shrink = options.maxStep / longest
      direction = direction.map((d) => d * shrink)
      slope *= shrink
    }
    let step = 1
    let accepted = false
    let nextTheta = theta
    const nextGradient = new Array<number>(n).fill(0)
    let nextValue = value
    for (let k = 0; k < MAX_BACKTRACKS; k++) {
      // NOTE: once the decrease the slope promises is below the value's
      // rounding, the Armijo test only compares rounding errors: stop
      // backtracking. Near an optimum the search used to halve the step 40
      // times over, twice, and a fit spent over half its evaluations there.
      if (-step * slope <= NO_PROGRESS * Math.abs(value)) break
      nextTheta = theta.map((t, i) => t + step * (direction[i] ?? 0))
      nextValue = f(nextTheta, nextGradient)
      evaluations++
      if (Number.isFinite(nextValue) && nextGradient.every(Number.isFinite) && nextValue <= value + ARMIJO * step * slope) {
        accepted = true
        break
      }
      step *= Number.isFinite(nextValue) ? 0.5 : 0.1
    }
    if (!accepted) {
      if (!fresh) {
        // Retry once from steepest descent before giving up.
        h = identity(n)
        fresh = true
        continue
      }
      // No decrease is possible at double precision: a stationary point if
      // the gradient is already near the tolerance.
      return outcome(infNorm(gradient) <= options.precisionTolerance ? 'converged' : 'lineSearchStalled', iteration)
    }
    const s = nextTheta.map((t, i) => t - (theta[i] ?? 0))
    const y = nextGradient.map((g, i) => g - (gradient[i] ?? 0))
    const sy = dot(s, y)
    if (sy > 1e-12 * Math.sqrt(dot(s, s) * dot(y, y))) {
      if (fresh) {
        // Scale the first inverse-Hessian estimate to the observed curvature.
        const scale = sy / dot(y, y)
        h = h.map((row) => row.map((v) => v * scale))
        fresh = false
      }
      h = bfgsUpdate(h, s, y, 1 / sy)
    }
    const progress = value - nextValue
    theta = nextTheta
    gradient = nextGradient
    value = nextValue
    if (infNorm(theta) > options.bound) return outcome('diverged', iteration + 1)
    if (progress <= NO_PROGRESS * Math.abs(value) && infNorm(gradient) <= options.precisionTolerance) return outcome('converged', iteration + 1)
  }
  return outcome(infNorm(gradient) <= options.gradientTolerance ? 'converged' : 'iterationLimit', options.maxIterations)
}
