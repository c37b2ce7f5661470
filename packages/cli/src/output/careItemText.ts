import type { CareItem } from '@clientele/projections'

/**
 * The why of an agenda line in a few words. Ids and days only: the name and
 * phone are the table's own columns.
 *
 * @since 0.1.0
 * @category output
 */
export const careItemText = (item: CareItem): string => {
  switch (item.reason) {
    case 'anniversary': {
      const d = item.details
      const whose = d.relation === 'self' ? '' : ` of ${d.relation}`
      return `${d.kind}${whose} on ${d.occursOn}${d.daysLeft === 0 ? ' (today)' : ` (in ${d.daysLeft} days)`}`
    }
    case 'festival_greeting':
      return `${item.details.name} on ${item.details.date}${item.details.why === 'bought_for_it_before' ? ', bought for it before' : ''}`
    case 'purchase_follow_up':
      return `after-sales call: bought ${item.details.purchasedOn} (${item.details.daysSince} days ago)`
    case 'yesterdays_customer':
      return `bought yesterday (${item.details.purchaseIds.length})`
    case 'open_complaint':
      return `complaint open for ${item.details.daysOpen} days (filed ${item.details.filedOn})`
    case 'complaint_follow_up':
      return `complaint resolved ${item.details.resolvedOn}: check satisfaction`
    case 'membership_expiring':
      return `membership expires ${item.details.expiresOn}`
    case 'win_back':
      return `win back: ${item.details.daysSinceLastPurchase} days since the last purchase`
    case 'tier_follow_up':
      return `tier ${item.details.tier}: ${item.details.daysSinceContact} days since contact (every ${item.details.cadenceDays})`
  }
}
