import * as E from 'fp-ts/lib/Either.js'
import type { AcquisitionChannel, CustomerKind, Occasion, SalesChannel } from '@clientele/core'

type Words<K extends string> = Readonly<Record<K, ReadonlyArray<string>>>

// The words a shop writes in a column, Chinese and English, for each code of
// the domain's vocabulary. The code itself is always accepted.
const KIND_WORDS: Words<CustomerKind> = {
  person: ['个人', '个人客户', '散客', '顾客'],
  organisation: ['单位', '企业', '公司', '企事业单位', '机构', '团体', 'organization', 'company'],
  partner: ['合作伙伴', '同行', '伙伴', '商户'],
}
const ACQUISITION_WORDS: Words<AcquisitionChannel> = {
  walk_in: ['进店', '到店', '门店', '上门', '自然进店', 'walk-in', 'walkin'],
  phone: ['电话', '来电'],
  online: ['网上', '网络', '线上', '网店', '外卖', '美团', '淘宝'],
  referral: ['介绍', '转介绍', '老客介绍', '朋友介绍'],
  delivery_recipient: ['收花人', '收货人', '代送'],
  other: ['其他', '其它'],
}
const OCCASION_WORDS: Words<Occasion> = {
  birthday: ['生日'],
  anniversary: ['纪念日', '周年', '结婚纪念日', '周年纪念'],
  festival: ['节日', '节庆', '过节'],
  business_gift: ['商务', '商务送礼', '公司送礼', 'business'],
  gift: ['送礼', '礼物', '送人'],
  self: ['自用', '自己', '自购'],
  other: ['其他', '其它'],
}
const SALES_CHANNEL_WORDS: Words<SalesChannel> = {
  in_store: ['门店', '到店', '店内', '进店', 'store', 'in-store'],
  phone: ['电话', '来电'],
  online: ['网上', '网络', '线上', '网店', '外卖', '美团', '淘宝'],
  wechat: ['微信'],
  other: ['其他', '其它'],
}

const normalise = (s: string): string => s.trim().toLowerCase().replace(/[\s_]+/g, '_')

const chooser = <K extends string>(words: Words<K>, what: string) => {
  const lookup = new Map<string, K>()
  for (const code of Object.keys(words) as K[]) {
    lookup.set(normalise(code), code)
    for (const w of words[code]) lookup.set(normalise(w), code)
  }
  const codes = Object.keys(words).join(', ')
  return (raw: string): E.Either<string, K> => {
    const found = lookup.get(normalise(raw))
    return found === undefined ? E.left(`is not a known ${what} (one of ${codes}, or its Chinese word)`) : E.right(found)
  }
}

/** 个人/person, 单位/organisation, 合作伙伴/partner. @since 0.1.0 @category fields */
export const parseCustomerKind = chooser(KIND_WORDS, 'customer kind')
/** How the customer first came: 进店, 电话, 网上, 介绍, … @since 0.1.0 @category fields */
export const parseAcquisitionChannel = chooser(ACQUISITION_WORDS, 'channel')
/** Why it was bought: 生日, 纪念日, 节日, 商务, 送礼, 自用, 其他. @since 0.1.0 @category fields */
export const parseOccasion = chooser(OCCASION_WORDS, 'occasion')
/** Where it was sold: 门店, 电话, 网上, 微信, 其他. @since 0.1.0 @category fields */
export const parseSalesChannel = chooser(SALES_CHANNEL_WORDS, 'sales channel')
