import { describe, expect, it } from 'vitest';
import { fillTemplate } from '../../src/core/fillTemplate';
import type { RuleReason } from '../../src/core/rules/LocalViolation';
import type { RuleCopy } from '../../src/core/rules/RuleCopy';
import { validateOrder } from '../../src/core/rules/validateOrder';
import { rulesFromBinanceSymbol } from '../../src/exchanges/binance-spot/rulesFromBinanceSymbol';
import { ruleCopy } from '../../src/locale/en/ruleCopy';
import { binanceBtcUsdt } from './payloads';

const btc = rulesFromBinanceSymbol(binanceBtcUsdt);

describe('fillTemplate', () => {
  it('fills placeholders and drops a bracketed part whose value is missing', () => {
    const template = 'Price must be a multiple of {tickSize}[: use {lower} or {higher}]';
    expect(fillTemplate(template, { tickSize: '0.01', lower: '50000.00', higher: '50000.01' })).toBe(
      'Price must be a multiple of 0.01: use 50000.00 or 50000.01',
    );
    expect(fillTemplate(template, { tickSize: '0.01', lower: '50000.00' })).toBe(
      'Price must be a multiple of 0.01',
    );
  });

  it('gives up when a value outside brackets is missing, and never fills a value twice', () => {
    expect(fillTemplate('Quantity must be at least {minQty}', {})).toBeUndefined();
    expect(fillTemplate('{a} {b}', { a: '{b}', b: 'x' })).toBe('{b} x');
    expect(fillTemplate('{constructor}', {})).toBeUndefined();
  });
});

describe('rule copy', () => {
  it('has a title and a description for every reason, with placeholders the kit fills', () => {
    const reasons = Object.keys(ruleCopy.reasons) as RuleReason[];
    expect(reasons.length).toBe(41);
    for (const reason of reasons) {
      expect(ruleCopy.reasons[reason].title.length).toBeGreaterThan(0);
      expect(ruleCopy.reasons[reason].description).toMatch(/[.]$/);
    }
  });

  it('reads as the brief asks, with the quote asset and the fix', () => {
    const tick = validateOrder({ side: 'BUY', type: 'LIMIT', price: '50000.005', quantity: '0.001' }, btc)[0];
    expect(tick?.description).toBe('Price must be a multiple of 0.01: use 50000.00 or 50000.01.');
    const small = validateOrder(
      { side: 'BUY', type: 'LIMIT', price: '1000000', quantity: '0.000006' },
      btc,
    )[0];
    expect(small?.description).toBe('Quantity must be at least 0.00001: use 0.00001.');
    const total = validateOrder({ side: 'BUY', type: 'LIMIT', price: '50000', quantity: '0.00002' }, btc)[0];
    expect(total?.description).toBe('Order total must be at least 5 USDT: set the quantity to 0.00010.');
  });

  it('drops the quote asset and the fix when the rules do not give them', () => {
    const rules = {
      notional: [{ filter: 'NOTIONAL' as const, min: '5', applyMinToMarket: true, applyMaxToMarket: true }],
    };
    const [v] = validateOrder({ side: 'BUY', type: 'MARKET', quoteOrderQty: '4' }, rules);
    expect(v?.description).toBe('Order total must be at least 5: set the order total to 5.');
    const [w] = validateOrder(
      { side: 'BUY', type: 'LIMIT', price: '0.5', quantity: '1' },
      { ...rules, quantity: { max: '2' } },
    );
    expect(w?.description).toBe('Order total must be at least 5.');
  });

  it('can be another language with the same keys', () => {
    const fr: RuleCopy = {
      ...ruleCopy,
      or: 'ou',
      fields: { ...ruleCopy.fields, price: 'Prix' },
      reasons: {
        ...ruleCopy.reasons,
        'PRICE_FILTER.tickSize': {
          title: 'Pas de {field} invalide',
          description: '{label} doit être un multiple de {tickSize}[ : {suggestion}].',
        },
      },
    };
    const [v] = validateOrder(
      { side: 'BUY', type: 'LIMIT', price: '50000.005', quantity: '0.001' },
      btc,
      {},
      { copy: fr },
    );
    expect(v).toMatchObject({
      title: 'Pas de prix invalide',
      description: 'Prix doit être un multiple de 0.01 : 50000.00 ou 50000.01.',
    });
  });
});
