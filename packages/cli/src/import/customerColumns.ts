import type { ColumnSpec } from '../csv/columns.js'

/** The columns of a customers file (客户档案). @since 0.1.0 @category import */
export type CustomerColumn =
  | 'customerNo'
  | 'name'
  | 'phone'
  | 'birthday'
  | 'kind'
  | 'channel'
  | 'registeredOn'
  | 'address'
  | 'wechat'
  | 'contactPerson'
  | 'note'

/** The shop's own reference to a customer, shared by both files. */
export const CUSTOMER_NO_NAMES = ['customer_no', '编号', '客户编号', '档案号', '档案编号', '会员号', '会员编号', 'no']
export const PHONE_NAMES = ['phone', '电话', '手机', '手机号', '手机号码', '联系电话', '电话号码', 'mobile', 'tel']

/** Header names accepted for each column, English first. @since 0.1.0 @category import */
export const customerColumns: ReadonlyArray<ColumnSpec<CustomerColumn>> = [
  { key: 'customerNo', names: CUSTOMER_NO_NAMES },
  { key: 'name', names: ['name', '姓名', '客户姓名', '名字', '客户名称', '名称', '单位名称'] },
  { key: 'phone', names: PHONE_NAMES },
  { key: 'birthday', names: ['birthday', '生日', '出生日期'] },
  { key: 'kind', names: ['kind', '类型', '客户类型', 'type'] },
  { key: 'channel', names: ['channel', '来源', '客户来源', '渠道'] },
  { key: 'registeredOn', names: ['registered_on', '登记日期', '建档日期', '入档日期', '注册日期'] },
  { key: 'address', names: ['address', '地址', '住址'] },
  { key: 'wechat', names: ['wechat', '微信', '微信号'] },
  { key: 'contactPerson', names: ['contact_person', '联系人'] },
  { key: 'note', names: ['note', '备注', '说明'] },
]
