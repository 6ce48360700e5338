import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, waitFor, within } from 'storybook/test';
import { resetSimulatedExchange, simState, simulatedExchangeHandlers } from './dashboard/simulatedExchange';
import { DEMO_API_KEY, DEMO_SIGNATURE, TradingDashboard } from './dashboard/TradingDashboard';

/**
 * A small trading screen talking over real `fetch` to a simulated exchange (Mock Service Worker)
 * that answers with real Binance and LTP payloads, statuses and headers. Pick a scenario and watch
 * the toasts, inline errors, prompts and banner.
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
const noSecrets = async (root: HTMLElement) => {
  await expect(root.ownerDocument.body.innerHTML).not.toContain(DEMO_API_KEY);
  await expect(root.ownerDocument.body.innerHTML).not.toContain(DEMO_SIGNATURE);
};

export const Binance: Story = {};

export const Ltp: Story = { args: { initialExchange: 'ltp' } };

export const LotSizeViolation: Story = {
  play: async ({ canvas, canvasElement, userEvent }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Lot size violation' }));
    const quantity = canvas.getByLabelText('Quantity (BTC)');
    await waitFor(() => expect(quantity).toHaveAttribute('aria-invalid', 'true'));
    const message = canvasElement.querySelector(`#${quantity.getAttribute('aria-describedby')}`)!;
    await expect(message).toHaveTextContent('LOT_SIZE');
    // The form shows it; no toast repeats it.
    await expect(toast(canvasElement, 'filter')).toBeNull();
    // Editing the field clears the error.
    await userEvent.type(quantity, '1');
    await expect(quantity).not.toHaveAttribute('aria-invalid');
  },
};

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

export const RateLimitStorm: Story = {
  play: async ({ canvas, canvasElement, userEvent }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Rate-limit storm' }));
    // Thirty 429s collapse into one toast counting them, once the exchange has answered all thirty
    // (on a loaded machine that takes seconds).
    await waitFor(() => expect(simState.orderAnswers).toBe(30), { timeout: 20_000 });
    await waitFor(() => expect(toast(canvasElement, 'rate-limit')).toHaveTextContent('×30'), {
      timeout: 10_000,
    });
    await expect(canvasElement.querySelectorAll('li.eek-toast[data-category="rate-limit"]')).toHaveLength(1);
    const retry = within(toast(canvasElement, 'rate-limit')!).getByRole('button', { name: /retry/i });
    await expect(retry).toBeDisabled();
    await waitFor(() => expect(canvas.getByRole('button', { name: /^Wait/ })).toBeDisabled());
    // The countdown ends and Retry enables by itself.
    await waitFor(() => expect(retry).toBeEnabled(), { timeout: 8000 });
    // The order form counts down on its own timer, which may tick a moment after the toast's.
    await expect(await canvas.findByRole('button', { name: 'Place order' })).toBeEnabled();
  },
};

export const IpBan: Story = {
  play: async ({ canvas, canvasElement, userEvent }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'IP ban' }));
    const banner = (await canvas.findByRole('alert')).closest('.eek-banner');
    await expect(banner).toHaveAttribute('data-category', 'ip-banned');
    await expect(banner?.querySelector('time')).toHaveTextContent(/left\)/);
    await expect(toast(canvasElement, 'ip-banned')).toHaveAttribute('data-severity', 'critical');
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

export const UnknownExecutionStatus: Story = {
  play: async ({ canvas, canvasElement, userEvent }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Unknown execution status' }));
    await waitFor(() => expect(toast(canvasElement, 'execution-unknown')).not.toBeNull());
    const unknown = toast(canvasElement, 'execution-unknown')!;
    await expect(unknown).toHaveAttribute('data-severity', 'critical');
    // Never a blind resend: no retry at all, only checking the order.
    await expect(within(unknown).queryByRole('button', { name: /retry/i })).toBeNull();
    await userEvent.click(within(unknown).getByRole('button', { name: 'Check order status' }));
    // The order did reach the book.
    await waitFor(() => expect(canvas.getByTestId('order-count')).toHaveTextContent('1 open order'));
    await waitFor(() => expect(toast(canvasElement, 'execution-unknown')).toBeNull());
  },
};

export const InvalidApiKey: Story = {
  play: async ({ canvas, canvasElement, userEvent }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Invalid API key' }));
    await waitFor(() => expect(toast(canvasElement, 'auth')).not.toBeNull());
    await noSecrets(canvasElement);
  },
};

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
