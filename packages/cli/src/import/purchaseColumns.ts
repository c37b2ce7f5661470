import type { ColumnSpec } from '../csv/columns.js'
import { CUSTOMER_NO_NAMES, PHONE_NAMES } from './customerColumns.js'

/** The columns of a purchases file (消费记录, 流水帐). @since 0.1.0 @category import */
export type PurchaseColumn = 'customerNo' | 'phone' | 'date' | 'amount' | 'category' | 'item' | 'quantity' | 'occasion' | 'channel' | 'receiptNo' | 'note'

/** Header names accepted for each column, English first. @since 0.1.0 @category import */
export const purchaseColumns: ReadonlyArray<ColumnSpec<PurchaseColumn>> = [
  { key: 'customerNo', names: CUSTOMER_NO_NAMES },
  { key: 'phone', names: PHONE_NAMES },
  { key: 'date', names: ['date', '日期', '消费日期', '购买日期', '下单日期'] },
  { key: 'amount', names: ['amount', '金额', '消费金额', '实收', '实收金额', '总价', '总额'] },
  { key: 'category', names: ['category', '品类', '类别', '分类'] },
  { key: 'item', names: ['item', '商品', '品名', '商品名称', '产品'] },
  { key: 'quantity', names: ['quantity', '数量'] },
  { key: 'occasion', names: ['occasion', '场合', '用途', '购买用途'] },
  { key: 'channel', names: ['channel', '渠道', '销售渠道'] },
  { key: 'receiptNo', names: ['receipt_no', '单号', '订单号', '小票号', '流水号'] },
  { key: 'note', names: ['note', '备注', '说明'] },
]
