// What each kind of shop sells, and the phrases its staff write down. Prices
// are in fen (1 yuan = 100 fen).

/** The kinds of shop the simulator knows. @since 0.1.0 @category testing */
export type ShopKind = 'flower' | 'snack' | 'building'

/** One article on a shop's price list. @since 0.1.0 @category testing */
export interface CatalogueItem {
  readonly name: string
  readonly category: string
  /** Lowest and highest unit price, in fen. */
  readonly minPrice: number
  readonly maxPrice: number
  /** Usual quantity bought by a person; organisations buy more. */
  readonly maxQuantity: number
}

const item = (name: string, category: string, minYuan: number, maxYuan: number, maxQuantity = 1): CatalogueItem => ({
  name,
  category,
  minPrice: minYuan * 100,
  maxPrice: maxYuan * 100,
  maxQuantity,
})

/** A shop's price list, by the part each article plays in a sale. @since 0.1.0 @category testing */
export interface Catalogue {
  readonly everyday: ReadonlyArray<CatalogueItem>
  /** Gifts (flower, snack shops) or the big articles of a renovation (building materials). */
  readonly special: ReadonlyArray<CatalogueItem>
  readonly addOns: ReadonlyArray<CatalogueItem>
  /** Articles bought by organisations (opening baskets, gift boxes, bulk orders). */
  readonly business: ReadonlyArray<CatalogueItem>
}

/** The price lists of the three kinds of shop. @since 0.1.0 @category testing */
export const catalogues: Readonly<Record<ShopKind, Catalogue>> = {
  flower: {
    everyday: [
      item('单支玫瑰', '鲜切花', 5, 15, 11),
      item('康乃馨', '鲜切花', 4, 10, 12),
      item('向日葵', '鲜切花', 8, 20, 5),
      item('百合', '鲜切花', 10, 25, 6),
      item('绿萝', '绿植', 25, 60, 2),
      item('多肉组合', '绿植', 30, 88, 2),
      item('周花订阅', '花束订阅', 39, 99, 1),
      item('桌花', '插花', 68, 168, 1),
    ],
    special: [
      item('玫瑰花束', '鲜花花束', 99, 599, 1),
      item('康乃馨花束', '鲜花花束', 88, 268, 1),
      item('百合花束', '鲜花花束', 128, 368, 1),
      item('永生花礼盒', '永生花', 199, 699, 1),
      item('向日葵花束', '鲜花花束', 99, 299, 1),
      item('生日花篮', '花篮', 198, 588, 1),
    ],
    addOns: [item('贺卡', '配件', 5, 15, 1), item('花瓶', '配件', 29, 129, 1), item('丝带包装', '配件', 10, 30, 1)],
    business: [
      item('开业花篮', '花篮', 288, 1288, 4),
      item('发财树', '绿植', 188, 888, 3),
      item('会议桌花', '插花', 128, 388, 6),
      item('庆典花篮', '花篮', 388, 1588, 4),
    ],
  },
  snack: {
    everyday: [
      item('珍珠奶茶', '奶茶', 12, 22, 3),
      item('杨枝甘露', '奶茶', 16, 26, 2),
      item('柠檬茶', '果茶', 10, 18, 3),
      item('美式咖啡', '咖啡', 12, 25, 2),
      item('蛋黄酥', '糕点', 6, 12, 6),
      item('绿豆糕', '糕点', 15, 30, 2),
      item('碧根果', '坚果', 25, 45, 2),
      item('鸭脖', '卤味', 18, 38, 2),
      item('牛肉干', '肉脯', 30, 68, 2),
    ],
    special: [
      item('每日坚果礼盒', '坚果', 88, 268, 2),
      item('月饼礼盒', '月饼', 98, 398, 3),
      item('巧克力礼盒', '糖果', 68, 299, 1),
      item('年货礼盒', '礼盒', 158, 598, 2),
      item('生日蛋糕', '蛋糕', 128, 398, 1),
    ],
    addOns: [item('凤梨酥', '糕点', 8, 15, 4), item('手提礼袋', '包装', 2, 5, 2)],
    business: [
      item('下午茶套餐', '团餐', 300, 1500, 3),
      item('坚果礼盒', '坚果', 88, 268, 50),
      item('月饼礼盒', '月饼', 98, 398, 80),
    ],
  },
  building: {
    everyday: [
      item('腻子粉', '辅料', 35, 60, 20),
      item('美缝剂', '辅料', 60, 180, 6),
      item('防水涂料', '涂料', 180, 460, 6),
      item('门锁', '五金', 120, 680, 3),
      item('花洒', '卫浴', 199, 1299, 2),
      item('水泥', '辅料', 25, 40, 30),
    ],
    special: [
      item('瓷砖', '瓷砖', 60, 300, 80),
      item('实木复合地板', '地板', 120, 420, 60),
      item('乳胶漆', '涂料', 280, 980, 8),
      item('马桶', '卫浴', 899, 4999, 2),
      item('整体橱柜', '橱柜', 3000, 18000, 1),
    ],
    addOns: [item('踢脚线', '地板', 15, 45, 30), item('地漏', '五金', 39, 129, 4)],
    business: [
      item('瓷砖', '瓷砖', 50, 260, 600),
      item('强化复合地板', '地板', 70, 180, 500),
      item('乳胶漆', '涂料', 260, 880, 60),
      item('吊顶板', '吊顶', 40, 120, 300),
    ],
  },
}

/** Festival codes the simulator uses (the `festival` field of a purchase). @since 0.1.0 @category testing */
export type FestivalCode =
  | 'valentines'
  | '520'
  | 'qixi'
  | 'mothers_day'
  | 'mid_autumn'
  | 'spring_festival'
  | 'teachers_day'
  | 'christmas'

/** Every festival code, in calendar order. @since 0.1.0 @category testing */
export const FESTIVAL_CODES: ReadonlyArray<FestivalCode> = [
  'spring_festival',
  'valentines',
  'mothers_day',
  '520',
  'qixi',
  'teachers_day',
  'mid_autumn',
  'christmas',
]

/** How likely an active person buys for each festival, per shop (organisations send gifts at spring_festival and mid_autumn). @since 0.1.0 @category testing */
export const festivalAppetite: Readonly<Record<ShopKind, Readonly<Record<FestivalCode, number>>>> = {
  flower: { spring_festival: 0.06, valentines: 0.22, mothers_day: 0.18, '520': 0.1, qixi: 0.12, teachers_day: 0.06, mid_autumn: 0.04, christmas: 0.05 },
  snack: { spring_festival: 0.25, valentines: 0.04, mothers_day: 0.03, '520': 0.03, qixi: 0.03, teachers_day: 0.02, mid_autumn: 0.3, christmas: 0.05 },
  building: { spring_festival: 0.01, valentines: 0, mothers_day: 0, '520': 0, qixi: 0, teachers_day: 0, mid_autumn: 0.01, christmas: 0 },
}
