import type { WaitHint } from '../../locale/types';
import { readHeader } from '../readHeader';
import type { ErrorCategory, RetryAdvice } from '../types';

/** What the resolver knows about when a retry may be made. */
export interface RetryHints {
  /** Epoch ms "now". */
  now: number;
  /** What the exchange's message says about waiting ("IP banned until …", "… per 10 SECOND"). */
  said?: WaitHint;
  /** Response headers, for `Retry-After` and the reset headers the profile names. */
  headers?: unknown;
  /** Headers that carry the epoch time (ms, or seconds) a limit resets (the profile's). */
  resetHeaders?: readonly string[];
  /** Epoch ms from a WebSocket API frame's `retryAfter`. */
  retryAfter?: number;
  /** The server's clock in the same frame: `retryAfter` is by it, not by this machine's. */
  serverTime?: number;
  /** A used-up rate-limit window in ms. */
  window?: number;
  /** The exchange's documented IP-ban length in ms (the profile's `banWait`), for the estimate. */
  banWait?: number;
}

// Waits when nothing says how long: a rate limit 5 s (long enough to show as a countdown, short
// against any exchange window); an IP ban 2 minutes, the shortest ban exchanges document; a first
// backoff slot 1 s.
const DEFAULT_WAIT_MS = { 'rate-limit': 5_000, 'ip-banned': 120_000, unavailable: 1_000 } as const;

// The longest documented bans are days long: a wait beyond a week is a misread or a broken server.
const MAX_WAIT_MS = 7 * 864e5;

/**
 * `Retry-After` on REST is delta-seconds or an HTTP-date (RFC 9110). A header sent twice arrives
 * joined (`120, 120`): the first value counts. Anything else (`-5`, text) says nothing.
 */
function fromHeader(headers: unknown, now: number): number | undefined {
  const value = readHeader(headers, 'retry-after')?.trim();
  if (!value) return undefined;
  const seconds = /^(\d+(?:\.\d+)?)\s*(?:,|$)/.exec(value);
  if (seconds) return now + Number(seconds[1]) * 1000;
  // An IMF-fixdate is 29 characters: `Wed, 21 Oct 2015 07:28:00 GMT`.
  const date = /[a-z]/i.test(value) ? Date.parse(value.slice(0, 29)) : Number.NaN;
  return Number.isNaN(date) ? undefined : date;
}

/** An exchange's own reset header: an epoch time in ms (or seconds, when ten digits long). */
function fromResetHeaders(headers: unknown, names: readonly string[] | undefined): number | undefined {
  for (const name of names ?? []) {
    const value = readHeader(headers, name)?.trim();
    if (value && /^\d{10,13}$/.test(value)) return Number(value) * (value.length < 13 ? 1000 : 1);
  }
  return undefined;
}

/**
 * A WebSocket `retryAfter`: epoch ms by the server's clock, so the wait it means is
 * counted from the frame's `serverTime`, whatever this machine's clock says. A small number is a
 * delay in seconds, a ten-digit one epoch seconds, as other servers send.
 */
function fromFrame(retryAfter: number, serverTime: number | undefined, now: number): number {
  if (retryAfter < 1e9) return now + retryAfter * 1000;
  const ms = (epoch: number) => (epoch < 1e12 ? epoch * 1000 : epoch);
  const until = ms(retryAfter);
  return serverTime !== undefined && serverTime >= 1e9 ? now + (until - ms(serverTime)) : until;
}

/**
 * The retry strategy for a category, and for the waiting ones (`after`, `backoff`) the epoch ms
 * when a retry may be made. Sources, first found wins: a WebSocket API `retryAfter` (epoch ms),
 * a `Retry-After` header (seconds or HTTP-date), the message ("banned until", "per 10 SECOND"),
 * a used-up `rateLimits` window; else an estimate: 5 s for a rate limit, for an IP ban the
 * exchange's documented length (`banWait`) or 2 minutes (the shortest ban exchanges document),
 * 1 s for the first backoff slot.
 *
 * @example
 * ```ts
 * retryAdvice('rate-limit', { now: 0, headers: { 'Retry-After': '30' } });
 * // { strategy: 'after', retryAt: 30000 }
 * retryAdvice('execution-unknown', { now: 0 }); // { strategy: 'check-status' }
 * ```
 */
export function retryAdvice(category: ErrorCategory, hints: RetryHints): RetryAdvice {
  if (category === 'clock-skew') return { strategy: 'resync-clock' };
  if (category === 'execution-unknown') return { strategy: 'check-status' };
  if (category !== 'rate-limit' && category !== 'ip-banned' && category !== 'unavailable')
    return { strategy: 'none' };
  const { now } = hints;
  const strategy = category === 'unavailable' ? 'backoff' : 'after';
  const told =
    (hints.retryAfter === undefined ? undefined : fromFrame(hints.retryAfter, hints.serverTime, now)) ??
    fromHeader(hints.headers, now) ??
    fromResetHeaders(hints.headers, hints.resetHeaders) ??
    hints.said?.until ??
    (hints.said?.spanMs === undefined ? undefined : now + hints.said.spanMs) ??
    (hints.window ? now + hints.window : undefined);
  const estimate =
    category === 'ip-banned' && hints.banWait !== undefined && hints.banWait > 0
      ? Math.min(hints.banWait, MAX_WAIT_MS)
      : DEFAULT_WAIT_MS[category];
  return told === undefined || !Number.isFinite(told)
    ? { strategy, retryAt: now + estimate, estimated: true }
    : { strategy, retryAt: Math.min(told, now + MAX_WAIT_MS) };
}
