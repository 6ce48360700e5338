import { describe, expect, it } from 'vitest';
import { binanceSpot } from '../../src/exchanges/binance-spot';
import { ltp } from '../../src/exchanges/ltp';
import type { ExchangeProfile, WireError } from '../../src/index';
import { createExchangeErrorResolver, readCode, readField, resolveExchangeError } from '../../src/index';

/**
 * An exchange the kit has never heard of, registered through the public API alone: its own
 * envelope `{"status":"fail","err":{"id":7,"text":"…"}}`, its own host and order endpoint.
 */
type AcmeErrors = { readonly code: 7 | 12 | 31 | 99; readonly name?: undefined };
const field = readField;

const acme: ExchangeProfile<AcmeErrors, 'acme'> = {
  id: 'acme',
  name: 'Acme Exchange',
  catalog: {
    id: 'acme',
    document: 'Acme API v2 errors',
    entries: [
      { code: 7, messages: ['Not enough margin for this order'], section: 'Trading' },
      { code: 12, messages: ['Price must be a multiple of %s'], section: 'Trading' },
      { code: 31, messages: ['Order %s does not exist'], section: 'Trading' },
      { code: 99, messages: ['Matching engine busy'], section: 'System' },
    ],
    filters: [],
    rejections: [],
    rejectionCodes: [],
    successCodes: [],
  },
  detect: {
    hosts: ['api.acme.example'],
    claims: (body) =>
      field(body, 'status') === 'ok' ||
      (field(body, 'status') === 'fail' && typeof field(body, 'err') === 'object'),
  },
  read: (body): WireError | undefined => {
    if (field(body, 'status') === 'ok') return { code: null, message: '', success: true };
    const err = field(body, 'err');
    const id = readCode(field(err, 'id'));
    const text = field(err, 'text');
    if (field(body, 'status') !== 'fail' || id === null) return undefined;
    return { code: id, message: typeof text === 'string' ? text : '' };
  },
  writesOrder: ({ method, path }) =>
    (method === 'POST' && path === '/v2/orders') || method === 'DELETE' || method === 'orders.create',
  classify: ({ code }) =>
    code === 12 ? { category: 'filter', field: 'price', filter: 'PRICE_STEP' } : undefined,
};

const exchanges = [binanceSpot, ltp, acme];
const fail = (id: number, text: string) => ({ status: 'fail', err: { id, text } });
const order = { method: 'POST', url: 'https://api.acme.example/v2/orders' };

describe('a third exchange registered through the public API', () => {
  it('is told apart by its envelope: source, code, category, field, filter and documented params', () => {
    expect(resolveExchangeError(fail(12, 'Price must be a multiple of 0.5'), { exchanges })).toMatchObject({
      source: 'acme',
      code: 12,
      category: 'filter',
      field: 'price',
      filter: 'PRICE_STEP',
      known: true,
      params: { p1: '0.5' },
    });
    expect(
      resolveExchangeError(JSON.stringify(fail(7, 'Not enough margin for this order')), { exchanges }),
    ).toMatchObject({
      source: 'acme',
      code: 7,
      category: 'insufficient-funds',
    });
  });

  it('is told apart by its host when the body says nothing (an empty 502)', () => {
    const error = resolveExchangeError('', {
      exchanges,
      httpStatus: 502,
      request: { method: 'GET', url: 'https://api.acme.example/v2/balances' },
    });
    expect(error).toMatchObject({ source: 'acme', category: 'unavailable', retry: { strategy: 'backoff' } });
  });

  it('knows its own success envelope', () => {
    expect(resolveExchangeError({ status: 'ok', result: {} }, { exchanges })).toBeNull();
  });

  it('handles its order outcomes: a lost answer to an order is execution-unknown, a definite no is not', () => {
    const resolve = createExchangeErrorResolver({ exchanges });
    expect(resolve('', { httpStatus: 504, request: order })).toMatchObject({
      source: 'acme',
      category: 'execution-unknown',
      retry: { strategy: 'check-status' },
    });
    expect(resolve(fail(99, 'Matching engine busy'), { httpStatus: 503, request: order })?.category).toBe(
      'execution-unknown',
    );
    // Its WebSocket method too.
    expect(
      resolve(
        { status: 'fail', err: { id: 99, text: 'Matching engine busy' } },
        { request: { method: 'orders.create' } },
      )?.category,
    ).toBe('execution-unknown');
    // The exchange answered: not enough margin. Never a reason to check whether it went through.
    expect(
      resolve(fail(7, 'Not enough margin for this order'), { httpStatus: 400, request: order })?.category,
    ).toBe('insufficient-funds');
    // The same outage on a read changed nothing.
    expect(
      resolve('', { httpStatus: 504, request: { method: 'GET', url: 'https://api.acme.example/v2/orders' } })
        ?.category,
    ).toBe('unavailable');
  });

  it('is not mistaken for another registered exchange, nor another for it', () => {
    expect(
      resolveExchangeError({ code: -1013, msg: 'Filter failure: LOT_SIZE' }, { exchanges })?.source,
    ).toBe('binance-spot');
    expect(
      resolveExchangeError(
        { code: 401055, message: 'Insufficient available balance', data: null },
        { exchanges },
      )?.source,
    ).toBe('ltp');
  });

  it('reads a hostile or odd body with the public wire readers: a code as text, a getter that throws', () => {
    expect(
      resolveExchangeError(fail(' 7 ' as unknown as number, 'Not enough margin for this order'), {
        exchanges,
      }),
    ).toMatchObject({
      source: 'acme',
      code: 7,
      category: 'insufficient-funds',
    });
    const hostile = {
      status: 'fail',
      get err(): never {
        throw new Error('getter');
      },
    };
    expect(readField(hostile, 'err')).toBeUndefined();
    expect(resolveExchangeError(hostile, { exchanges })?.category).toBe('unknown');
    expect([readCode('-1013'), readCode('INVALID_KEY'), readCode(1.5), readCode(1e12)]).toEqual([
      -1013,
      null,
      null,
      null,
    ]);
  });
});

describe('an exchange no registered profile knows', () => {
  const registered = { exchanges: [binanceSpot, ltp] };

  it.each([
    [
      'OKX order rejection',
      {
        code: '1',
        msg: 'All operations failed',
        data: [{ sCode: '51008', sMsg: 'Order failed. Insufficient USDT balance in account.' }],
      },
    ],
    [
      'OKX error',
      {
        code: '50011',
        msg: 'Rate limit reached. Please refer to API documentation and throttle requests accordingly.',
        data: [],
      },
    ],
    [
      'Bybit error',
      {
        retCode: 110007,
        retMsg: 'ab not enough for new order',
        result: {},
        retExtInfo: {},
        time: 1700000000000,
      },
    ],
    [
      'Bybit error as text',
      '{"retCode":10006,"retMsg":"Too many visits!","result":{},"retExtInfo":{},"time":1700000000000}',
    ],
  ])('%s resolves with source unknown, not Binance, not LTP', (_, body) => {
    const error = resolveExchangeError(body, registered);
    expect(error?.source).toBe('unknown');
    expect(error?.known).toBe(false);
  });
});
