import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, waitFor } from 'storybook/test';
import { RetryPrompt, useExchangeError } from '../../src/react';
import { StoryKit, useStoryStore } from '../support/StoryKit';

function Prompt() {
  const { latest } = useExchangeError();
  return latest ? <RetryPrompt entry={latest} /> : <p role="status">Resolved.</p>;
}

function PromptDemo({
  payload,
  hints,
}: {
  payload: unknown;
  hints?: Parameters<ReturnType<typeof useStoryStore>['report']>[1];
}) {
  const store = useStoryStore('binance-spot', (store) => store.report(payload, hints));
  return (
    <StoryKit store={store}>
      <div style={{ maxWidth: 420 }}>
        <Prompt />
      </div>
    </StoryKit>
  );
}

/**
 * The category's prompt on its own, for a panel or dialog: countdown then Retry, the ban clock,
 * Sync clock & retry, Check order status, Retry with backoff.
 */
const meta = {
  title: 'Components/RetryPrompt',
  component: PromptDemo,
  args: {
    payload: { code: -1015, msg: 'Too many new orders; current limit is 50 orders per 10 SECOND.' },
    hints: { httpStatus: 429, headers: { 'Retry-After': '2' } },
  },
} satisfies Meta<typeof PromptDemo>;
export default meta;
type Story = StoryObj<typeof meta>;

export const RateLimit: Story = {
  play: async ({ canvas, userEvent }) => {
    const retry = canvas.getByRole('button', { name: /retry/i });
    await expect(retry).toBeDisabled();
    await waitFor(() => expect(retry).toBeEnabled(), { timeout: 5000 });
    await userEvent.click(retry);
    await expect(await canvas.findByText('Resolved.')).toBeInTheDocument();
  },
};

export const IpBan: Story = {
  args: {
    payload: {
      code: -1003,
      msg: `Way too much request weight used; IP banned until ${Date.now() + 3_600_000}. Please use WebSocket Streams for live updates to avoid bans.`,
    },
    hints: { httpStatus: 418 },
  },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('time.eek-ban-clock')).toHaveTextContent(/left\)/);
  },
};

export const ClockSkew: Story = {
  args: {
    payload: { code: -1021, msg: 'Timestamp for this request is outside of the recvWindow.' },
    hints: undefined,
  },
  play: async ({ canvas, userEvent }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Sync clock & retry' }));
    await expect(await canvas.findByText('Resolved.')).toBeInTheDocument();
  },
};

export const ExecutionUnknown: Story = {
  args: {
    payload: {
      code: -1007,
      msg: 'Timeout waiting for response from backend server. Send status unknown; execution status unknown.',
    },
    hints: undefined,
  },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('button', { name: 'Check order status' })).toBeEnabled();
    await expect(canvas.queryByRole('button', { name: /retry/i })).toBeNull();
  },
};

export const Backoff: Story = {
  args: {
    payload: { code: -1001, msg: 'Internal error; unable to process your request. Please try again.' },
    hints: { httpStatus: 503 },
  },
};
