import { ltp as profile } from '../exchanges/ltp';

/**
 * The LTP profile, under its name before exchange profiles.
 *
 * @deprecated Import `ltp` from `exchange-error-kit/exchanges/ltp`, and pass it as `exchanges`:
 * the same profile. Kept here for one release.
 */
export const ltp: typeof profile = profile;
