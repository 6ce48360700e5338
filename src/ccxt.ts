// What the kit reads of ccxt's own structures: a market's precision and limits as symbol rules.
export { rulesFromCcxtMarket } from './integrations/ccxt/rulesFromCcxtMarket';
