import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, waitFor, within } from 'storybook/test';
import { resetSimulatedExchange, simState, simulatedExchangeHandlers } from './dashboard/simulatedExchange';
import {
  DEMO_API_KEY,
  DEMO_PASSPHRASE,
  DEMO_SIGNATURE,
  TradingDashboard,
} from './dashboard/TradingDashboard';
import { settledToasts } from './support/toasts';

/**
 * A small trading screen talking over real `fetch` to a simulated exchange (Mock Service Worker)
 * that answers with real Binance Spot, LTP, Binance USD-M futures, OKX and Bybit payloads,
 * statuses and headers. Pick an exchange and a scenario and watch the toasts, inline errors,
 * prompts and banner.
 */
const meta = {
  title: 'Demo/Trading dashboard',
  component: TradingDashboard,
  tags: ['!autodocs'],
  parameters: { layout: 'fullscreen' },
  beforeEach({ msw }) {
    resetSimulatedExchange();
    msw.use(...simulatedExchangeHandlers);
  },
} satisfies Meta<typeof TradingDashboard>;
export default meta;
type Story = StoryObj<typeof meta>;

const toast = (root: HTMLElement, category: string) =>
  root.querySelector<HTMLElement>(`li.eek-toast[data-category="${category}"]`);
/** No toast of `category`, once the toaster has rendered every report. */
const noToast = async (root: HTMLElement, category: string) => {
  const shown = await settledToasts(root);
  await expect(shown.filter((li) => li.dataset.category === category)).toHaveLength(0);
};
const noSecrets = async (root: HTMLElement) => {
  await expect(root.ownerDocument.body.innerHTML).not.toContain(DEMO_API_KEY);
  await expect(root.ownerDocument.body.innerHTML).not.toContain(DEMO_SIGNATURE);
  await expect(root.ownerDocument.body.innerHTML).not.toContain(DEMO_PASSPHRASE);
};
const fieldError = (root: HTMLElement, name: string) =>
  root.querySelector<HTMLElement>(`#eek-field-error-${name}`)!;
type Play = NonNullable<Story['play']>;

/**
 * The exchange refuses a quantity off its lot grid (the scenario button goes past the form's own
 * check): the refusal lands on the quantity field, resolved as the venue's, and no toast repeats it.
 */
const lotSize =
  (source: string, says: string | RegExp): Play =>
  async ({ canvas, canvasElement, userEvent }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Lot size violation' }));
    const quantity = canvas.getByLabelText('Quantity (BTC)');
    await waitFor(() => expect(quantity).toHaveAttribute('aria-invalid', 'true'));
    await expect(simState.orderAnswers).toBe(1);
    const message = canvasElement.querySelector<HTMLElement>(
      `#${quantity.getAttribute('aria-describedby')}`,
    )!;
    await expect(message).toHaveAttribute('data-category', 'filter');
    // Found by the exchange (not the form's own check), and resolved as that venue's.
    await expect(message).toHaveAttribute('data-source', 'exchange');
    await expect(canvas.getByTestId('order-count')).toHaveAttribute('data-sources', source);
    await expect(message).toHaveTextContent(says);
    // The form shows it; no toast repeats it.
    await noToast(canvasElement, 'filter');
    // Editing the field clears the error.
    await userEvent.type(quantity, '1');
    await expect(quantity).not.toHaveAttribute('aria-invalid');
  };

/**
 * Thirty orders at once into the venue's rate limit: one toast counting them, Retry and the order
 * form waiting while the limit holds, and Retry back by itself when the countdown ends.
 */
