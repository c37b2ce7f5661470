import * as t from 'io-ts'

// The closed word lists of the domain (DOMAIN.md). `t.keyof` decodes with one
// property look-up, the cheapest check io-ts has.

/** Person, organisation (企事业单位) or business partner. @since 0.1.0 @category vocabulary */
export const CustomerKind = t.keyof({ person: null, organisation: null, partner: null }, 'CustomerKind')
/** @since 0.1.0 @category vocabulary */
export type CustomerKind = t.TypeOf<typeof CustomerKind>

/** How the customer first came. @since 0.1.0 @category vocabulary */
export const AcquisitionChannel = t.keyof(
  { walk_in: null, phone: null, online: null, referral: null, delivery_recipient: null, other: null },
  'AcquisitionChannel',
)
/** @since 0.1.0 @category vocabulary */
export type AcquisitionChannel = t.TypeOf<typeof AcquisitionChannel>

/** Where a sale was made. @since 0.1.0 @category vocabulary */
export const SalesChannel = t.keyof({ in_store: null, phone: null, online: null, wechat: null, other: null }, 'SalesChannel')
/** @since 0.1.0 @category vocabulary */
export type SalesChannel = t.TypeOf<typeof SalesChannel>

/** Why it was bought. @since 0.1.0 @category vocabulary */
export const Occasion = t.keyof(
  { birthday: null, anniversary: null, festival: null, business_gift: null, gift: null, self: null, other: null },
  'Occasion',
)
/** @since 0.1.0 @category vocabulary */
export type Occasion = t.TypeOf<typeof Occasion>

/** @since 0.1.0 @category vocabulary */
export const RefundReason = t.keyof(
  { quality: null, damaged: null, wrong_item: null, late_delivery: null, changed_mind: null, complaint: null, other: null },
  'RefundReason',
)
/** @since 0.1.0 @category vocabulary */
export type RefundReason = t.TypeOf<typeof RefundReason>

/** Whose date it is, seen from the customer. @since 0.1.0 @category vocabulary */
export const Relation = t.keyof(
  { self: null, spouse: null, partner: null, child: null, parent: null, relative: null, friend: null, colleague: null, other: null },
  'Relation',
)
/** @since 0.1.0 @category vocabulary */
export type Relation = t.TypeOf<typeof Relation>

/** @since 0.1.0 @category vocabulary */
export const AnniversaryKind = t.keyof(
  { birthday: null, wedding: null, engagement: null, memorial: null, business: null, other: null },
  'AnniversaryKind',
)
/** @since 0.1.0 @category vocabulary */
export type AnniversaryKind = t.TypeOf<typeof AnniversaryKind>

/** What the archive remembers about the customer (likes, dislikes, hobbies, family, notes). @since 0.1.0 @category vocabulary */
export const PreferenceAspect = t.keyof({ like: null, dislike: null, hobby: null, family: null, note: null }, 'PreferenceAspect')
/** @since 0.1.0 @category vocabulary */
export type PreferenceAspect = t.TypeOf<typeof PreferenceAspect>

/** @since 0.1.0 @category vocabulary */
export const ComplaintCategory = t.keyof(
  { quality: null, service: null, price: null, delivery: null, wrong_item: null, environment: null, other: null },
  'ComplaintCategory',
)
/** @since 0.1.0 @category vocabulary */
export type ComplaintCategory = t.TypeOf<typeof ComplaintCategory>

/** The remedies of DOMAIN.md item 10. @since 0.1.0 @category vocabulary */
export const Resolution = t.keyof(
  { apology: null, repair: null, replacement: null, refund: null, compensation: null, other: null },
  'Resolution',
)
/** @since 0.1.0 @category vocabulary */
export type Resolution = t.TypeOf<typeof Resolution>

/** @since 0.1.0 @category vocabulary */
export const ContactChannel = t.keyof({ phone: null, visit: null, in_store: null, wechat: null, sms: null, other: null }, 'ContactChannel')
/** @since 0.1.0 @category vocabulary */
export type ContactChannel = t.TypeOf<typeof ContactChannel>

/** @since 0.1.0 @category vocabulary */
export const FollowUpPurpose = t.keyof(
  { after_purchase: null, greeting: null, complaint: null, win_back: null, membership: null, reminder: null, other: null },
  'FollowUpPurpose',
)
/** @since 0.1.0 @category vocabulary */
export type FollowUpPurpose = t.TypeOf<typeof FollowUpPurpose>

/** @since 0.1.0 @category vocabulary */
export const FollowUpOutcome = t.keyof(
  { satisfied: null, unsatisfied: null, will_buy: null, declined: null, no_answer: null, reached: null, other: null },
  'FollowUpOutcome',
)
/** @since 0.1.0 @category vocabulary */
export type FollowUpOutcome = t.TypeOf<typeof FollowUpOutcome>

/** Why a customer stopped coming (DOMAIN.md item 9). @since 0.1.0 @category vocabulary */
export const LostReason = t.keyof(
  { quality: null, price: null, competitor: null, habits: null, moved: null, job_change: null, service: null, unknown: null, other: null },
  'LostReason',
)
/** @since 0.1.0 @category vocabulary */
export type LostReason = t.TypeOf<typeof LostReason>

/** Who asked for the erasure. @since 0.1.0 @category vocabulary */
export const ErasureRequester = t.keyof({ customer: null, shop: null }, 'ErasureRequester')
/** @since 0.1.0 @category vocabulary */
export type ErasureRequester = t.TypeOf<typeof ErasureRequester>
