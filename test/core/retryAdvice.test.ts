import { describe, expect, it } from 'vitest';
import { resolveExchangeError } from '../../src/core/resolveExchangeError';
import type { ResolveOptions } from '../../src/core/types';
import { binanceSpot } from '../../src/exchanges/binance-spot';

const NOW = Date.UTC(2026, 0, 1, 12);
const resolve = (input: unknown, options: ResolveOptions = {}) =>
  resolveExchangeError(input, { exchanges: [binanceSpot], now: NOW, ...options });
const TOO_MANY = { code: -1003, msg: 'Too many requests queued.' };

describe('when a rate-limited or banned request may be retried', () => {
  it('a 429 with Retry-After: 30 can be retried 30 s later (REST headers are seconds)', () => {
    expect(resolve(TOO_MANY, { httpStatus: 429, headers: { 'Retry-After': '30' } })?.retry).toEqual({
      strategy: 'after',
      retryAt: NOW + 30_000,
    });
  });

  it('reads a Retry-After HTTP-date', () => {
    const at = NOW + 90_000;
    expect(
      resolve(TOO_MANY, { httpStatus: 429, headers: { 'Retry-After': new Date(at).toUTCString() } })?.retry
        .retryAt,
    ).toBe(at);
  });

  it('reads a WebSocket API retryAfter as epoch ms, before any header', () => {
    const frame = {
      id: 1,
      status: 418,
      error: { code: -1003, msg: 'Way too much request weight used.', data: { retryAfter: NOW + 600_000 } },
    };
    expect(resolve(frame, { headers: { 'Retry-After': '5' } })?.retry).toEqual({
      strategy: 'after',
      retryAt: NOW + 600_000,
    });
  });

  it('"IP banned until 1767276000000" waits until that epoch ms', () => {
    const body = {
      code: -1003,
      msg: 'Way too much request weight used; IP banned until 1767276000000. Please use WebSocket Streams for live updates to avoid bans.',
    };
    expect(resolve(body, { httpStatus: 418 })).toMatchObject({
      category: 'ip-banned',
      retry: { strategy: 'after', retryAt: 1767276000000 },
      params: { bannedUntil: '1767276000000' },
    });
  });

  it('"current limit is 50 orders per 10 SECOND" bounds the wait by one interval', () => {
    const body = { code: -1015, msg: 'Too many new orders; current limit is 50 orders per 10 SECOND.' };
    expect(resolve(body)?.retry).toEqual({ strategy: 'after', retryAt: NOW + 10_000 });
    const weight = {
      code: -1003,
      msg: 'Too much request weight used; current limit is 6000 request weight per 1 MINUTE.',
    };
    expect(resolve(weight)?.retry).toEqual({ strategy: 'after', retryAt: NOW + 60_000 });
  });

  it('"try again in 5 minutes" and "1 request in 2 seconds" bound the wait too', () => {
    expect(resolve({ code: -4038, msg: 'Please try again in 5 minutes.' })?.retry.retryAt).toBe(
      NOW + 300_000,
    );
    expect(resolve({ code: -12014, msg: 'More than 1 request in 2 seconds' })?.retry.retryAt).toBe(
      NOW + 2_000,
    );
  });

  it('with nothing to go on, a rate limit waits 5 s and a ban 2 minutes', () => {
    expect(resolve(TOO_MANY)?.retry).toEqual({ strategy: 'after', retryAt: NOW + 5_000, estimated: true });
    expect(resolve('', { httpStatus: 418 })?.retry).toEqual({
      strategy: 'after',
      retryAt: NOW + 120_000,
      estimated: true,
    });
  });
});

/** A WebSocket API answer to a rate-limited request, with the wait hints in its `data`. */
const frame429 = (data: { retryAfter: number; serverTime?: number }) => ({
  id: 1,
  status: 429,
  error: { code: -1003, msg: 'Too many requests.', data },
});

