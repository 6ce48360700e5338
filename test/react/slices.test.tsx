import { act, render } from '@testing-library/react';
import { Profiler } from 'react';
import { describe, expect, it } from 'vitest';
import { binanceSpot } from '../../src/exchanges/binance-spot';
import type { ExchangeErrorSnapshot } from '../../src/index';
import {
  ExchangeErrorProvider,
  ExchangeErrorToaster,
  FieldError,
  useCooldown,
  useExchangeError,
  useExchangeErrorSelector,
} from '../../src/react';

let report: ReturnType<typeof useExchangeError>['report'];
function Reporter() {
  report = useExchangeError().report;
  return null;
}

const renders: Record<string, number> = {};
const count = (id: string) => () => {
  renders[id] = (renders[id] ?? 0) + 1;
};
const noop = async () => {};

function CooldownLabel() {
  count('cooldown')();
  const { active } = useCooldown();
  return <span>{active ? 'waiting' : 'ready'}</span>;
}

const selectBanned = (s: ExchangeErrorSnapshot) => s.cooldown?.category === 'ip-banned';
function BanWatcher() {
  count('selector')();
  return <span>{useExchangeErrorSelector(selectBanned) ? 'banned' : 'free'}</span>;
}

describe('components read their own slice of the store', () => {
  it('a report for one field re-renders neither another field’s FieldError nor an unrelated toast', () => {
    for (const key of Object.keys(renders)) delete renders[key];
    render(
      <ExchangeErrorProvider exchanges={[binanceSpot]} onRetry={noop}>
        <Reporter />
        <Profiler id="price" onRender={count('price')}>
          <FieldError name="price" />
        </Profiler>
        <Profiler id="quantity" onRender={count('quantity')}>
          <FieldError name="quantity" />
        </Profiler>
        <CooldownLabel />
        <BanWatcher />
        <ExchangeErrorToaster
          renderToast={(entry) => {
            count(`toast ${entry.error.code}`)();
            return <p>{entry.error.title}</p>;
          }}
        />
      </ExchangeErrorProvider>,
    );
    act(() => {
      report({ code: -1121, msg: 'Invalid symbol.' });
      report({ code: -1013, msg: 'Filter failure: PRICE_FILTER' });
    });
    const before = { ...renders };
    expect(before['toast -1121']).toBeGreaterThan(0);
    expect(before.price).toBeGreaterThan(0);

    act(() => {
      report({ code: -1013, msg: 'Filter failure: LOT_SIZE' });
    });
    // The quantity field shows its error; nothing else had anything new to show.
    expect(document.getElementById('eek-field-error-quantity')).toHaveAttribute('data-state', 'active');
    expect(renders.quantity).toBeGreaterThan(before.quantity ?? 0);
    expect(renders.price).toBe(before.price);
    expect(renders['toast -1121']).toBe(before['toast -1121']);
    expect(renders.cooldown).toBe(before.cooldown);
    expect(renders.selector).toBe(before.selector);

    // The same error again re-renders its own toast (its count), and only it.
    act(() => {
      report({ code: -1121, msg: 'Invalid symbol.' });
    });
    expect(renders['toast -1121']).toBeGreaterThan(before['toast -1121']!);
    expect(renders.price).toBe(before.price);
  });

  it('useExchangeErrorSelector re-renders when its slice changes', () => {
    render(
      <ExchangeErrorProvider exchanges={[binanceSpot]} onRetry={noop}>
        <Reporter />
        <BanWatcher />
      </ExchangeErrorProvider>,
    );
    expect(document.body).toHaveTextContent('free');
    act(() => {
      report(
        { code: -1003, msg: `Way too much request weight used; IP banned until ${Date.now() + 60_000}.` },
        { httpStatus: 418 },
      );
    });
    expect(document.body).toHaveTextContent('banned');
  });
});