const rateLimitStorm =
  (source: string): Play =>
  async ({ canvas, canvasElement, userEvent }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Rate-limit storm' }));
    // While the limit holds (OKX's is a two-second window, counted from each refusal), the toast's
    // Retry and the form's button wait.
    await waitFor(
      () => {
        const limited = toast(canvasElement, 'rate-limit');
        expect(limited).not.toBeNull();
        expect(within(limited!).getByRole('button', { name: /retry/i })).toBeDisabled();
        expect(canvas.getByRole('button', { name: /^Wait/ })).toBeDisabled();
      },
      { timeout: 10_000 },
    );
    // Thirty refusals collapse into one toast counting them, once the exchange has answered all
    // thirty (on a loaded machine that takes seconds).
    await waitFor(() => expect(simState.orderAnswers).toBe(30), { timeout: 20_000 });
    await waitFor(() => expect(toast(canvasElement, 'rate-limit')).toHaveTextContent('×30'), {
      timeout: 10_000,
    });
    await expect(canvasElement.querySelectorAll('li.eek-toast[data-category="rate-limit"]')).toHaveLength(1);
    await expect(toast(canvasElement, 'rate-limit')).toHaveAttribute('data-source', source);
    // The countdown ends and Retry enables by itself.
    const retry = within(toast(canvasElement, 'rate-limit')!).getByRole('button', { name: /retry/i });
    await waitFor(() => expect(retry).toBeEnabled(), { timeout: 8000 });
    // The order form counts down on its own timer, which may tick a moment after the toast's.
    await expect(await canvas.findByRole('button', { name: 'Place order' })).toBeEnabled();
  };

/** The order reached the book but its answer did not: check its status, never resend blind. */
const unknownExecution =
  (source: string): Play =>
  async ({ canvas, canvasElement, userEvent }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Unknown execution status' }));
    await waitFor(() => expect(toast(canvasElement, 'execution-unknown')).not.toBeNull());
    const unknown = toast(canvasElement, 'execution-unknown')!;
    await expect(unknown).toHaveAttribute('data-severity', 'critical');
    await expect(unknown).toHaveAttribute('data-source', source);
    // Never a blind resend: no retry at all, only checking the order.
    await expect(within(unknown).queryByRole('button', { name: /retry/i })).toBeNull();
    await userEvent.click(within(unknown).getByRole('button', { name: 'Check order status' }));
    // The order did reach the book.
    await waitFor(() => expect(canvas.getByTestId('order-count')).toHaveTextContent('1 open order'));
    await waitFor(() => expect(toast(canvasElement, 'execution-unknown')).toBeNull());
  };

/** A key the exchange does not know: an auth toast, and no key, signature or passphrase on the page. */
const invalidApiKey =
  (source: string): Play =>
  async ({ canvas, canvasElement, userEvent }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Invalid API key' }));
    await waitFor(() => expect(toast(canvasElement, 'auth')).not.toBeNull());
    await expect(toast(canvasElement, 'auth')).toHaveAttribute('data-source', source);
    await noSecrets(canvasElement);
  };

export const Binance: Story = {};

export const Ltp: Story = { args: { initialExchange: 'ltp' } };

export const LotSizeViolation: Story = { play: lotSize('binance-spot', 'LOT_SIZE') };

export const LtpTickSize: Story = {
  args: { initialExchange: 'ltp' },
  play: async ({ canvas, userEvent }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Tick size' }));
    await waitFor(() =>
      expect(canvas.getByLabelText('Price (USDT)')).toHaveAttribute('aria-invalid', 'true'),
    );
  },
};

export const MinNotional: Story = {
  play: async ({ canvas, canvasElement, userEvent }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Min notional' }));
    await waitFor(() =>
      expect(canvasElement.querySelector('#eek-field-error-notional')).toHaveAttribute(
        'data-state',
        'active',
      ),
    );
  },
};

export const RateLimitStorm: Story = { play: rateLimitStorm('binance-spot') };

export const IpBan: Story = {
  play: async ({ canvas, canvasElement, userEvent }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'IP ban' }));
    const banner = (await canvas.findByRole('alert')).closest('.eek-banner');
    await expect(banner).toHaveAttribute('data-category', 'ip-banned');
    await expect(banner?.querySelector('time')).toHaveTextContent(/left\)/);
    // Toasts render after what the user is doing (the banner is part of the page).
    await waitFor(() =>
      expect(toast(canvasElement, 'ip-banned')).toHaveAttribute('data-severity', 'critical'),
    );
  },
};

