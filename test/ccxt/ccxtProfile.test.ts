// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { ErrorCategory } from '../../src/core/types';
import {
  CCXT_CATEGORIES,
  type CcxtCategoryIndex,
  type CcxtExchangeData,
} from '../../src/exchanges/ccxt/ccxtExchangeData';
import { ccxtProfile } from '../../src/exchanges/ccxt/ccxtProfile';
import { kucoinData } from '../../src/exchanges/ccxt/generated/kucoin.data';
import { mexcData } from '../../src/exchanges/ccxt/generated/mexc.data';
import { claimsKucoin, kucoinReader } from '../../src/exchanges/ccxt/readers/kucoin';
import { mexcReader } from '../../src/exchanges/ccxt/readers/mexc';

const at = (category: ErrorCategory) => CCXT_CATEGORIES.indexOf(category) as CcxtCategoryIndex;

/** A small exchange in the generated shape. */
const acme: CcxtExchangeData<'acme'> = {
  id: 'acme',
  name: 'Acme',
  hosts: ['api.acme.example'],
  ccxt: ['acme', 'acmefutures'],
  exact: {
    '1001': at('rate-limit'),
    '01001': at('execution-unknown'),
    '-1013': at('filter'),
    '2000': at('unknown'),
    '3000': at('insufficient-funds'),
    INVALID_KEY: at('auth'),
    'Order does not exist.': at('not-found'),
    '99999999999999999999': at('invalid-request'),
  },
  broad: [
    ['minimum', at('filter')],
    ['minimum notional', at('insufficient-funds')],
    ['Too many', at('rate-limit')],
  ],
};

describe('ccxtProfile', () => {
  const profile = ccxtProfile(acme);

  it('lists the exact keys that are plain integers as catalog entries, in order', () => {
    expect(profile.catalog.entries).toEqual([
      { code: -1013, messages: [], section: 'ccxt' },
      { code: 1001, messages: [], section: 'ccxt' },
      { code: 2000, messages: [], section: 'ccxt' },
      { code: 3000, messages: [], section: 'ccxt' },
    ]);
    expect(profile.catalog).toMatchObject({ id: 'acme', filters: [], rejections: [], rejectionCodes: [] });
    expect(profile.id).toBe('acme');
    expect(profile.name).toBe('Acme');
  });

  it('is detected by its hosts and every ccxt id that raises its codes', () => {
    expect(profile.detect).toEqual({ hosts: ['api.acme.example'], ccxt: ['acme', 'acmefutures'] });
    const kucoin = ccxtProfile(kucoinData, kucoinReader);
    expect(kucoin.detect.claims?.({ code: '200004', msg: 'Balance insufficient!' })).toBe(true);
    expect(claimsKucoin({ code: '200004', msg: 'Balance insufficient!' })).toBe(true);
  });

  it("claims an envelope other exchanges share only for a code its map lists (MEXC's, BingX's `{code, msg, data}`)", () => {
    const mexc = ccxtProfile(mexcData, mexcReader);
    expect(mexc.detect.claims?.({ code: 30004, msg: 'Insufficient position', data: {} })).toBe(true);
    expect(mexc.detect.claims?.({ code: 101204, msg: 'Insufficient margin', data: {} })).toBe(false);
    // Its contracts' `success` flag is its own, whatever the code.
    expect(mexc.detect.claims?.({ success: false, code: 7002, message: 'Position mode mis match' })).toBe(
      true,
    );
  });

  it('looks up the key, the code, the message, then the broad substrings', () => {
    const c = profile.classify!;
    expect(c({ code: null, key: 'INVALID_KEY', message: 'whatever' })).toEqual({ category: 'auth' });
    expect(c({ code: -1013, message: 'Filter failure: LOT_SIZE' })).toEqual({ category: 'filter' });
    expect(c({ code: 7, message: 'Order does not exist.' })).toEqual({ category: 'not-found' });
    // A broad substring decides the category, but any exchange may write it: no evidence of this one.
    expect(c({ code: 7, message: 'Too many requests' })).toEqual({ category: 'rate-limit', generic: true });
    expect(c({ code: 7, message: 'no rule for this' })).toBeUndefined();
  });

  it('picks the first broad substring in ccxt’s order, not the longest (findBroadlyMatchedKey)', () => {
    expect(profile.classify!({ code: null, message: 'below the minimum notional' })).toEqual({
      category: 'filter',
      generic: true,
    });
  });

  it('matches broad substrings in the key too (Kraken’s ":Invalid order" is in the key)', () => {
    expect(profile.classify!({ code: null, key: 'ERR:Too many', message: '' })).toEqual({
      category: 'rate-limit',
      generic: true,
    });
  });

  it('keeps a code sent with a leading zero apart from the number it reads as', () => {
    expect(profile.classify!({ code: null, key: '01001', message: '' })).toEqual({
      category: 'execution-unknown',
    });
    // Had the reader given both, the number must not be looked up as another code.
    expect(profile.classify!({ code: 1001, key: '01999', message: '' })).toBeUndefined();
  });

  it('stops at an entry ccxt files as a plain ExchangeError and lets the message decide', () => {
    // 2000 is `unknown`: the broad "minimum" must not run after it, as ccxt would have thrown.
    expect(profile.classify!({ code: 2000, message: 'below the minimum' })).toBeUndefined();
  });

  it('never takes an object’s inherited properties for keys', () => {
    for (const key of ['constructor', 'toString', '__proto__', 'hasOwnProperty']) {
      expect(profile.classify!({ code: null, key, message: key }), key).toBeUndefined();
    }
  });

  it('follows an exchange’s own lookup order: KuCoin’s exact message before its code', () => {
    const kucoin = ccxtProfile(kucoinData, kucoinReader);
    // 400100 alone is a generic parameter error; this message says the order cannot be cancelled.
    expect(kucoin.classify!({ code: 400100, message: 'order_not_exist_or_not_allow_to_cancel' })).toEqual({
      category: 'order-rejected',
    });
    expect(kucoin.classify!({ code: 400100, message: 'something else' })).toEqual({
      category: 'invalid-request',
    });
  });

  it('reads with the given function, or with the generic reader', () => {
    expect(profile.read({ code: 3000, msg: 'Balance too low' })).toEqual({
      code: 3000,
      message: 'Balance too low',
    });
    const custom = ccxtProfile(acme, (body) =>
      'e' in body ? { code: null, message: String(body.e) } : undefined,
    );
    expect(custom.read({ e: 'boom' })).toEqual({ code: null, message: 'boom' });
    expect(custom.detect.claims).toBeUndefined();
  });
});
