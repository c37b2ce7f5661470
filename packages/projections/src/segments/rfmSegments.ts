// The names an RFM report is read by: the common English segments from the R
// and F scores, and the Chinese eight classes from R, F and M each high or low.

/** A score 1–5, 5 best. @since 0.1.0 @category segments */
export type RfmScore = 1 | 2 | 3 | 4 | 5

/** The common English RFM segments. @since 0.1.0 @category segments */
export type RfmSegment =
  | 'champions'
  | 'loyal'
  | 'potential_loyalist'
  | 'new_customers'
  | 'promising'
  | 'need_attention'
  | 'about_to_sleep'
  | 'at_risk'
  | 'cant_lose_them'
  | 'hibernating'
  | 'lost'

/** The segments' usual English names, for display. @since 0.1.0 @category segments */
export const rfmSegmentLabels: Readonly<Record<RfmSegment, string>> = {
  champions: 'Champions',
  loyal: 'Loyal',
  potential_loyalist: 'Potential Loyalist',
  new_customers: 'New Customers',
  promising: 'Promising',
  need_attention: 'Need Attention',
  about_to_sleep: 'About to Sleep',
  at_risk: 'At Risk',
  cant_lose_them: "Can't Lose Them",
  hibernating: 'Hibernating',
  lost: 'Lost',
}

// Rows R = 5 … 1, columns F = 1 … 5: the usual R–F grid, with its bottom-left
// corner (R 1, F 1: bought once, long ago) split off from Hibernating as Lost.
const GRID: ReadonlyArray<ReadonlyArray<RfmSegment>> = [
  ['new_customers', 'potential_loyalist', 'potential_loyalist', 'champions', 'champions'],
  ['promising', 'potential_loyalist', 'potential_loyalist', 'loyal', 'loyal'],
  ['about_to_sleep', 'about_to_sleep', 'need_attention', 'loyal', 'loyal'],
  ['hibernating', 'hibernating', 'at_risk', 'at_risk', 'cant_lose_them'],
  ['lost', 'hibernating', 'at_risk', 'at_risk', 'cant_lose_them'],
]

/**
 * The English segment of an R and F score (M does not enter; it sets the
 * Chinese classes' 重要/一般). R 5: F 1 New Customers, F 2–3 Potential
 * Loyalist, F 4–5 Champions; R 4: F 1 Promising, F 2–3 Potential Loyalist,
 * F 4–5 Loyal; R 3: F 1–2 About to Sleep, F 3 Need Attention, F 4–5 Loyal;
 * R 2: F 1–2 Hibernating, F 3–4 At Risk, F 5 Can't Lose Them; R 1: as R 2
 * except F 1, which is Lost.
 * @since 0.1.0 @category segments
 */
export const rfmSegmentOf = (r: RfmScore, f: RfmScore): RfmSegment => (GRID[5 - r] as ReadonlyArray<RfmSegment>)[f - 1] as RfmSegment

/** The Chinese eight-class scheme (RFM 八类客户). @since 0.1.0 @category segments */
export type RfmClass =
  | 'important_value'
  | 'important_development'
  | 'important_retention'
  | 'important_win_back'
  | 'general_value'
  | 'general_development'
  | 'general_retention'
  | 'general_win_back'

/** The eight classes' Chinese names, for display. @since 0.1.0 @category segments */
export const rfmClassLabels: Readonly<Record<RfmClass, string>> = {
  important_value: '重要价值客户',
  important_development: '重要发展客户',
  important_retention: '重要保持客户',
  important_win_back: '重要挽留客户',
  general_value: '一般价值客户',
  general_development: '一般发展客户',
  general_retention: '一般保持客户',
  general_win_back: '一般挽留客户',
}

/**
 * The class of R, F, M each high or low: M decides 重要 (important) or 一般
 * (general); recent and frequent is 价值 (value), recent only 发展
 * (development), frequent only 保持 (retention), neither 挽留 (win back).
 * @since 0.1.0 @category segments
 */
export const rfmClassOf = (recent: boolean, frequent: boolean, bigSpender: boolean): RfmClass =>
  (bigSpender ? IMPORTANT : GENERAL)[recent ? (frequent ? 0 : 1) : frequent ? 2 : 3] as RfmClass

// NOTE: constant strings, not a name put together per call: an RFM report
// classes every customer and counts them by class, and a freshly built
// string has to be flattened and hashed again for each count.
const IMPORTANT: ReadonlyArray<RfmClass> = ['important_value', 'important_development', 'important_retention', 'important_win_back']
const GENERAL: ReadonlyArray<RfmClass> = ['general_value', 'general_development', 'general_retention', 'general_win_back']
