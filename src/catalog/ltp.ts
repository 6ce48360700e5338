/**
 * @deprecated Import `ltp` from `exchange-error-kit/exchanges/ltp`: the same profile, kept here
 * for one release.
 */
export { ltp } from '../exchanges/ltp';