describe('waits that are odd on the wire', () => {
  const retryOf429 = (headers: Record<string, string>) =>
    resolve(TOO_MANY, { httpStatus: 429, headers })?.retry;

  it('a Retry-After sent twice (joined as "120, 120") is 120 s, not unknown', () => {
    expect(retryOf429({ 'Retry-After': '120, 120' })).toEqual({ strategy: 'after', retryAt: NOW + 120_000 });
    const at = new Date(NOW + 90_000).toUTCString();
    expect(retryOf429({ 'Retry-After': `${at}, ${at}` })?.retryAt).toBe(NOW + 90_000);
  });

  it('a negative or unreadable Retry-After says nothing, so the default wait holds', () => {
    expect(retryOf429({ 'Retry-After': '-5' })).toEqual({
      strategy: 'after',
      retryAt: NOW + 5_000,
      estimated: true,
    });
    expect(retryOf429({ 'Retry-After': 'soon' })).toEqual({
      strategy: 'after',
      retryAt: NOW + 5_000,
      estimated: true,
    });
  });

  it('a wait beyond a week is capped at a week, and an infinite one is not believed', () => {
    const week = NOW + 7 * 86_400_000;
    expect(retryOf429({ 'Retry-After': '99999999999999999999' })?.retryAt).toBe(week);
    expect(retryOf429({ 'Retry-After': '9'.repeat(400) })).toEqual({
      strategy: 'after',
      retryAt: NOW + 5_000,
      estimated: true,
    });
    const ban = { code: -1003, msg: 'Way too much request weight used; IP banned until 17672259000.' };
    expect(resolve(ban, { httpStatus: 418 })?.retry.retryAt).toBe(week);
  });

  it("reads a WebSocket retryAfter by the server's clock, so a fast local clock still waits", () => {
    const serverTime = NOW - 120_000; // this machine is two minutes ahead of the exchange
    expect(resolve(frame429({ serverTime, retryAfter: serverTime + 30_000 }))?.retry).toEqual({
      strategy: 'after',
      retryAt: NOW + 30_000,
    });
  });

  it('corrects for the clock by a serverTime in seconds as well as in milliseconds', () => {
    const data = { serverTime: (NOW - 120_000) / 1000, retryAfter: (NOW - 90_000) / 1000 };
    expect(resolve(frame429(data))?.retry.retryAt).toBe(NOW + 30_000);
  });

  it('reads a small retryAfter as seconds and a ten-digit one as epoch seconds', () => {
    expect(resolve(frame429({ retryAfter: 30 }))?.retry.retryAt).toBe(NOW + 30_000);
    expect(resolve(frame429({ retryAfter: (NOW + 60_000) / 1000 }))?.retry.retryAt).toBe(NOW + 60_000);
  });
});

describe('other strategies', () => {
  it('an unavailable server backs off from a 1 s first slot, or from its Retry-After', () => {
    const busy = { code: -1004, msg: 'Server is busy, please wait and try again' };
    expect(resolve(busy)?.retry).toEqual({ strategy: 'backoff', retryAt: NOW + 1_000, estimated: true });
    expect(resolve(busy, { httpStatus: 503, headers: { 'retry-after': '20' } })?.retry).toEqual({
      strategy: 'backoff',
      retryAt: NOW + 20_000,
    });
  });

  it('clock skew asks for a clock sync, without a wait', () => {
    expect(
      resolve({ code: -1021, msg: 'Timestamp for this request is outside of the recvWindow.' })?.retry,
    ).toEqual({
      strategy: 'resync-clock',
    });
  });

  it.each([
    { code: -1013, msg: 'Filter failure: LOT_SIZE' },
    { code: -2015, msg: 'Invalid API-key, IP, or permissions for action.' },
    { code: -2010, msg: 'Account has insufficient balance for requested action.' },
    { code: -2013, msg: 'Order does not exist.' },
  ])('%j will fail the same way again: none', (body) => {
    expect(resolve(body, { headers: { 'Retry-After': '1' } })?.retry).toEqual({ strategy: 'none' });
  });
});
