// Answers of the month-day query, kept beside each date index state until
// the state's dates change.
//
// NOTE: the owner asks about the same few days over and over (today, the
// next days, "June 10" typed twice), and a busy day's answer is a few
// hundred occurrences built from anniversaries scattered over the heap:
// asked again, it is read back instead of rebuilt. The memo lives beside the
// state, not in it (as the directory's sorts do), so the state stays plain
// data that checkpoints and equality see unchanged, and a state its owner
// drops takes its answers with it.
import type { AnniversaryOccurrence, DateIndexState } from './dateIndex.js'

const answers = new WeakMap<DateIndexState, Map<string, ReadonlyArray<AnniversaryOccurrence>>>()

/** Internal to the date index: drops every answer remembered for a state whose dates changed. */
export const forgetAnswers = (state: DateIndexState): void => {
  answers.delete(state)
}

/**
 * The answer remembered under `key` for this state, or `compute()`'s, then
 * remembered. The answer and its occurrences are frozen: they are handed to
 * every later caller, so none may change what the next one reads.
 */
export const rememberedAnswer = (
  state: DateIndexState,
  key: string,
  compute: () => AnniversaryOccurrence[],
): ReadonlyArray<AnniversaryOccurrence> => {
  let held = answers.get(state)
  const known = held?.get(key)
  if (known !== undefined) return known
  const answer = compute()
  for (const o of answer) Object.freeze(o)
  Object.freeze(answer)
  if (held === undefined) answers.set(state, (held = new Map()))
  held.set(key, answer)
  return answer
}
