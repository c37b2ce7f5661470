// What staff write in the archive: complaint descriptions, preferences,
// notes. Generic on purpose: no phrase names a real person or place.
import type { ComplaintCategory, FollowUpOutcome, FollowUpPurpose, LostReason, PreferenceAspect, Resolution } from '../../events/vocabulary.js'
import type { ShopKind } from './catalogues.js'

/** The customer's own words, per complaint category. @since 0.1.0 @category testing */
export const complaintDescriptions: Readonly<Record<ComplaintCategory, ReadonlyArray<string>>> = {
  quality: ['买回去第二天就有问题，和描述的不一样', '商品质量不好，和上次买的差很多', '收到后发现有破损和瑕疵'],
  service: ['店员态度不好，问了几次都没人理', '电话预订后到店没有准备好', '结账时多收了钱，解释不清楚'],
  price: ['同样的东西比别家贵不少', '会员价没有按说好的算'],
  delivery: ['送货比约定时间晚了两个小时', '送错了地址，收件人没收到', '配送途中包装被压坏了'],
  wrong_item: ['拿到的和下单的不是同一款', '数量少了，少给了一件'],
  environment: ['店里太挤，排队时间太长', '门口停车很不方便'],
  other: ['对售后处理流程不满意', '发票迟迟没有开出来'],
}

/** What the shop found to be the real cause. @since 0.1.0 @category testing */
export const rootCauses: ReadonlyArray<string> = ['进货批次质量不稳定', '高峰期人手不足', '配送路线安排不合理', '新员工培训不到位', '包装不够牢固', '订单信息录入错误']

/** What the shop changes so it does not happen again. @since 0.1.0 @category testing */
export const preventions: ReadonlyArray<string> = ['到货逐件检查', '高峰期增加一名店员', '配送前电话确认地址', '下单后复核订单', '更换加厚包装', '每周例会复盘投诉']

/** Notes on a resolution, by remedy. @since 0.1.0 @category testing */
export const resolutionNotes: Readonly<Record<Resolution, string>> = {
  apology: '当面道歉，客户表示理解',
  repair: '上门维修处理完毕',
  replacement: '已免费更换新品',
  refund: '按商定金额退款',
  compensation: '赠送代金券作为补偿',
  other: '与客户协商后处理',
}

/** What the archive remembers, per shop and aspect. @since 0.1.0 @category testing */
export const preferenceTexts: Readonly<Record<ShopKind, Readonly<Record<PreferenceAspect, ReadonlyArray<string>>>>> = {
  flower: {
    like: ['喜欢粉色系的花', '偏爱向日葵', '喜欢简约的包装', '喜欢带香味的花'],
    dislike: ['对百合花粉过敏', '不喜欢太艳的颜色', '不要满天星'],
    hobby: ['周末学插花', '喜欢摄影', '喜欢养多肉'],
    family: ['有一个上小学的女儿', '和父母同住', '刚结婚不久'],
    note: ['每次都要手写贺卡', '只在周末来店', '送花前需要先电话联系'],
  },
  snack: {
    like: ['奶茶少糖少冰', '喜欢坚果类', '偏爱抹茶口味'],
    dislike: ['不吃辣', '不喜欢太甜', '对花生过敏'],
    hobby: ['喜欢跑步', '周末带孩子出游', '喜欢看电影'],
    family: ['家里有两个孩子', '父母爱吃软糕点'],
    note: ['每天早上八点左右来', '常用微信下单', '要求开电子发票'],
  },
  building: {
    like: ['喜欢浅色木纹地板', '偏好哑光瓷砖', '看重环保等级'],
    dislike: ['不喜欢深色系', '不要有气味的涂料'],
    hobby: ['喜欢自己动手装修', '关注智能家居'],
    family: ['家里有老人，需要防滑', '家里养猫'],
    note: ['新房在装修中，分批采购', '只在周末看样', '需要送货上楼'],
  },
}

/** Short notes on a sale. @since 0.1.0 @category testing */
export const purchaseNotes: ReadonlyArray<string> = ['卡片写：生日快乐', '要求下午三点前送达', '不要放百合', '需要开发票', '客户自带花瓶', '下次来取剩余货品']

/** Notes on a follow-up by its purpose, where the purpose says it all (a greeting, a win-back offer). @since 0.1.0 @category testing */
export const followUpPurposeNotes: Readonly<Partial<Record<FollowUpPurpose, ReadonlyArray<string>>>> = {
  greeting: ['生日问候，送上优惠券', '节日问候，提醒会员活动'],
  win_back: ['很久没来了，邀请参加店庆活动', '送上回店优惠券'],
  membership: ['提醒会员即将到期', '介绍会员续费优惠'],
}

/** Notes on a follow-up by what came of it. @since 0.1.0 @category testing */
export const followUpOutcomeNotes: Readonly<Record<FollowUpOutcome, ReadonlyArray<string>>> = {
  satisfied: ['客户说收到了，很满意', '询问使用情况，反馈不错', '客户对处理结果表示满意'],
  unsatisfied: ['客户仍不太满意，需要再跟进', '客户建议包装再精致些'],
  will_buy: ['客户说过几天再来', '客户询问新品，打算再买'],
  declined: ['客户暂时不需要', '客户婉拒了优惠'],
  no_answer: ['电话未接通', '微信未回复'],
  reached: ['已联系上，客户表示收到', '客户表示感谢'],
  other: ['已记录客户意见'],
}

/** Where lost customers went, for `competitor`. @since 0.1.0 @category testing */
export const competitors: ReadonlyArray<string> = ['街对面新开的店', '线上平台', '商场里的连锁店', '朋友开的店']

/** A note when a customer is marked lost, by reason. @since 0.1.0 @category testing */
export const lostNotes: Readonly<Partial<Record<LostReason, string>>> = {
  moved: '客户说搬到外地了',
  price: '觉得我们价格偏高',
  competitor: '被别家的优惠吸引走了',
  quality: '上次投诉后一直没再来',
  job_change: '换了工作，不再路过这边',
}

/** Names of the shop's events (活动), per shop. @since 0.1.0 @category testing */
export const shopEventNames: Readonly<Record<ShopKind, ReadonlyArray<string>>> = {
  flower: ['插花沙龙', '亲子手工花艺课', '会员日', '多肉养护讲座'],
  snack: ['新品品鉴会', '会员日', '中秋月饼试吃', '烘焙体验课'],
  building: ['家装设计讲座', '会员团购日', '新品发布会', '样板间开放日'],
}

/** Membership levels. @since 0.1.0 @category testing */
export const membershipLevels: ReadonlyArray<string> = ['普通会员', '银卡会员', '金卡会员']

/** Reasons written beside points. @since 0.1.0 @category testing */
export const redeemReasons: ReadonlyArray<string> = ['积分抵扣现金', '兑换小礼品', '兑换代金券']