export const ClockSkew: Story = {
  play: async ({ canvas, canvasElement, userEvent }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Clock skew' }));
    await waitFor(() => expect(toast(canvasElement, 'clock-skew')).not.toBeNull());
    await userEvent.click(
      within(toast(canvasElement, 'clock-skew')!).getByRole('button', { name: 'Sync clock & retry' }),
    );
    // The clock is synced, the order goes through and the toast goes away.
    await waitFor(() => expect(canvas.getByTestId('order-count')).toHaveTextContent('1 open order'));
    await waitFor(() => expect(toast(canvasElement, 'clock-skew')).toBeNull());
  },
};

export const UnknownExecutionStatus: Story = { play: unknownExecution('binance-spot') };

export const InvalidApiKey: Story = { play: invalidApiKey('binance-spot') };

export const Maintenance: Story = {
  play: async ({ canvas, canvasElement, userEvent }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Maintenance' }));
    await waitFor(() => expect(toast(canvasElement, 'unavailable')).not.toBeNull());
    await expect(canvasElement.querySelector('.eek-banner')).toHaveAttribute('data-category', 'unavailable');
    // The CDN's HTML page is read as text: no heading from it reaches the page.
    await expect(canvas.queryByRole('heading', { name: 'System maintenance' })).toBeNull();
    await noSecrets(canvasElement);
  },
};

export const InsufficientBalance: Story = {
  play: async ({ canvas, canvasElement, userEvent }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Insufficient balance' }));
    await waitFor(() => expect(toast(canvasElement, 'insufficient-funds')).not.toBeNull());
  },
};

/**
 * The form checks the order against the venue's rules (Binance's `exchangeInfo` entry for BTCUSDT)
 * as the user types: a field shows what it breaks once it is left, with the nearest valid values as
 * buttons; nothing is sent until the order passes.
 */
export const ValidatesAsYouType: Story = {
  play: async ({ canvas, canvasElement, userEvent }) => {
    const price = canvas.getByLabelText('Price (USDT)');
    const quantity = canvas.getByLabelText('Quantity (BTC)');
    await userEvent.clear(price);
    await userEvent.type(price, '50000.005');
    // Still typing: nothing yet.
    await expect(price).not.toHaveAttribute('aria-invalid');
    await userEvent.clear(quantity);
    await expect(price).toHaveAttribute('aria-invalid', 'true');
    await expect(fieldError(canvasElement, 'price')).toHaveTextContent(
      'Price must be a multiple of 0.01: use 50000.00 or 50000.01.',
    );
    await userEvent.type(quantity, '0.0000955');
    await userEvent.tab();
    await expect(quantity).toHaveAttribute('aria-invalid', 'true');
    await expect(fieldError(canvasElement, 'quantity')).toHaveTextContent(
      'Quantity must be a multiple of 0.00001',
    );
    await expect(fieldError(canvasElement, 'notional')).toHaveTextContent(
      'Order total must be at least 5 USDT: set the quantity to 0.00010.',
    );
    // Found by the form: inline only, no toast, nothing sent.
    await noToast(canvasElement, 'filter');
    await expect(simState.orderAnswers).toBe(0);

    await userEvent.click(canvas.getByRole('button', { name: 'Use 50000.01 for price' }));
    await expect(price).toHaveValue('50000.01');
    await expect(price).not.toHaveAttribute('aria-invalid');
    // The total's fix sets the quantity, which fixes the quantity's step too.
    await userEvent.click(
      within(fieldError(canvasElement, 'notional')).getByRole('button', { name: 'Use 0.00010 for quantity' }),
    );
    await expect(quantity).toHaveValue('0.00010');
    await expect(quantity).not.toHaveAttribute('aria-invalid');
    await expect(fieldError(canvasElement, 'notional')).toHaveAttribute('data-state', 'empty');

    await userEvent.click(canvas.getByRole('button', { name: 'Place order' }));
    await waitFor(() => expect(canvas.getByTestId('order-count')).toHaveTextContent('1 open order'));
    await expect(simState.orders[0]).toMatchObject({ price: '50000.01', quantity: '0.0001' });
  },
};

