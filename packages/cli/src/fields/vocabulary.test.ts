import * as E from 'fp-ts/lib/Either.js'
import { describe, expect, it } from 'vitest'
import { parseAcquisitionChannel, parseCustomerKind, parseOccasion, parseSalesChannel } from './vocabulary.js'

describe('vocabulary columns', () => {
  it('accept the code and the Chinese words', () => {
    expect(parseCustomerKind('单位')).toEqual(E.right('organisation'))
    expect(parseCustomerKind('Organisation')).toEqual(E.right('organisation'))
    expect(parseAcquisitionChannel('老客介绍')).toEqual(E.right('referral'))
    expect(parseAcquisitionChannel('walk-in')).toEqual(E.right('walk_in'))
    expect(parseOccasion('商务送礼')).toEqual(E.right('business_gift'))
    expect(parseSalesChannel('微信')).toEqual(E.right('wechat'))
  })

  it('refuse an unknown word, listing the codes but not the word', () => {
    const refused = parseOccasion('乱写')
    expect(E.isLeft(refused) && refused.left).toMatch(/^is not a known occasion \(one of birthday, anniversary/)
    expect(E.isLeft(refused) && refused.left).not.toContain('乱写')
  })
})
