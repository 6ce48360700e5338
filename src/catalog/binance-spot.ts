/**
 * @deprecated Import `binanceSpot` from `exchange-error-kit/exchanges/binance-spot`: the same
 * profile, kept here for one release.
 */
export { binanceSpot } from '../exchanges/binance-spot';