/** An order that would fail three filters: price off the tick, quantity off the step, total under 5 USDT. */
const threeFailures = { side: 'BUY', type: 'LIMIT', price: '50000.005', quantity: '0.0000955' } as const;

/** Placing it marks all three fields at once, and sends nothing. */
export const ThreeFilterFailures: Story = {
  args: { initialOrder: threeFailures },
  play: async ({ canvas, canvasElement, userEvent }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Place order' }));
    await expect(fieldError(canvasElement, 'price')).toHaveAttribute('data-filter', 'PRICE_FILTER');
    await expect(fieldError(canvasElement, 'quantity')).toHaveAttribute('data-filter', 'LOT_SIZE');
    await expect(fieldError(canvasElement, 'notional')).toHaveAttribute('data-filter', 'NOTIONAL');
    // Focus goes to the first field to fix.
    await expect(canvas.getByLabelText('Price (USDT)')).toHaveFocus();
    await expect(simState.orderAnswers).toBe(0);
    await noToast(canvasElement, 'filter');
  },
};

/**
 * The same order fixed before it is sent: the price's fix, the quantity's fix (its nearest valid
 * step is chosen to meet the minimum total too, so the total's error goes with it), and Place
 * order: three clicks, and the exchange takes it.
 */
export const FixedBeforeSending: Story = {
  args: { initialOrder: threeFailures },
  play: async (context) => {
    await ThreeFilterFailures.play!(context);
    const { canvas, canvasElement, userEvent } = context;
    await userEvent.click(canvas.getByRole('button', { name: 'Use 50000.01 for price' }));
    await userEvent.click(
      within(fieldError(canvasElement, 'quantity')).getByRole('button', { name: 'Use 0.00010 for quantity' }),
    );
    for (const name of ['price', 'quantity', 'notional'])
      await expect(fieldError(canvasElement, name)).toHaveAttribute('data-state', 'empty');
    await userEvent.click(canvas.getByRole('button', { name: 'Place order' }));
    await waitFor(() => expect(canvas.getByTestId('order-count')).toHaveTextContent('1 open order'));
    await expect(simState.orderAnswers).toBe(1);
    await expect(simState.orders[0]).toMatchObject({ price: '50000.01', quantity: '0.0001' });
  },
};

/**
 * A filter failure the exchange sent (the scenario button goes past the form's check) is worded
 * from the symbol's rules as the form's own check would word it, with the same fix buttons.
 */
export const ExchangeFilterFailureExplained: Story = {
  play: async ({ canvas, canvasElement, userEvent }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Tick size' }));
    const price = canvas.getByLabelText('Price (USDT)');
    await waitFor(() => expect(price).toHaveAttribute('aria-invalid', 'true'));
    await expect(simState.orderAnswers).toBe(1);
    // The exchange said only "Filter failure: PRICE_FILTER"; the rules say which values pass.
    await expect(fieldError(canvasElement, 'price')).toHaveTextContent(
      'Price must be a multiple of 0.01: use 50000.00 or 50000.01',
    );
    await expect(fieldError(canvasElement, 'price')).toHaveTextContent('Filter failure: PRICE_FILTER');
    await userEvent.click(canvas.getByRole('button', { name: 'Use 50000.00 for price' }));
    await expect(price).toHaveValue('50000.00');
    await expect(price).not.toHaveAttribute('aria-invalid');
    await userEvent.click(canvas.getByRole('button', { name: 'Place order' }));
    await waitFor(() => expect(canvas.getByTestId('order-count')).toHaveTextContent('1 open order'));
    await expect(simState.orders[0]).toMatchObject({ price: '50000.00' });
  },
};

