import type { ErrorCategory } from '../types';
import type { Facts } from './facts';

/**
 * The category an HTTP status imposes, or suggests when nothing else decided. It imposes what the
 * transport enforces, whatever the body says: 418 is an IP ban, 429 a rate limit (unless already
 * a ban), 451 a blocked location. It suggests 401 and 403 (auth, also over a message that merely
 * says "invalid"; a 403 HTML page, a CDN's block, is a restriction), 410 (an endpoint no longer
 * offered: unsupported) and 5xx (unavailable).
 *
 * @example
 * ```ts
 * statusCategory({ httpStatus: 429, … }, 'invalid-request'); // 'rate-limit'
 * statusCategory({ httpStatus: 503, … }, undefined); // 'unavailable'
 * ```
 */
export function statusCategory(facts: Facts, decided: ErrorCategory | undefined): ErrorCategory | undefined {
  const status = facts.httpStatus;
  if (status === 418) return 'ip-banned';
  if (status === 429 && decided !== 'ip-banned') return 'rate-limit';
  if (status === 451) return 'account-restricted';
  // A 401 or 403 is about the credentials, though the message merely says "Invalid …".
  if ((status === 401 || status === 403) && decided === 'invalid-request' && !facts.ruled) return 'auth';
  if (decided || status === undefined) return decided;
  // 410 Gone: the endpoint was retired (an old user-data-stream route); the app must move on.
  if (status === 410) return 'unsupported';
  // A CDN's or firewall's 403 page blocked the caller before any API read the key.
  if (status === 403 && facts.html) return 'account-restricted';
  return status === 401 || status === 403 ? 'auth' : status >= 500 ? 'unavailable' : undefined;
}
