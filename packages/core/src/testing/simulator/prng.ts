// A small seeded generator so that a simulation is a pure function of its
// options: the same seed gives the same shop, byte for byte, on every machine.
// sfc32 (Chris Doty-Humphrey's Small Fast Counting generator) seeded through
// splitmix32; 32-bit integer arithmetic only, so no floating-point library
// call can differ between platforms.

const DIGITS: ReadonlyArray<string> = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9']

const HEX_CODES: ReadonlyArray<number> = Array.from('0123456789abcdef', (c) => c.charCodeAt(0))
// Where the 32 hex digits of a uuid go between its dashes.
const UUID_DIGIT_AT: ReadonlyArray<number> = Array.from({ length: 36 }, (_, i) => i).filter((i) => i !== 8 && i !== 13 && i !== 18 && i !== 23)
const UUID_CODES: number[] = Array.from('00000000-0000-4000-8000-000000000000', (c) => c.charCodeAt(0))

const splitmix32 = (seed: number): (() => number) => {
  let s = seed >>> 0
  return () => {
    s = (s + 0x9e3779b9) >>> 0
    let z = s
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b)
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35)
    return (z ^ (z >>> 16)) >>> 0
  }
}

/**
 * A deterministic pseudo-random generator (sfc32) with the helpers a
 * simulation needs. Not for cryptography.
 *
 * @since 0.1.0
 * @category testing
 */
export class Prng {
  private a: number
  private b: number
  private c: number
  private d: number

  constructor(seed: number) {
    const mix = splitmix32(seed)
    this.a = mix()
    this.b = mix()
    this.c = mix()
    this.d = 1
    // The first outputs of sfc32 still show the seed; discard them.
    for (let i = 0; i < 12; i++) this.u32()
  }

  /** A uniform unsigned 32-bit integer. */
  u32(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0
    this.d = (this.d + 1) | 0
    this.a = this.b ^ (this.b >>> 9)
    this.b = (this.c + (this.c << 3)) | 0
    this.c = (this.c << 21) | (this.c >>> 11)
    this.c = (this.c + t) | 0
    return t >>> 0
  }

  /** A uniform number in [0, 1). */
  next(): number {
    return this.u32() / 4294967296
  }

  /** A uniform integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.next() * n)
  }

  /** A uniform integer in [min, max], both included. */
  range(min: number, max: number): number {
    return min + this.int(max - min + 1)
  }

  /** True with probability `p`. */
  chance(p: number): boolean {
    return this.next() < p
  }

  /** One element of a non-empty array. */
  pick<A>(xs: ReadonlyArray<A>): A {
    const x = xs[this.int(xs.length)]
    if (x === undefined) throw new Error('Prng.pick: empty array')
    return x
  }

  /** One value of `[weight, value]` pairs, each with probability proportional to its weight. */
  weighted<A>(choices: ReadonlyArray<readonly [number, A]>): A {
    let total = 0
    for (const [w] of choices) total += w
    let r = this.next() * total
    for (const [w, v] of choices) {
      if (r < w) return v
      r -= w
    }
    const last = choices[choices.length - 1]
    if (last === undefined) throw new Error('Prng.weighted: no choices')
    return last[1]
  }

  /** A lower-case version-4 uuid (8-4-4-4-12, variant 8–b). */
  uuid(): string {
    // Written as character codes into one buffer and turned into one flat
    // string: a large simulation keeps a million of them.
    let k = 0
    for (let w = 0; w < 4; w++) {
      let v = this.u32()
      if (w === 1) v = ((v & 0xffff0fff) | 0x00004000) >>> 0
      else if (w === 2) v = ((v & 0x3fffffff) | 0x80000000) >>> 0
      for (let shift = 28; shift >= 0; shift -= 4) UUID_CODES[UUID_DIGIT_AT[k++] ?? 0] = HEX_CODES[(v >>> shift) & 15] ?? 48
    }
    return String.fromCharCode.apply(null, UUID_CODES)
  }

  /** A string of `n` decimal digits. */
  digits(n: number): string {
    const ds: string[] = []
    for (let i = 0; i < n; i++) ds.push(DIGITS[this.int(10)] ?? '0')
    return ds.join('')
  }
}