/**
 * Binance USD-M futures: Spot's envelope with the futures document's codes. A quantity off the
 * 0.001 step is -1111 "Precision is over the maximum", which names no field: the symbol's rules
 * (its `exchangeInfo` entry, read as Spot's is) put it on the quantity.
 */
export const BinanceUsdm: Story = { args: { initialExchange: 'binance-usdm' } };
export const BinanceUsdmLotSize: Story = {
  args: { initialExchange: 'binance-usdm' },
  play: lotSize('binance-usdm', 'Quantity must be a multiple of 0.001'),
};
export const BinanceUsdmRateLimitStorm: Story = {
  args: { initialExchange: 'binance-usdm' },
  play: rateLimitStorm('binance-usdm'),
};
/** An HTTP 504 carrying -1007 "execution status unknown". */
export const BinanceUsdmUnknownExecutionStatus: Story = {
  args: { initialExchange: 'binance-usdm' },
  play: unknownExecution('binance-usdm'),
};
export const BinanceUsdmInvalidApiKey: Story = {
  args: { initialExchange: 'binance-usdm' },
  play: invalidApiKey('binance-usdm'),
};

/**
 * OKX: order refusals arrive in HTTP 200 as `{"code":"1","data":[{"sCode":"51121",…}]}`; the
 * client reads the envelope with OKX's profile and resolves what it marks as failed.
 */
export const Okx: Story = { args: { initialExchange: 'okx' } };
export const OkxLotSize: Story = {
  args: { initialExchange: 'okx' },
  play: lotSize('okx', 'lot size'),
};
/** 50011 with HTTP 429 and no Retry-After: the countdown is OKX's two-second window. */
export const OkxRateLimitStorm: Story = { args: { initialExchange: 'okx' }, play: rateLimitStorm('okx') };
/** 50004 "does not mean that the request was successful or failed". */
export const OkxUnknownExecutionStatus: Story = {
  args: { initialExchange: 'okx' },
  play: unknownExecution('okx'),
};
export const OkxInvalidApiKey: Story = { args: { initialExchange: 'okx' }, play: invalidApiKey('okx') };
/** 50102 comes with HTTP 401, yet it is the clock, not the key; and OKX has no IP ban to offer. */
export const OkxClockSkew: Story = {
  args: { initialExchange: 'okx' },
  play: async (context) => {
    const { canvas, canvasElement } = context;
    await expect(canvas.queryByRole('button', { name: 'IP ban' })).toBeNull();
    await ClockSkew.play!(context);
    await noToast(canvasElement, 'auth');
  },
};

/**
 * Bybit: every refusal in an HTTP 200 `{"retCode":…}`, the rate limit's end in
 * `X-Bapi-Limit-Reset-Timestamp`, the IP limit as an HTTP 403.
 */
export const Bybit: Story = { args: { initialExchange: 'bybit' } };
export const BybitLotSize: Story = {
  args: { initialExchange: 'bybit' },
  play: lotSize('bybit', 'Order volume decimal too long'),
};
/** 10006 in an HTTP 200; the countdown runs to `X-Bapi-Limit-Reset-Timestamp`. */
export const BybitRateLimitStorm: Story = {
  args: { initialExchange: 'bybit' },
  play: rateLimitStorm('bybit'),
};
/** 10000 "Server Timeout" on an order, in an HTTP 200. */
export const BybitUnknownExecutionStatus: Story = {
  args: { initialExchange: 'bybit' },
  play: unknownExecution('bybit'),
};
export const BybitInvalidApiKey: Story = { args: { initialExchange: 'bybit' }, play: invalidApiKey('bybit') };
/** "403, access too frequent": the IP limit, banned for at least ten minutes. */
export const BybitIpBan: Story = { args: { initialExchange: 'bybit' }, play: IpBan.play };
