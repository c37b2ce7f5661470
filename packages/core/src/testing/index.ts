// The public surface of @clientele/core/testing: support for the tests of
// Clientele's users (and its own).
export { describeEventStoreContract } from './eventStoreContract.js'
export type { EventStoreContractOptions } from './eventStoreContract.js'
export { deciderSpecification } from './deciderSpecification.js'
export {
  customerIdArb,
  entityIdArb,
  entityIdFromPool,
  moneyArb,
  moneyArbWith,
  amountArb,
  currencyArb,
  localDateArb,
  monthDayArb,
  anniversaryDateArb,
  phoneArb,
  rawPhoneArb,
  customerNameArb,
  chineseNameArb,
  westernNameArb,
  organisationNameArb,
  labelArb,
  noteArb,
  addressArb,
  wechatIdArb,
  staffIdArb,
  positiveIntArb,
  customerEventArb,
  customerEventOfTypeArb,
  customerCommandArb,
  customerCommandOfTypeArb,
  commandForEvent,
  customerHistoryArb,
  shopHistoryArb,
} from './arbitraries/index.js'
export type { CustomerHistory, CustomerHistoryOptions, StreamEvent } from './arbitraries/index.js'
export { simulateShop, Prng } from './simulator/index.js'
export type { SimulateShopOptions, SimulatedCommand, SimulatedShop, ShopKind } from './simulator/index.js'
