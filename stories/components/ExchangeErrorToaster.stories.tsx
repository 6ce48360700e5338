import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, waitFor, within } from 'storybook/test';
import type { ExchangeErrorStore } from '../../src';
import { ExchangeErrorToaster, type ExchangeErrorToasterProps } from '../../src/react';
import { StoryKit, useStoryStore } from '../support/StoryKit';
import { settledToasts } from '../support/toasts';

const payloads: Record<string, unknown> = {
  'rate-limit': { code: -1015, msg: 'Too many new orders; current limit is 50 orders per 10 SECOND.' },
  'execution-unknown': {
    code: -1006,
    msg: 'An unexpected response was received from the message bus. Execution status unknown.',
  },
  'not-found': { code: -2013, msg: 'Order does not exist.' },
  auth: { code: -2015, msg: 'Invalid API-key, IP, or permissions for action.' },
};

// The store of the story last rendered, for a play function to report into.
let demoStore: ExchangeErrorStore | undefined;

function ToasterDemo({
  reports = ['not-found'],
  repeat = 1,
  ...props
}: ExchangeErrorToasterProps & { reports?: string[]; repeat?: number }) {
  const store = useStoryStore('binance-spot', (store) => {
    demoStore = store;
    for (const name of reports)
      for (let i = 0; i < repeat; i++)
        store.report(
          payloads[name],
          name === 'rate-limit' ? { httpStatus: 429, headers: { 'Retry-After': '3' } } : undefined,
        );
  });
  return (
    <StoryKit store={store}>
      <div className="story-inline">
        <ExchangeErrorToaster duration={600_000} {...props} />
      </div>
    </StoryKit>
  );
}

/**
 * One toast per live exchange error on `@radix-ui/react-toast`. Repeats collapse with a count; each
 * category gets its action; critical errors are assertive and persistent. F8 focuses the toasts.
 */
const meta = {
  title: 'Components/ExchangeErrorToaster',
  component: ExchangeErrorToaster,
  render: (args) => <ToasterDemo {...args} />,
} satisfies Meta<typeof ExchangeErrorToaster>;
export default meta;
type Story = StoryObj<typeof meta>;

export const NotFoundWithRefresh: Story = {
  play: async ({ canvasElement, userEvent }) => {
    const toast = canvasElement.querySelector<HTMLElement>('li.eek-toast')!;
    await expect(toast).toHaveAttribute('data-category', 'not-found');
    await userEvent.click(within(toast).getByRole('button', { name: 'Refresh' }));
    await waitFor(() => expect(canvasElement.querySelector('li.eek-toast')).toBeNull());
  },
};

export const RateLimitCountdown: Story = {
  render: (args) => <ToasterDemo {...args} reports={['rate-limit']} repeat={12} />,
  play: async ({ canvasElement }) => {
    const toast = canvasElement.querySelector<HTMLElement>('li.eek-toast')!;
    await expect(toast).toHaveTextContent('×12');
    const retry = within(toast).getByRole('button', { name: /retry/i });
    await expect(retry).toBeDisabled();
    await expect(retry).toHaveTextContent(/Retry in 0:0\d/);
    await waitFor(() => expect(retry).toBeEnabled(), { timeout: 6000 });
  },
};

export const ExecutionUnknown: Story = {
  render: (args) => <ToasterDemo {...args} reports={['execution-unknown']} />,
  play: async ({ canvasElement }) => {
    const toast = canvasElement.querySelector<HTMLElement>('li.eek-toast')!;
    await expect(toast).toHaveAttribute('data-severity', 'critical');
    await expect(within(toast).getByRole('button', { name: 'Check order status' })).toBeEnabled();
    await expect(within(toast).queryByRole('button', { name: /retry/i })).toBeNull();
  },
};

export const QueueBeyondTheMaximum: Story = {
  args: { maxVisible: 2 },
  render: (args) => (
    <ToasterDemo {...args} reports={['not-found', 'auth', 'rate-limit', 'execution-unknown']} />
  ),
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelectorAll('li.eek-toast')).toHaveLength(2);
    // The critical one jumps the queue.
    await expect(canvasElement.querySelector('li.eek-toast')).toHaveAttribute('data-severity', 'critical');
  },
};

/**
 * A report reaches the toaster after the app's own update: React renders the toasts in a pass of
 * their own, which it may interrupt, so a storm never blocks typing. The list is `aria-busy` until then.
 */
export const RendersAfterTheAppsOwnUpdate: Story = {
  render: (args) => <ToasterDemo {...args} reports={[]} />,
  play: async ({ canvasElement }) => {
    const list = canvasElement.querySelector('.eek-toaster');
    demoStore?.report(payloads['not-found']);
    // React commits the store's update in a microtask; the toasts' own pass comes after it.
    await Promise.resolve();
    const [busy, early] = [list?.getAttribute('aria-busy'), canvasElement.querySelector('li.eek-toast')];
    await expect(busy).toBe('true');
    await expect(early).toBeNull();
    const [shown] = await settledToasts(canvasElement);
    await expect(shown).toHaveAttribute('data-category', 'not-found');
  },
};
