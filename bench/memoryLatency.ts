// A baseline for the benchmarks that walk large read models: how long this
// machine takes to read one word of memory that the previous read pointed
// to, with a working set of a given size. A fold that updates a few
// customer objects per event, among tens of megabytes of them, pays about
// this for every object it reaches that is not already cached.
//
// NOTE: a chain through a random cyclic permutation in one typed array, so
// every read depends on the one before (no overlap, no prefetch) and lands
// on an unpredictable line. Seeded, so runs walk the same chain.

/** xorshift32: enough to shuffle, and the same every run. */
const shuffler = (seed: number): ((n: number) => number) => {
  let x = seed >>> 0 || 1
  return (n) => {
    x ^= x << 13
    x >>>= 0
    x ^= x >>> 17
    x ^= x << 5
    x >>>= 0
    return x % n
  }
}

/** Nanoseconds per dependent read in a working set of `bytes`, median of `runs` walks of `steps` reads. */
export const dependentReadNs = (bytes: number, steps = 2_000_000, runs = 5): number => {
  const n = Math.max(2, Math.floor(bytes / 4))
  const order = new Int32Array(n)
  for (let i = 0; i < n; i++) order[i] = i
  const next = shuffler(0x2545f491)
  for (let i = n - 1; i > 0; i--) {
    const j = next(i + 1)
    const t = order[i] as number
    order[i] = order[j] as number
    order[j] = t
  }
  // One cycle through every slot: each slot holds the next slot to read.
  const chain = new Int32Array(n)
  for (let i = 0; i < n; i++) chain[order[i] as number] = order[(i + 1) % n] as number
  const samples: number[] = []
  let at = 0
  for (let r = 0; r < runs; r++) {
    const start = performance.now()
    for (let s = 0; s < steps; s++) at = chain[at] as number
    samples.push(((performance.now() - start) * 1e6) / steps)
  }
  // Kept where the compiler cannot see it unused, so the walk is not dropped.
  lastPosition = at
  samples.sort((a, b) => a - b)
  return samples[samples.length >> 1] as number
}

/** Where the last walk ended; read by nobody, written so the walk has an effect. */
export let lastPosition = 0
