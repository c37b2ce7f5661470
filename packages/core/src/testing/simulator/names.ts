// Word lists for made-up people, organisations and addresses. Every name is
// assembled at random from common parts; none is meant to be a real person.
import type { Prng } from './prng.js'

/** Common single-character surnames, most frequent first (曾, 单 and 解 included on purpose). @since 0.1.0 @category testing */
export const SINGLE_SURNAMES: ReadonlyArray<string> = [
  '王', '李', '张', '刘', '陈', '杨', '黄', '赵', '吴', '周', '徐', '孙', '马', '朱', '胡', '郭', '何', '高', '林', '罗',
  '郑', '梁', '谢', '宋', '唐', '许', '韩', '冯', '邓', '曹', '彭', '曾', '肖', '田', '董', '袁', '潘', '于', '蒋', '蔡',
  '余', '杜', '叶', '程', '苏', '魏', '吕', '丁', '任', '沈', '姚', '卢', '姜', '崔', '钟', '谭', '陆', '汪', '范', '金',
  '石', '廖', '贾', '夏', '韦', '方', '白', '邹', '孟', '熊', '秦', '邱', '江', '尹', '薛', '段', '雷', '侯', '龙', '史',
  '陶', '黎', '贺', '顾', '毛', '郝', '龚', '邵', '万', '钱', '严', '武', '戴', '莫', '孔', '向', '汤', '单', '解', '柏',
]

/** Two-character surnames that occur in a shop's card file. @since 0.1.0 @category testing */
export const COMPOUND_SURNAME_SAMPLE: ReadonlyArray<string> = ['欧阳', '司马', '诸葛', '上官', '东方', '皇甫', '慕容', '令狐', '司徒', '夏侯']

/** Characters of given names. @since 0.1.0 @category testing */
export const GIVEN_CHARS: ReadonlyArray<string> = [
  '伟', '芳', '娜', '敏', '静', '丽', '强', '磊', '军', '洋', '勇', '艳', '杰', '娟', '涛', '明', '超', '霞', '平', '刚',
  '华', '辉', '鑫', '宇', '浩', '婷', '雪', '琳', '晨', '欣', '怡', '佳', '子', '梓', '涵', '睿', '轩', '博', '文', '思',
  '雨', '萱', '嘉', '俊', '鹏', '飞', '玉', '兰', '红', '梅', '英', '秀', '春', '建', '国', '志', '海', '波', '斌', '丹',
  '颖', '晓', '慧', '倩', '凯', '琪', '悦', '瑶', '阳', '然', '诺', '亮', '成', '东', '新', '桂', '云', '莉', '婉', '泽',
]

/** Western given names. @since 0.1.0 @category testing */
export const WESTERN_GIVEN: ReadonlyArray<string> = [
  'Mary', 'John', 'David', 'Emma', 'Olivia', 'James', 'Sophie', 'Lucas', 'Anna', 'Peter',
  'Laura', 'Thomas', 'Julia', 'Daniel', 'Chloe', 'Mark', 'Hannah', 'Paul', 'Sarah', 'Michael',
]

/** Western family names, a few with particles. @since 0.1.0 @category testing */
export const WESTERN_FAMILY: ReadonlyArray<string> = [
  'Smith', 'Johnson', 'Brown', 'Miller', 'Wilson', 'Taylor', 'Martin', 'Schmidt', 'Dubois', 'Rossi',
  'Clarke', 'Walker', 'Fischer', 'Moreau', 'Evans', 'van Dijk', 'de Groot', 'García', 'Müller', "O'Brien",
]

/** Leading words of made-up company names. @since 0.1.0 @category testing */
export const ORG_PREFIXES: ReadonlyArray<string> = [
  '华美', '鑫源', '宏达', '恒信', '金桥', '博雅', '嘉禾', '瑞丰', '天成', '新星', '盛世', '锦程', '和润', '远航', '佳和', '明德',
]

/** Trades of made-up companies. @since 0.1.0 @category testing */
export const ORG_TRADES: ReadonlyArray<string> = [
  '装饰', '科技', '贸易', '餐饮管理', '文化传媒', '建筑工程', '物业管理', '教育咨询', '酒店管理', '广告', '婚庆服务', '医疗器械',
]

/** Legal forms of companies. @since 0.1.0 @category testing */
export const ORG_FORMS: ReadonlyArray<string> = ['有限公司', '有限公司', '股份有限公司', '工作室', '商行']

/** Institutions that buy from shops (schools, hospitals, offices). @since 0.1.0 @category testing */
export const INSTITUTIONS: ReadonlyArray<string> = ['实验小学', '第三中学', '人民医院', '街道办事处', '中心幼儿园', '社区卫生服务中心']

