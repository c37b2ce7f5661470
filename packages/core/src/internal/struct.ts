import * as t from 'io-ts'

/**
 * An object codec with required and optional properties. One place to build
 * them so that the representation (and its speed) can change in one file.
 */
export function struct<R extends t.Props>(required: R): t.TypeC<R>
export function struct<R extends t.Props, O extends t.Props>(
  required: R,
  optional: O,
): t.IntersectionC<[t.TypeC<R>, t.PartialC<O>]>
export function struct(required: t.Props, optional?: t.Props): t.Any {
  return optional === undefined ? t.type(required) : t.intersection([t.type(required), t.partial(optional)])
}
