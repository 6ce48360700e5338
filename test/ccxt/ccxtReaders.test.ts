// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { WireError } from '../../src/core/profile';
import { readBitfinex } from '../../src/exchanges/ccxt/readers/bitfinex';
import { readBitget } from '../../src/exchanges/ccxt/readers/bitget';
import { readCoinbase } from '../../src/exchanges/ccxt/readers/coinbase';
import { readDeribit } from '../../src/exchanges/ccxt/readers/deribit';
import { readGate } from '../../src/exchanges/ccxt/readers/gate';
import { readHtx } from '../../src/exchanges/ccxt/readers/htx';
import { readKraken } from '../../src/exchanges/ccxt/readers/kraken';
import { readKucoin } from '../../src/exchanges/ccxt/readers/kucoin';
import { readMexc } from '../../src/exchanges/ccxt/readers/mexc';
import { readGeneric } from '../../src/exchanges/ccxt/readers/readGeneric';
import { GENERATED, PROFILES, parsedBody } from './ccxtPreview';
import { PROBE_CASES } from './probeCases';
import type { ProbeCase } from './probeTypes';

const withBodies = PROBE_CASES.flatMap((probe) => {
  const body = parsedBody(probe);
  return body ? [{ probe, body }] : [];
});

/** What each exchange's own reader makes of one corpus case's body. */
function readCase(id: string): WireError | undefined {
  const found = withBodies.find(({ probe }) => probe.id === id);
  if (!found) throw new Error(`no case ${id} with a JSON body`);
  return GENERATED[found.probe.exchange]?.reader.read(found.body);
}

// MEXC's spot v3 copies Binance's shape and codes: these bodies cannot be told from Binance's by
// their envelope alone (the host tells them apart).
const UNCLAIMABLE = new Set(['mexc-invalid-symbol', 'mexc-429-too-many-requests', 'mexc-unknown-order-sent']);

describe('readers on the probe corpus', () => {
  it('read every JSON error body of their exchange as an error with a message or a key', () => {
    let read = 0;
    for (const { probe, body } of withBodies) {
      const reader = GENERATED[probe.exchange]?.reader;
      if (!reader) continue;
      const wire = reader.read(body);
      expect(wire, probe.id).toBeDefined();
      expect(wire?.success, probe.id).not.toBe(true);
      expect(`${wire?.message ?? ''}${wire?.key ?? ''}`.length, probe.id).toBeGreaterThan(0);
      read += 1;
    }
    expect(read).toBeGreaterThanOrEqual(140);
  });

  it('take the code, key and message from where each exchange puts them', () => {
    expect(readCase('kucoin-200004-balance-insufficient')).toEqual({
      code: 200004,
      message: 'Balance insufficient!',
    });
    expect(readCase('kraken-insufficient-funds')).toEqual({
      code: null,
      key: 'EOrder:Insufficient funds',
      message: 'EOrder:Insufficient funds',
    });
    // ccxt reads only the preview reason; the error name says more when it is not UNKNOWN_….
    expect(readCase('coinbase-insufficient-fund-unknown-preview')).toMatchObject({
      key: 'INSUFFICIENT_FUND',
      message: 'Insufficient balance in source account',
    });
    expect(readCase('coinbase-stop-price-above-last')).toMatchObject({
      key: 'PREVIEW_STOP_PRICE_ABOVE_LAST_TRADE_PRICE',
    });
    expect(readCase('coinbase-batch-cancel-unknown-order')).toMatchObject({
      key: 'UNKNOWN_CANCEL_ORDER',
      failed: [0],
      total: 1,
    });
    // "01001" is a key: Bitget's code 1001 is a different error.
    expect(readCase('bitget-01001-system-exception-zh')).toEqual({
      code: null,
      key: '01001',
      message: '系统异常，请稍后重试',
    });
    expect(readCase('bitget-43012-insufficient-balance')).toEqual({
      code: 43012,
      message: 'Insufficient balance',
    });
    expect(readCase('gate-futures-order-poc-immediate')).toEqual({
      code: null,
      key: 'ORDER_POC_IMMEDIATE',
      message: 'order price 1700 while counter price 1793.55',
    });
    expect(readCase('htx-price-precision')).toMatchObject({ key: 'order-orderprice-precision-error' });
    expect(readCase('htx-swap-1047-margin')).toEqual({
      code: 1047,
      message: 'Insufficient margin available.',
    });
    expect(readCase('htx-swap-batch-cancel-1061')).toEqual({
      code: 1061,
      message: 'The order does not exist.',
    });
    expect(readCase('mexc-unknown-order-sent')).toEqual({ code: -2011, message: 'Unknown order sent.' });
    expect(readCase('bitfinex-minimum-size')).toEqual({
      code: 10001,
      message: 'Invalid order: minimum size for BTC/USD is 0.00004',
    });
    expect(readCase('bitfinex-err-rate-limit')).toEqual({
      code: null,
      key: 'ERR_RATE_LIMIT',
      message: 'ERR_RATE_LIMIT',
    });
    expect(readCase('deribit-10009-not-enough-funds')).toEqual({
      code: 10009,
      key: 'not_enough_funds',
      message: 'not_enough_funds',
    });
    expect(readCase('deribit-32602-invalid-params')).toEqual({ code: -32602, message: 'Invalid params' });
  });

  it('each claim takes its own exchange’s bodies and no other exchange’s', () => {
    const wrong: string[] = [];
    const missed: string[] = [];
    for (const { probe, body } of withBodies) {
      for (const [id, profile] of Object.entries(PROFILES)) {
        const claimed = profile.detect.claims?.(body) ?? false;
        if (claimed && id !== probe.exchange) wrong.push(`${id} claims ${probe.id}`);
        if (!claimed && id === probe.exchange && !UNCLAIMABLE.has(probe.id)) missed.push(probe.id);
      }
    }
    expect(wrong).toEqual([]);
    expect(missed).toEqual([]);
  });

  it('read other exchanges’ bodies as something else or nothing, without throwing', () => {
    const others = (probe: ProbeCase) => Object.entries(GENERATED).filter(([id]) => id !== probe.exchange);
    for (const { probe, body } of withBodies) {
      for (const [, { reader }] of others(probe)) expect(() => reader.read(body), probe.id).not.toThrow();
    }
    // A few that must not pass for an error of the wrong exchange.
    expect(readKraken({ code: '200004', msg: 'Balance insufficient!' })).toBeUndefined();
    expect(readGate({ error: ['EOrder:Insufficient funds'] })).toBeUndefined();
    expect(readDeribit({ code: 10009, msg: 'x' })).toBeUndefined();
  });
});

