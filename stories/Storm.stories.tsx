import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';
import { StormBench } from './bench/StormBench';

/**
 * An outage in one second: 1,000 reports (900 identical rate-limit errors, 100 distinct). `npm run bench`
 * opens this story in Chromium and prints what it measured; as a test it checks the behaviour only.
 */
const meta = {
  title: 'Hard cases/Error storm',
  component: StormBench,
  tags: ['!autodocs'],
} satisfies Meta<typeof StormBench>;
export default meta;
type Story = StoryObj<typeof meta>;

export const ThousandReportsInASecond: Story = {
  play: async ({ canvas }) => {
    await canvas.findByText(/Storm done/, {}, { timeout: 10_000 });
    const result = window.__stormResult!;
    await expect(result.reports).toBe(1000);
    // Never more toasts than the visible maximum; the storm is one entry counting 900.
    await expect(result.toastsInDom).toBeLessThanOrEqual(result.maxVisible);
    await expect(result.rateLimitCount).toBe(900);
    await expect(result.liveEntries).toBe(50);
  },
};
