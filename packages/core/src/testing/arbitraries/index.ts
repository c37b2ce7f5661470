// fast-check arbitraries of Clientele's values, events, commands and
// decided histories, listed explicitly.
export {
  amountArb,
  anniversaryDateArb,
  currencyArb,
  customerIdArb,
  entityIdArb,
  entityIdFromPool,
  localDateArb,
  moneyArb,
  moneyArbWith,
  monthDayArb,
  phoneArb,
  rawPhoneArb,
} from './valueArbitraries.js'
export {
  addressArb,
  chineseNameArb,
  customerNameArb,
  labelArb,
  noteArb,
  organisationNameArb,
  positiveIntArb,
  staffIdArb,
  trimmedTextArb,
  wechatIdArb,
  westernNameArb,
} from './textArbitraries.js'
export { eventDataArbitraries } from './eventDataArbitraries.js'
export type { DataContext, EventDataArbitraries, IdKind } from './eventDataArbitraries.js'
export { customerEventArb, customerEventOfTypeArb, wideContext } from './eventArbitraries.js'
export {
  COMMAND_DAYS,
  commandContext,
  commandForEvent,
  customerCommandArb,
  customerCommandOfTypeArb,
  eventTypeOfCommand,
} from './commandArbitraries.js'
export { customerHistoryArb, decideAll, interleave, shopHistoryArb } from './historyArbitraries.js'
export type { CustomerHistory, CustomerHistoryOptions, StreamEvent } from './historyArbitraries.js'
