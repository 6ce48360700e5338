import { describe, expect, it } from 'vitest';
import { resolveExchangeError } from '../../src/core/resolveExchangeError';
import type { ResolveOptions } from '../../src/core/types';
import { binanceSpot } from '../../src/exchanges/binance-spot';
import { defaultCopy } from '../../src/locale/en/copy';
import { ALL_CATEGORIES } from '../support/categories';

const resolve = (input: unknown, options: ResolveOptions = {}) =>
  resolveExchangeError(input, { exchanges: [binanceSpot], now: 0, ...options });
const ORDERS = { code: -1015, msg: 'Too many new orders; current limit is 50 orders per 10 SECOND.' };
const CATEGORIES = ALL_CATEGORIES;

describe('default copy', () => {
  it.each(CATEGORIES)('has a short title and a what-to-do description for %s', (category) => {
    const { title, description } = defaultCopy[category];
    expect(title.length).toBeGreaterThan(3);
    expect(title.length).toBeLessThanOrEqual(40);
    expect(description).toMatch(/[.!]$/);
  });

  it('puts template values in the copy, read as a person would', () => {
    expect(resolve(ORDERS)).toMatchObject({
      title: 'Too many new orders',
      description: 'Too many new orders: the limit is 50 per 10 seconds. Wait before placing more.',
    });
  });

  it('drops a part whose value the message did not carry', () => {
    expect(resolve({ code: -1015, msg: 'Too many new orders.' })?.description).toBe(
      'Too many new orders. Wait before placing more.',
    );
  });

  it('names the field a filter failure is about', () => {
    expect(resolve({ code: -1013, msg: 'Filter failure: ICEBERG_PARTS' })?.description).toMatch(
      /^The iceberg quantity of the order/,
    );
    expect(resolve({ code: -1013, msg: 'Filter failure: MAX_NUM_ORDERS' })?.description).toMatch(
      /^The order is outside/,
    );
  });

  it('shows a ban end as a local time in the given locale, and survives a bad locale', () => {
    const body = { code: -1003, msg: 'Way too much request weight used; IP banned until 1767276000000.' };
    const when = new Intl.DateTimeFormat('de-DE', { dateStyle: 'medium', timeStyle: 'medium' }).format(
      1767276000000,
    );
    expect(resolve(body, { locale: 'de-DE' })?.description).toContain(`until ${when}`);
    expect(resolve(body, { locale: 'not a locale!' })?.description).toContain(
      'until 2026-01-01T14:00:00.000Z',
    );
  });
});

describe('spans of time in templates', () => {
  const body = { code: -1015, msg: 'Too many new orders; current limit is 50 orders per 10 SECOND.' };
  const frenchCopy = {
    codes: { 'binance-spot:-1015': { description: 'Limite : {limit} ordres par {interval}.' } },
  };

  it('reads in English without a locale, one unit singular', () => {
    expect(resolve(body)?.description).toContain('the limit is 50 per 10 seconds');
    expect(resolve({ ...body, msg: body.msg.replace('10 SECOND', '1 DAY') })?.description).toContain(
      'per 1 day',
    );
  });

  it('writes English spans as Intl writes them for en, without asking Intl', () => {
    for (const unit of ['SECOND', 'MINUTE', 'HOUR', 'DAY']) {
      for (const count of [1, 2, 10, 60, 1000, 86400]) {
        const intl = new Intl.NumberFormat('en', {
          style: 'unit',
          unit: unit.toLowerCase(),
          unitDisplay: 'long',
        }).format(count);
        const msg = body.msg.replace('10 SECOND', `${count} ${unit}`);
        expect(resolve({ ...body, msg })?.description, msg).toContain(`per ${intl}.`);
      }
    }
  });

  it("reads in the locale's words, so translated copy is not mixed with English units", () => {
    // French puts a no-break space between the number and its unit.
    expect(resolve(body, { locale: 'fr-FR', copy: frenchCopy })?.description).toMatch(
      /^Limite : 50 ordres par 10\ssecondes\.$/,
    );
    expect(resolve(body, { locale: 'de-DE', copy: frenchCopy })?.description).toContain('10 Sekunden');
    expect(resolve(body, { locale: 'not a locale!' })?.description).toContain('per 10 seconds');
  });
});

describe('copy an app supplies', () => {
  it('replaces a category in another language, before the catalog’s English copy for the code', () => {
    const copy = {
      categories: {
        'rate-limit': { title: 'Trop d’ordres', description: 'Limite : {limit} par {interval}.' },
      },
    };
    expect(resolve(ORDERS, { copy })).toMatchObject({
      title: 'Trop d’ordres',
      description: 'Limite : 50 par 10 seconds.',
    });
  });

  it('replaces the copy of one code, keyed "source:code"', () => {
    const copy = { codes: { 'binance-spot:-1015': { title: 'Slow down: {limit} orders per {interval}' } } };
    expect(resolve(ORDERS, { copy })?.title).toBe('Slow down: 50 orders per 10 seconds');
  });

  it('falls back to the next text when a value is missing outside brackets', () => {
    const copy = { codes: { 'binance-spot:-1015': { title: 'Limit {limit}' } } };
    expect(resolve({ code: -1015, msg: 'Too many new orders.' }, { copy })?.title).toBe(
      'Too many new orders',
    );
  });

  it('lets format have the last word, seeing the resolved error', () => {
    const copy = {
      format: (error: { code: number | null }, fallback: { title: string }) => ({
        title: `${fallback.title} (${error.code})`,
      }),
    };
    expect(resolve(ORDERS, { copy })?.title).toBe('Too many new orders (-1015)');
  });

  it('never fills a value twice: braces inside a message stay as they are', () => {
    const copy = { categories: { 'invalid-request': { description: 'Rejected: {message}' } } };
    const msg = "Illegal characters found in parameter 'ip'; legal range is '^[0-9]{1,3}{param}$'.";
    expect(resolve({ code: -1100, msg }, { copy })?.description).toBe(`Rejected: ${msg}`);
  });
});
