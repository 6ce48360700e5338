import type { Meta, StoryObj } from '@storybook/react-vite';
import { GalleryCaseView } from './support/GalleryCaseView';
import { galleryStory as story } from './support/galleryStory';

/**
 * Every category on the LTP portfolio API: the real payload on the left, everything the kit renders
 * for it on the right.
 */
const meta = {
  title: 'Gallery/LTP',
  component: GalleryCaseView,
  // Each story owns a fixed-position toaster; the docs page would stack 14 of them.
  tags: ['!autodocs'],
  parameters: { layout: 'fullscreen' },
} satisfies Meta<typeof GalleryCaseView>;
export default meta;
type Story = StoryObj<typeof meta>;

export const RateLimit: Story = story('ltp', 'rate-limit');
export const IpBanned: Story = story('ltp', 'ip-banned');
export const ClockSkew: Story = story('ltp', 'clock-skew');
export const ExecutionUnknown: Story = story('ltp', 'execution-unknown');
export const Unavailable: Story = story('ltp', 'unavailable');
export const Auth: Story = story('ltp', 'auth');
export const AccountRestricted: Story = story('ltp', 'account-restricted');
export const InsufficientFunds: Story = story('ltp', 'insufficient-funds');
export const Filter: Story = story('ltp', 'filter');
export const InvalidRequest: Story = story('ltp', 'invalid-request');
export const NotFound: Story = story('ltp', 'not-found');
export const OrderRejected: Story = story('ltp', 'order-rejected');
export const Unsupported: Story = story('ltp', 'unsupported');
export const Unknown: Story = story('ltp', 'unknown');
