// A sorted sequence kept in blocks of at most MAX_BLOCK elements (the idea of
// Python's `sortedcontainers`): inserting or removing moves at most one block's
// worth of elements instead of the whole sequence, and the element at any
// offset is found by skipping whole blocks. One flat sorted array of 100,000
// customers would cost a 100,000-element move for every purchase that changes
// a customer's place; a balanced tree would allocate a node per element.
//
// NOTE: the structure is plain arrays so a state holding it survives
// `structuredClone` (checkpoints) unchanged. The order itself is not stored:
// every operation takes the comparison, which must be a total order that is
// the same one the sequence was built with.

/** Elements in ascending order, split into non-empty sorted blocks. */
export interface Ordered<T> {
  readonly blocks: T[][]
  size: number
}

/** Where `probe` says the element stands relative to the sought position: negative before, zero or positive at or after. */
export type Probe<T> = (element: T) => number

const MAX_BLOCK = 1024

/** A fresh empty sequence. */
export const emptyOrdered = <T>(): Ordered<T> => ({ blocks: [], size: 0 })

interface Position {
  readonly block: number
  readonly index: number
}

// The first block whose last element is at or after the sought position; blocks.length when none is.
const blockFor = <T>(o: Ordered<T>, probe: Probe<T>): number => {
  let lo = 0
  let hi = o.blocks.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    const block = o.blocks[mid] as T[]
    if (probe(block[block.length - 1] as T) < 0) lo = mid + 1
    else hi = mid
  }
  return lo
}

const indexIn = <T>(block: ReadonlyArray<T>, probe: Probe<T>): number => {
  let lo = 0
  let hi = block.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (probe(block[mid] as T) < 0) lo = mid + 1
    else hi = mid
  }
  return lo
}

/** The first position whose element is not before the probe's target (the end when every element is). */
const lowerBound = <T>(o: Ordered<T>, probe: Probe<T>): Position => {
  const block = blockFor(o, probe)
  const found = o.blocks[block]
  return found === undefined ? { block, index: 0 } : { block, index: indexIn(found, probe) }
}

/** Inserts `x`; `compare` must place it among the elements already there. */
export const insertOrdered = <T>(o: Ordered<T>, x: T, compare: (a: T, b: T) => number): void => {
  o.size += 1
  if (o.blocks.length === 0) {
    o.blocks.push([x])
    return
  }
  const probe: Probe<T> = (e) => compare(e, x)
  // Past the last element it goes at the end of the last block.
  const b = Math.min(blockFor(o, probe), o.blocks.length - 1)
  const block = o.blocks[b] as T[]
  block.splice(indexIn(block, probe), 0, x)
  if (block.length > MAX_BLOCK) o.blocks.splice(b + 1, 0, block.splice(block.length >>> 1))
}

/** Removes `x` when present; reports whether it was. */
export const removeOrdered = <T>(o: Ordered<T>, x: T, compare: (a: T, b: T) => number): boolean => {
  const at = lowerBound(o, (e) => compare(e, x))
  const block = o.blocks[at.block]
  if (block === undefined || at.index >= block.length || compare(block[at.index] as T, x) !== 0) return false
  block.splice(at.index, 1)
  if (block.length === 0) o.blocks.splice(at.block, 1)
  o.size -= 1
  return true
}

/** The elements from the first one not before the probe's target, for as long as `keep` accepts them. */
export const takeFrom = <T>(o: Ordered<T>, probe: Probe<T>, keep: (e: T) => boolean): T[] => {
  const out: T[] = []
  const start = lowerBound(o, probe)
  for (let b = start.block; b < o.blocks.length; b++) {
    const block = o.blocks[b] as T[]
    for (let i = b === start.block ? start.index : 0; i < block.length; i++) {
      const e = block[i] as T
      if (!keep(e)) return out
      out.push(e)
    }
  }
  return out
}

/** The elements at ascending offsets `from` (inclusive) to `to` (exclusive), clamped to the sequence. */
export const sliceOrdered = <T>(o: Ordered<T>, from: number, to: number): T[] => {
  const out: T[] = []
  const end = Math.min(to, o.size)
  let skipped = 0
  for (const block of o.blocks) {
    if (skipped + block.length <= from) {
      skipped += block.length
      continue
    }
    if (skipped >= end) break
    const start = Math.max(0, from - skipped)
    const stop = Math.min(block.length, end - skipped)
    for (let i = start; i < stop; i++) out.push(block[i] as T)
    skipped += block.length
  }
  return out
}

/**
 * Every element in order, each through `f`, into one array sized up front.
 * NOTE: `blocks.flat().map(f)` cost ~4x as much: `flat` is generic in V8 and
 * the two passes allocate twice; a surname query returns ~1,500 entries.
 */
export const mapOrdered = <T, U>(o: Ordered<T>, f: (e: T) => U): U[] => {
  const out = new Array<U>(o.size)
  let k = 0
  for (const block of o.blocks) for (let i = 0; i < block.length; i++) out[k++] = f(block[i] as T)
  return out
}

/** Every element, in order. */
export const orderedToArray = <T>(o: Ordered<T>): T[] => mapOrdered(o, (e) => e)
