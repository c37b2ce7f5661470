/**
 * A persistent singly linked list, newest first. Adding is O(1) and shares
 * the tail, which keeps `evolve` pure without copying the history on every
 * event (the fold runs millions of times; a decision scans it once).
 */
export type List<A> = { readonly head: A; readonly tail: List<A> } | undefined

export const prepend = <A>(list: List<A>, head: A): List<A> => ({ head, tail: list })

export const findFirst = <A>(list: List<A>, predicate: (a: A) => boolean): A | undefined => {
  for (let node = list; node !== undefined; node = node.tail) if (predicate(node.head)) return node.head
  return undefined
}

export const toArrayOldestFirst = <A>(list: List<A>): ReadonlyArray<A> => {
  const out: A[] = []
  for (let node = list; node !== undefined; node = node.tail) out.push(node.head)
  return out.reverse()
}
