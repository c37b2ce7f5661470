// Arbitraries of names and free text: mostly realistic shop data, sometimes
// any trimmed Unicode text the codecs accept.
import fc from 'fast-check'
import { catalogues } from '../simulator/catalogues.js'
import {
  COMPOUND_SURNAME_SAMPLE,
  COMPOUNDS,
  DISTRICTS,
  GIVEN_CHARS,
  INSTITUTIONS,
  ORG_FORMS,
  ORG_PREFIXES,
  ORG_TRADES,
  ROADS,
  SINGLE_SURNAMES,
  WESTERN_FAMILY,
  WESTERN_GIVEN,
} from '../simulator/names.js'
import { complaintDescriptions, preferenceTexts, purchaseNotes } from '../simulator/phrases.js'

/** Non-empty Unicode text of at most `max` characters (UTF-16 units) with no white space at either end. @since 0.1.0 @category testing */
export const trimmedTextArb = (max: number, maxGraphemes = 40): fc.Arbitrary<string> =>
  fc
    .string({ unit: 'grapheme', minLength: 1, maxLength: Math.min(max, maxGraphemes) })
    .map((s) => s.trim())
    .filter((s) => s.length >= 1 && s.length <= max)

const givenNameArb = fc.oneof(
  fc.constantFrom(...GIVEN_CHARS),
  fc.tuple(fc.constantFrom(...GIVEN_CHARS), fc.constantFrom(...GIVEN_CHARS)).map(([a, b]) => a + b),
)

/** A Chinese name: common surnames, compound ones (欧阳, 司马, 诸葛, …) and the polyphonic 曾, 单, 解. @since 0.1.0 @category testing */
export const chineseNameArb: fc.Arbitrary<string> = fc
  .tuple(
    fc.oneof(
      { weight: 6, arbitrary: fc.constantFrom(...SINGLE_SURNAMES) },
      { weight: 2, arbitrary: fc.constantFrom(...COMPOUND_SURNAME_SAMPLE) },
      { weight: 2, arbitrary: fc.constantFrom('曾', '单', '解') },
    ),
    givenNameArb,
  )
  .map(([surname, given]) => surname + given)

/** A Western `Given Family` name (some family names with particles, such as van Dijk). @since 0.1.0 @category testing */
export const westernNameArb: fc.Arbitrary<string> = fc
  .tuple(fc.constantFrom(...WESTERN_GIVEN), fc.constantFrom(...WESTERN_FAMILY))
  .map(([g, f]) => `${g} ${f}`)

/** An organisation (企事业单位) such as 华美装饰有限公司 or 城南区实验小学. @since 0.1.0 @category testing */
export const organisationNameArb: fc.Arbitrary<string> = fc.oneof(
  fc.tuple(fc.constantFrom(...ORG_PREFIXES), fc.constantFrom(...ORG_TRADES), fc.constantFrom(...ORG_FORMS)).map((parts) => parts.join('')),
  fc.tuple(fc.constantFrom(...DISTRICTS), fc.constantFrom(...INSTITUTIONS)).map((parts) => parts.join('')),
)

/** A customer's name: Chinese, Western or an organisation, now and then any text the codec accepts. @since 0.1.0 @category testing */
export const customerNameArb: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: chineseNameArb },
  { weight: 2, arbitrary: westernNameArb },
  { weight: 2, arbitrary: organisationNameArb },
  { weight: 1, arbitrary: trimmedTextArb(100) },
)

const catalogueWords = Object.values(catalogues).flatMap((c) =>
  [...c.everyday, ...c.special, ...c.addOns, ...c.business].flatMap((i) => [i.name, i.category]),
)

/** A short label (an item, a category, an event's name): shop words, now and then any short text. @since 0.1.0 @category testing */
export const labelArb: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...catalogueWords) },
  { weight: 1, arbitrary: trimmedTextArb(100) },
)

const noteWords = [
  ...purchaseNotes,
  ...Object.values(complaintDescriptions).flat(),
  ...Object.values(preferenceTexts).flatMap((byAspect) => Object.values(byAspect).flat()),
]

/** A free note: staff phrases, any text, or a long one near the 2000-character cap. @since 0.1.0 @category testing */
export const noteArb: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...noteWords) },
  { weight: 2, arbitrary: trimmedTextArb(2000, 200) },
  { weight: 1, arbitrary: fc.integer({ min: 1, max: 2000 }).map((n) => '备'.repeat(n)) },
)

/** A postal address in a made-up town. @since 0.1.0 @category testing */
export const addressArb: fc.Arbitrary<string> = fc.oneof(
  fc
    .tuple(fc.constantFrom(...DISTRICTS), fc.constantFrom(...ROADS), fc.integer({ min: 1, max: 399 }), fc.constantFrom(...COMPOUNDS), fc.integer({ min: 1, max: 30 }))
    .map(([d, r, n, c, b]) => `${d}${r}${n}号${c}${b}栋`),
  trimmedTextArb(300),
)

/** A WeChat id. @since 0.1.0 @category testing */
export const wechatIdArb: fc.Arbitrary<string> = fc.oneof(
  fc.stringMatching(/^wxid_[a-z0-9]{6,14}$/),
  fc.stringMatching(/^[a-zA-Z][-_a-zA-Z0-9]{5,19}$/),
)

/** An opaque staff id. @since 0.1.0 @category testing */
export const staffIdArb: fc.Arbitrary<string> = fc.oneof(
  fc.integer({ min: 1, max: 12 }).map((n) => `s${String(n).padStart(2, '0')}`),
  fc.stringMatching(/^staff-[0-9]{1,4}$/),
)

/** A whole number of at least 1 (quantities, points), small numbers most often. @since 0.1.0 @category testing */
export const positiveIntArb = (max = 100_000): fc.Arbitrary<number> =>
  fc.oneof({ weight: 9, arbitrary: fc.integer({ min: 1, max }) }, { weight: 1, arbitrary: fc.integer({ min: 1, max: 0x7fffffff }) })
