import { binanceSpot as profile } from '../exchanges/binance-spot';

/**
 * The Binance Spot profile, under its name before exchange profiles.
 *
 * @deprecated Import `binanceSpot` from `exchange-error-kit/exchanges/binance-spot`, and pass it
 * as `exchanges`: the same profile. Kept here for one release.
 */
export const binanceSpot: typeof profile = profile;
