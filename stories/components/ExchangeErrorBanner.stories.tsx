import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';
import { ExchangeErrorBanner } from '../../src/react';
import { StoryKit, useStoryStore } from '../support/StoryKit';

function BannerDemo({ payload, httpStatus }: { payload: unknown; httpStatus?: number }) {
  const store = useStoryStore('binance-spot', (store) => store.report(payload, { httpStatus }));
  return (
    <StoryKit store={store}>
      <ExchangeErrorBanner />
    </StoryKit>
  );
}

/** One app-wide strip for states that block everything: an IP ban, auth, a restricted account, an outage. */
const meta = {
  title: 'Components/ExchangeErrorBanner',
  component: BannerDemo,
  args: {
    payload: { code: -2015, msg: 'Invalid API-key, IP, or permissions for action.' },
    httpStatus: 401,
  },
} satisfies Meta<typeof BannerDemo>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Auth: Story = {
  play: async ({ canvas, userEvent }) => {
    const banner = canvas.getByRole('status').closest('.eek-banner');
    await expect(banner).toHaveAttribute('data-category', 'auth');
    await userEvent.click(canvas.getByRole('button', { name: 'Dismiss' }));
    await expect(canvas.queryByRole('status')).toBeNull();
  },
};

export const IpBan: Story = {
  args: {
    payload: {
      code: -1003,
      msg: `Way too much request weight used; IP banned until ${Date.now() + 600_000}. Please use WebSocket Streams for live updates to avoid bans.`,
    },
    httpStatus: 418,
  },
  play: async ({ canvas }) => {
    const live = canvas.getByRole('alert');
    await expect(live.closest('.eek-banner')).toHaveAttribute('data-category', 'ip-banned');
    await expect(live).toHaveTextContent('IP address temporarily banned');
    // The ban clock ticks every second outside the alert, so it is not read out again and again.
    await expect(live.querySelector('time')).toBeNull();
    await expect(live.closest('.eek-banner')?.querySelector('time')).toHaveTextContent(/left\)/);
  },
};