describe('readers on success envelopes', () => {
  // Shapes from each exchange's API reference for a successful call.
  const successes: [string, (body: object) => WireError | undefined, object][] = [
    ['KuCoin', readKucoin, { code: '200000', data: { orderId: '5bd6e9286d99522a52e458de' } }],
    ['Kraken', readKraken, { error: [], result: { txid: ['OUF4EM-FRGI2-MQMWZD'] } }],
    ['Coinbase', readCoinbase, { success: true, success_response: { order_id: '11111-000000-000000' } }],
    ['Coinbase batch cancel', readCoinbase, { results: [{ success: true, order_id: '0000-000000-000000' }] }],
    ['Bitget', readBitget, { code: '00000', msg: 'success', requestTime: 1695806875837, data: {} }],
    ['Gate batch', readGate, [{ succeeded: true, id: '12332324', text: 't-123456' }]],
    ['HTX', readHtx, { status: 'ok', data: '59378' }],
    ['HTX v2', readHtx, { code: 200, data: [], ok: true }],
    ['MEXC contract', readMexc, { success: true, code: 0, data: 1634095541710 }],
    ['Bitfinex', readBitfinex, [[1, 'exchange', 'USD', 100, 0, 100, null, null]]],
    [
      'Bitfinex notification',
      readBitfinex,
      [1568110144859, 'on-req', null, null, [], null, 'SUCCESS', 'Submitting 1 orders.'],
    ],
    [
      'Deribit',
      readDeribit,
      { jsonrpc: '2.0', result: { order: {} }, usIn: 1, usOut: 2, usDiff: 1, testnet: false },
    ],
  ];
  it.each(successes)('%s: success', (_name, read, body) => {
    expect(read(body)?.success).toBe(true);
  });

  it('read a failure inside a success envelope as the failure', () => {
    expect(
      readKraken({ error: [], result: { orders: [{ txid: 'A' }, { error: 'EOrder:Insufficient funds' }] } }),
    ).toEqual({
      code: null,
      key: 'EOrder:Insufficient funds',
      message: 'EOrder:Insufficient funds',
      failed: [1],
      total: 2,
    });
    expect(
      readGate([
        { succeeded: true, id: '1' },
        { succeeded: false, label: 'BALANCE_NOT_ENOUGH', message: 'Not enough balance' },
      ]),
    ).toEqual({
      code: null,
      key: 'BALANCE_NOT_ENOUGH',
      message: 'Not enough balance',
      failed: [1],
      total: 2,
    });
    expect(
      readBitfinex([
        1568110144859,
        'on-req',
        null,
        null,
        [],
        null,
        'ERROR',
        'Invalid order: minimum size for BTC/USD is 0.0002',
      ]),
    ).toEqual({ code: null, message: 'Invalid order: minimum size for BTC/USD is 0.0002' });
    // Kraken warnings ride along with a result and are no error.
    expect(readKraken({ error: ['WGeneral:Deprecated'], result: {} })?.success).toBe(true);
  });
});

describe('readGeneric', () => {
  it('reads a code with msg, message or error, and keeps codes that are names as keys', () => {
    expect(readGeneric({ code: 10001, msg: 'Invalid parameter' })).toEqual({
      code: 10001,
      message: 'Invalid parameter',
    });
    expect(readGeneric({ code: '-1013', message: 'Filter failure: LOT_SIZE' })).toEqual({
      code: -1013,
      message: 'Filter failure: LOT_SIZE',
    });
    expect(readGeneric({ code: 'INVALID_KEY', msg: 'Invalid key' })).toEqual({
      code: null,
      key: 'INVALID_KEY',
      message: 'Invalid key',
    });
    expect(readGeneric({ error: 'INVALID_KEY' })).toEqual({
      code: null,
      key: 'INVALID_KEY',
      message: 'INVALID_KEY',
    });
    expect(readGeneric({ error: { code: 401, message: 'Unauthorized' } })).toEqual({
      code: 401,
      message: 'Unauthorized',
    });
    expect(readGeneric({ code: '0104', msg: 'x' })).toEqual({ code: null, key: '0104', message: 'x' });
  });

  it('reads success envelopes as success, and an error text beside a success code as an error', () => {
    expect(readGeneric({ success: true, data: {} })?.success).toBe(true);
    expect(readGeneric({ code: 0, msg: 'success', data: [] })?.success).toBe(true);
    expect(readGeneric({ code: '200000', data: {} })?.success).toBe(true);
    // Binance's 451 geo-block carries code 0 with an error text: not success.
    expect(
      readGeneric({ code: 0, msg: 'Service unavailable from a restricted location' })?.success,
    ).toBeUndefined();
  });

  it('reads nothing from bodies without a code or a text', () => {
    expect(readGeneric({ data: [1, 2] })).toBeUndefined();
    expect(readGeneric([1, 2])).toBeUndefined();
  });
});
