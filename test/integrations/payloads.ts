import { expect } from 'vitest';
import { binanceSpot } from '../../src/exchanges/binance-spot';
import { ltp } from '../../src/exchanges/ltp';
import { createExchangeErrorResolver } from '../../src/index';
import { ExchangeError } from '../../src/transport';

/** The resolver an app would build, shared by every integration test. */
export const resolve = createExchangeErrorResolver({ exchanges: [binanceSpot, ltp] });

/** Fixed "now" for retryAt arithmetic. */
export const NOW = Date.UTC(2026, 0, 1, 12, 0, 0);

/** Bodies as the exchanges send them. */
export const bodies = {
  lotSize: { code: -1013, msg: 'Filter failure: LOT_SIZE' },
  minNotional: { code: -1013, msg: 'Filter failure: NOTIONAL' },
  tooManyRequests: { code: -1003, msg: 'Too many requests queued.' },
  ipBanned: (until: number) => ({
    code: -1003,
    msg: `Way too much request weight used; IP banned until ${until}. Please use WebSocket Streams for live updates to avoid bans.`,
  }),
  clockSkew: { code: -1021, msg: "Timestamp for this request was 1000ms ahead of the server's time." },
  executionUnknown: {
    code: -1007,
    msg: 'Timeout waiting for response from backend server. Send status unknown; execution status unknown.',
  },
  serverBusy: { code: -1004, msg: 'Server is busy, please wait and try again' },
  badSignature: { code: -1022, msg: 'Signature for this request is not valid.' },
  insufficientBalance: { code: -2010, msg: 'Account has insufficient balance for requested action.' },
  ltpDailyLimit: { code: 400001, message: 'Daily time limit exceeded', data: null },
  ltpSuccess: { code: 200000, message: 'Success', data: { portfolioId: 'p-1', balance: '12.5' } },
} as const;

/** Awaits a promise that must reject with an `ExchangeError`, and returns that error. */
export async function rejection(promise: Promise<unknown>): Promise<ExchangeError> {
  const outcome = await promise.then(
    () => undefined,
    (error: unknown) => error,
  );
  expect(outcome).toBeInstanceOf(ExchangeError);
  return outcome as ExchangeError;
}