/** Districts of made-up addresses. @since 0.1.0 @category testing */
export const DISTRICTS: ReadonlyArray<string> = ['城东区', '城西区', '城南区', '城北区', '高新区', '开发区', '老城区']

/** Road names that exist in many towns, so no address points at one real home. @since 0.1.0 @category testing */
export const ROADS: ReadonlyArray<string> = ['人民路', '解放路', '建设路', '中山路', '和平路', '新华路', '文化路', '胜利路', '青年路', '花园路']

/** Residential compounds of made-up addresses. @since 0.1.0 @category testing */
export const COMPOUNDS: ReadonlyArray<string> = ['阳光花园', '锦绣家园', '翠湖小区', '金色港湾', '幸福里', '书香苑', '和谐家园', '滨江一号']

/** A Chinese person's name; about 2% compound surnames, the rest weighted towards common surnames. @since 0.1.0 @category testing */
export const chinesePersonName = (rng: Prng): string => {
  const surname = rng.chance(0.02)
    ? rng.pick(COMPOUND_SURNAME_SAMPLE)
    : rng.chance(0.5)
      ? SINGLE_SURNAMES[rng.int(30)] ?? '王'
      : rng.pick(SINGLE_SURNAMES)
  const given = rng.chance(0.3) ? rng.pick(GIVEN_CHARS) : rng.pick(GIVEN_CHARS) + rng.pick(GIVEN_CHARS)
  return surname + given
}

/** A Western `Given Family` name. @since 0.1.0 @category testing */
export const westernPersonName = (rng: Prng): string => `${rng.pick(WESTERN_GIVEN)} ${rng.pick(WESTERN_FAMILY)}`

/** A person's name, about 10% Western. @since 0.1.0 @category testing */
export const personName = (rng: Prng): string => (rng.chance(0.1) ? westernPersonName(rng) : chinesePersonName(rng))

/** A made-up organisation (企事业单位) such as 华美装饰有限公司 or 城南区实验小学. @since 0.1.0 @category testing */
export const organisationName = (rng: Prng): string =>
  rng.chance(0.2)
    ? rng.pick(DISTRICTS) + rng.pick(INSTITUTIONS)
    : rng.pick(ORG_PREFIXES) + rng.pick(ORG_TRADES) + rng.pick(ORG_FORMS)

/** A made-up address in a made-up town. @since 0.1.0 @category testing */
export const address = (rng: Prng, office = false): string =>
  (office
    ? [rng.pick(DISTRICTS), rng.pick(ROADS), rng.range(1, 399), '号', rng.range(1, 28), '楼']
    : [rng.pick(DISTRICTS), rng.pick(ROADS), rng.range(1, 399), '号', rng.pick(COMPOUNDS), rng.range(1, 30), '栋', rng.range(1, 32), '0', rng.range(1, 4), '室']
  ).join('')

const ALNUM = 'abcdefghijklmnopqrstuvwxyz0123456789'

/** A random WeChat id (`wxid_…` or letters and digits). @since 0.1.0 @category testing */
export const wechatId = (rng: Prng): string => {
  const cs = [rng.chance(0.5) ? 'wxid_' : String.fromCharCode(97 + rng.int(26))]
  const n = rng.range(6, 14)
  for (let i = 0; i < n; i++) cs.push(ALNUM[rng.int(ALNUM.length)] ?? 'a')
  return cs.join('')
}

const MOBILE_PREFIXES: ReadonlyArray<string> = ['13', '15', '17', '18', '19', '16', '14']
const SHORT_AREA_CODES: ReadonlyArray<string> = ['010', '020', '021', '022', '023', '024', '025', '027', '028', '029']
const LONG_AREA_CODES: ReadonlyArray<string> = ['0755', '0571', '0512', '0731', '0591', '0532', '0371', '0851', '0871', '0931']

/** A random 11-digit mobile in normal form (random digits, so nobody's real number on purpose). @since 0.1.0 @category testing */
export const mobile = (rng: Prng): string => rng.pick(MOBILE_PREFIXES) + rng.digits(9)

/** A random landline in normal form: `0AA-NNNNNNNN` or `0AAA-NNNNNNN(N)`. @since 0.1.0 @category testing */
export const landline = (rng: Prng): string =>
  rng.chance(0.4)
    ? `${rng.pick(SHORT_AREA_CODES)}-${rng.range(2, 8)}${rng.digits(7)}`
    : `${rng.pick(LONG_AREA_CODES)}-${rng.range(2, 8)}${rng.digits(rng.chance(0.5) ? 6 : 7)}`
