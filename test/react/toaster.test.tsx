import { act, fireEvent, render, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { binanceSpot } from '../../src/exchanges/binance-spot';
import type { ExchangeErrorProviderProps } from '../../src/react';
import {
  ExchangeErrorBanner,
  ExchangeErrorProvider,
  ExchangeErrorToaster,
  useCooldown,
  useExchangeError,
} from '../../src/react';
import { expectConsole } from '../support/consoleGuard';

const catalogs = [binanceSpot];
let report: ReturnType<typeof useExchangeError>['report'];
function Reporter() {
  report = useExchangeError().report;
  return null;
}
// An app that can retry, as most do; a test that needs other handlers passes them.
const retryNothing = async () => {};
function renderKit(props: Partial<ExchangeErrorProviderProps> = {}, maxVisible = 3) {
  return render(
    <ExchangeErrorProvider exchanges={catalogs} onRetry={retryNothing} {...props}>
      <Reporter />
      <ExchangeErrorToaster maxVisible={maxVisible} />
    </ExchangeErrorProvider>,
  );
}
let errors: ReturnType<typeof useExchangeError>['errors'] = [];
function Errors() {
  errors = useExchangeError().errors;
  return null;
}
const allToasts = () => [...document.querySelectorAll('li.eek-toast')] as HTMLElement[];

beforeEach(() => {
  vi.useFakeTimers({ now: Date.UTC(2026, 10, 23, 12, 0, 0) });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('ExchangeErrorToaster', () => {
  it('shows a storm of identical errors as one toast whose count updates', () => {
    renderKit();
    const body = { code: -1015, msg: 'Too many new orders; current limit is 50 orders per 10 SECOND.' };
    act(() => {
      for (let i = 0; i < 12; i++) report(body);
    });
    expect(allToasts()).toHaveLength(1);
    expect(allToasts()[0]).toHaveTextContent('×12');
    act(() => {
      for (let i = 0; i < 488; i++) report(body);
    });
    expect(allToasts()).toHaveLength(1);
    expect(allToasts()[0]).toHaveTextContent('×500');
    expect(allToasts()[0]).toHaveTextContent('500 times');
  });

  it('gives different errors separate toasts up to the visible maximum, queueing the rest', () => {
    renderKit({}, 2);
    act(() => {
      report({ code: -1121, msg: 'Invalid symbol.' });
      report({ code: -2013, msg: 'Order does not exist.' });
      report({ code: -1022, msg: 'Signature for this request is not valid.' });
    });
    expect(allToasts()).toHaveLength(2);
    expect(document.querySelector('.eek-toaster')).toHaveAttribute('data-queued', '1');
    // The queue is shown, in the app's words when it has its own.
    expect(document.querySelector('.eek-toaster__queued')).toHaveTextContent('1 more');
    // Dismissing one lets the queued one in.
    act(() => {
      fireEvent.click(within(allToasts()[0]!).getByRole('button', { name: 'Dismiss' }));
    });
    expect(allToasts()).toHaveLength(2);
    expect(document.querySelector('.eek-toaster')).not.toHaveAttribute('data-queued');
    expect(document.querySelector('.eek-toaster__queued')).toBeNull();
  });

  it('says how many errors wait, with the app’s own label', () => {
    renderKit({ labels: { queued: '+{count} en attente' } }, 1);
    act(() => {
      report({ code: -1121, msg: 'Invalid symbol.' });
      report({ code: -2013, msg: 'Order does not exist.' });
      report({ code: -1022, msg: 'Signature for this request is not valid.' });
    });
    expect(allToasts()).toHaveLength(1);
    expect(document.querySelector('.eek-toaster__queued')).toHaveTextContent('+2 en attente');
  });

  it('disables Retry during a rate limit with a live countdown, and re-enables it exactly at retryAt', () => {
    const onRetry = vi.fn();
    renderKit({ onRetry });
    act(() => {
      report(
        { code: -1003, msg: 'Too many requests queued.' },
        { httpStatus: 429, headers: { 'Retry-After': '30' } },
      );
    });
    const retry = () => within(allToasts()[0]!).getByRole('button', { name: /retry/i });
    expect(retry()).toBeDisabled();
    expect(retry()).toHaveTextContent('Retry in 0:30');
    act(() => vi.advanceTimersByTime(10_000));
    expect(retry()).toHaveTextContent('Retry in 0:20');
    act(() => vi.advanceTimersByTime(19_999));
    expect(retry()).toBeDisabled();
    act(() => vi.advanceTimersByTime(1));
    expect(retry()).toBeEnabled();
    expect(retry()).toHaveTextContent(/^Retry$/);
    fireEvent.click(retry());
    expect(onRetry).toHaveBeenCalledTimes(1);
  });

  it('shows the ban clock for an IP ban and keeps the toast until dismissed', () => {
    renderKit({ onRetry: vi.fn() });
    const until = Date.now() + 2 * 60_000;
    act(() => {
      report(
        { code: -1003, msg: `Way too much request weight used; IP banned until ${until}.` },
        { httpStatus: 418 },
      );
    });
    const toast = allToasts()[0]!;
    expect(toast).toHaveAttribute('data-category', 'ip-banned');
    expect(toast).toHaveAttribute('data-severity', 'critical');
    const clock = toast.querySelector('time')!;
    expect(clock).toHaveAttribute('datetime', new Date(until).toISOString());
    expect(clock).toHaveTextContent('(2:00 left)');
    act(() => vi.advanceTimersByTime(60_000));
    expect(clock).toHaveTextContent('(1:00 left)');
    // Critical toasts are persistent: far past the default duration it is still there.
    expect(allToasts()).toHaveLength(1);
  });

  it('offers Check order status for an unknown execution status, and never a retry', async () => {
    const checkOrderStatus = vi.fn().mockResolvedValue(undefined);
    const onRetry = vi.fn();
    renderKit({ checkOrderStatus, onRetry });
    act(() => {
      report({
        code: -1007,
        msg: 'Timeout waiting for response from backend server. Send status unknown; execution status unknown.',
      });
    });
    const toast = allToasts()[0]!;
    expect(within(toast).queryByRole('button', { name: /retry/i })).toBeNull();
    await act(async () => {
      fireEvent.click(within(toast).getByRole('button', { name: 'Check order status' }));
    });
    expect(checkOrderStatus).toHaveBeenCalledTimes(1);
    expect(onRetry).not.toHaveBeenCalled();
    expect(allToasts()).toHaveLength(0);
  });

  it('syncs the clock and then retries for clock skew', async () => {
    const calls: string[] = [];
    const syncClock = vi.fn(async () => {
      calls.push('sync');
    });
    const onRetry = vi.fn(async () => {
      calls.push('retry');
    });
    renderKit({ syncClock, onRetry });
    act(() => {
      report({ code: -1021, msg: 'Timestamp for this request is outside of the recvWindow.' });
    });
    await act(async () => {
      fireEvent.click(within(allToasts()[0]!).getByRole('button', { name: 'Sync clock & retry' }));
    });
    expect(calls).toEqual(['sync', 'retry']);
    expect(allToasts()).toHaveLength(0);
  });

  it('keeps the toast and counts the repeat when a retry fails with the same error', async () => {
    const failure = { code: -1001, msg: 'Internal error; unable to process your request. Please try again.' };
    const onRetry = vi.fn().mockRejectedValue(failure);
    renderKit({ onRetry });
    act(() => {
      report(failure);
    });
    await act(async () => {
      fireEvent.click(within(allToasts()[0]!).getByRole('button', { name: /retry/i }));
    });
    expect(onRetry).toHaveBeenCalledTimes(1);
    expect(allToasts()).toHaveLength(1);
    expect(allToasts()[0]).toHaveTextContent('×2');
  });

  it('announces critical errors assertively and the rest politely', () => {
    renderKit({ checkOrderStatus: vi.fn() });
    act(() => {
      report({
        code: -1006,
        msg: 'An unexpected response was received from the message bus. Execution status unknown.',
      });
      report({ code: -1121, msg: 'Invalid symbol.' });
    });
    // Radix announces a foreground toast assertively and a background one politely, a frame later.
    act(() => vi.advanceTimersByTime(50));
    const [critical, other] = allToasts();
    expect(critical).toHaveAttribute('data-severity', 'critical');
    expect(other).toHaveAttribute('data-severity', 'error');
    const assertive = [...document.querySelectorAll('[aria-live="assertive"]')].map((el) => el.textContent);
    const polite = [...document.querySelectorAll('[aria-live="polite"]')].map((el) => el.textContent);
    expect(assertive.join(' ')).toContain(critical!.querySelector('.eek-toast__title')!.textContent);
    expect(polite.join(' ')).toContain('Invalid symbol.');
  });

  it('renders exchange messages as text, never as HTML', () => {
    renderKit();
    act(() => {
      report({ code: -1100, msg: 'Illegal characters found in parameter <img src=x onerror=alert(1)>' });
    });
    expect(document.querySelector('img')).toBeNull();
    expect(allToasts()[0]).toHaveTextContent('<img src=x onerror=alert(1)>');
  });

  it('falls back to the default body when a custom renderer throws, keeping the error recorded', () => {
    // React reports the error its boundary caught, and the kit says what it did instead.
    expectConsole('error', /^Error: broken renderer/);
    expectConsole(
      'error',
      /^exchange-error-kit: a custom renderer threw; showing the default rendering instead\. Error: broken renderer/,
    );
    render(
      <ExchangeErrorProvider exchanges={catalogs}>
        <Reporter />
        <Errors />
        <ExchangeErrorToaster
          renderToast={() => {
            throw new Error('broken renderer');
          }}
        />
      </ExchangeErrorProvider>,
    );
    act(() => {
      report({ code: -1121, msg: 'Invalid symbol.' });
    });
    expect(allToasts()).toHaveLength(1);
    expect(allToasts()[0]).toHaveTextContent('Invalid symbol.');
    expect(errors).toHaveLength(1);
  });

  it('only hides a toast whose time ran out: the error stays live, and shows again if it happens again', () => {
    render(
      <ExchangeErrorProvider exchanges={catalogs}>
        <Reporter />
        <Errors />
        <ExchangeErrorBanner />
        <ExchangeErrorToaster duration={8000} />
      </ExchangeErrorProvider>,
    );
    const keyRejected = { code: -2015, msg: 'Invalid API-key, IP, or permissions for action.' };
    act(() => {
      report(keyRejected, { httpStatus: 401 });
    });
    expect(allToasts()).toHaveLength(1);
    act(() => vi.advanceTimersByTime(8_100));
    expect(allToasts()).toHaveLength(0);
    // The banner and the store still have it: a toast is a notice, not the error's lifetime.
    expect(errors).toHaveLength(1);
    expect(document.querySelector('.eek-banner')).toHaveAttribute('data-category', 'auth');
    act(() => {
      report(keyRejected, { httpStatus: 401 });
    });
    expect(allToasts()).toHaveLength(1);
    expect(allToasts()[0]).toHaveTextContent('×2');
    // Closing it is the user's word: the error ends.
    act(() => {
      fireEvent.click(within(allToasts()[0]!).getByRole('button', { name: 'Dismiss' }));
    });
    expect(errors).toHaveLength(0);
    expect(document.querySelector('.eek-banner')).toBeNull();
  });

  it('names the toast region with its hotkey, or without brackets when there is none', () => {
    const { unmount } = renderKit();
    expect(document.querySelector('[role="region"]')).toHaveAttribute('aria-label', 'Exchange errors (F8)');
    unmount();
    render(
      <ExchangeErrorProvider exchanges={catalogs}>
        <ExchangeErrorToaster hotkey={false} />
      </ExchangeErrorProvider>,
    );
    expect(document.querySelector('[role="region"]')).toHaveAttribute('aria-label', 'Exchange errors');
  });

  it('keeps keyboard focus with the toasts when the focused one goes away', async () => {
    renderKit({ checkOrderStatus: vi.fn().mockResolvedValue(undefined) });
    act(() => {
      report({ code: -1121, msg: 'Invalid symbol.' });
      report({
        code: -1007,
        msg: 'Timeout waiting for response from backend server. Send status unknown; execution status unknown.',
      });
    });
    const check = within(allToasts()[0]!).getByRole('button', { name: 'Check order status' });
    act(() => check.focus());
    await act(async () => {
      fireEvent.click(check);
    });
    expect(allToasts()).toHaveLength(1);
    expect(document.activeElement).toBe(allToasts()[0]);
  });
});

let shown: number[] = [];
function Cooldown() {
  shown.push(useCooldown().remainingMs);
  return null;
}

describe('countdowns', () => {
  it('never show more time than is left, even on the first render after a long idle', () => {
    shown = [];
    render(
      <ExchangeErrorProvider exchanges={catalogs}>
        <Reporter />
        <Cooldown />
      </ExchangeErrorProvider>,
    );
    // Ten minutes with nothing to count down: no re-render, no tick.
    act(() => vi.advanceTimersByTime(600_000));
    act(() => {
      report(
        { code: -1003, msg: 'Too many requests queued.' },
        { httpStatus: 429, headers: { 'Retry-After': '5' } },
      );
    });
    expect(Math.max(...shown)).toBeLessThanOrEqual(5_000);
    expect(shown.at(-1)).toBe(5_000);
  });
});
