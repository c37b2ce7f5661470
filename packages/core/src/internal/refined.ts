import * as t from 'io-ts'

/**
 * Builds a codec from a check that explains itself. The reason becomes the
 * validation message, so problems name what is wrong without echoing the
 * value (which may be personal data).
 */
export const refined = <A, O = A>(
  name: string,
  check: (u: unknown) => string | undefined,
  encode: (a: A) => O = (a) => a as unknown as O,
  normalise: (u: unknown) => A = (u) => u as A,
  // Only values already in normal form pass `is`: decoders take `is` as "keep as it is".
  isNormal: (u: unknown) => boolean = () => true,
): t.Type<A, O, unknown> =>
  new t.Type<A, O, unknown>(
    name,
    (u): u is A => check(u) === undefined && isNormal(u),
    (u, c) => {
      const reason = check(u)
      return reason === undefined ? t.success(normalise(u)) : t.failure(u, c, reason)
    },
    encode,
  )
