import { describe, expect, it } from 'vitest';
import { resolveExchangeError } from '../../src/core/resolveExchangeError';
import { ltp } from '../../src/exchanges/ltp';
import { messagesOf, sample } from './catalogSamples';
import { expectedCategory, ltpCategories, ltpFields } from './expectedCategories';

const resolve = (input: unknown) => resolveExchangeError(input, { exchanges: [ltp] });

const cases = ltp.catalog.entries.flatMap((entry) =>
  messagesOf(entry).map((template) => [`${entry.code} ${template}`, entry, template] as const),
);

describe('every LTP catalog entry', () => {
  it('has exactly one deliberate category in the expectation table, and the table no stray code', () => {
    const documented = new Set<number>(ltp.catalog.entries.map((entry) => entry.code));
    const listed = Object.values(ltpCategories).flat();
    expect(
      ltp.catalog.entries.filter((entry) => expectedCategory(ltpCategories, entry.code) === undefined),
    ).toEqual([]);
    expect(listed.filter((code, i) => listed.indexOf(code) !== i)).toEqual([]);
    expect(listed.filter((code) => !documented.has(code))).toEqual([]);
  });

  it.each(cases)(
    '%s resolves back to itself from an envelope built from its template',
    (_, entry, template) => {
      const { message, values } = sample(template);
      const error = resolve({ code: entry.code, message, data: null });
      expect(error).toMatchObject({ source: 'ltp', code: entry.code, known: true, message });
      expect(Object.values(error?.params ?? {})).toEqual(values);
      expect(error?.category).toBe(expectedCategory(ltpCategories, entry.code));
      expect(error?.title).not.toBe('');
    },
  );

  const fieldCases = Object.entries(ltpFields).map(([code, field]) => [code, field ?? 'no field', field]);
  it.each(fieldCases)('%s marks %s', (code, _, field) => {
    const entry = ltp.catalog.entries.find((e) => e.code === Number(code));
    const { message } = sample(entry?.messages[0] ?? '');
    expect(resolve({ code: Number(code), message, data: null })?.field).toBe(field);
  });
});

describe('LTP envelopes', () => {
  it.each([
    [{ code: 200000, message: 'Success', data: { balance: '1' } }],
    [{ code: 200, message: 'OK', data: [] }],
    [{ code: '200000', message: 'Success', data: null }],
    ['{"code":200000,"message":"Success","data":{}}'],
  ])('a success envelope resolves to null: %j', (input) => {
    expect(resolve(input)).toBeNull();
    expect(resolveExchangeError(input)).toBeNull();
  });

  it('is detected from its shape without a source hint: message and a 3-6 digit code', () => {
    expect(
      resolveExchangeError(
        { code: 401055, message: 'Insufficient available balance', data: null },
        { exchanges: [ltp] },
      ),
    ).toMatchObject({ source: 'ltp', category: 'insufficient-funds', known: true });
  });

  it('names values meaningfully where the words before a placeholder would not', () => {
    const error = resolve({
      code: 401112,
      message:
        'Due to exchange parameter adjustments, The maximum leverage for this symbol is 20. Please reduce the leverage ratio.',
    });
    expect(error).toMatchObject({ category: 'filter', field: 'leverage', params: { maxLeverage: '20' } });
  });

  it('treats a request timeout on an order as execution-unknown, and on a read as unavailable', () => {
    const body = { code: 400013, message: 'Request timeout', data: null };
    expect(
      resolveExchangeError(body, { exchanges: [ltp], request: { intent: 'place-order' } }),
    ).toMatchObject({
      category: 'execution-unknown',
      retry: { strategy: 'check-status' },
    });
    expect(
      resolveExchangeError(body, { exchanges: [ltp], request: { method: 'GET', url: '/api/v1/portfolio' } }),
    ).toMatchObject({
      category: 'unavailable',
      retry: { strategy: 'backoff' },
    });
  });
});
