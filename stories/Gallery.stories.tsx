import type { Meta, StoryObj } from '@storybook/react-vite';
import { GalleryCaseView } from './support/GalleryCaseView';
import { galleryStory as story } from './support/galleryStory';

/**
 * Every category on Binance Spot: the real payload on the left, everything the kit renders for it
 * on the right (banner, resolved fields, retry prompt, inline field error, toast). The other
 * exchanges have a gallery each beside this one.
 */
const meta = {
  title: 'Gallery/Binance Spot',
  component: GalleryCaseView,
  // Each story owns a fixed-position toaster; the docs page would stack 14 of them.
  tags: ['!autodocs'],
  parameters: { layout: 'fullscreen' },
} satisfies Meta<typeof GalleryCaseView>;
export default meta;
type Story = StoryObj<typeof meta>;

export const RateLimit: Story = story('binance-spot', 'rate-limit');
export const IpBanned: Story = story('binance-spot', 'ip-banned');
export const ClockSkew: Story = story('binance-spot', 'clock-skew');
export const ExecutionUnknown: Story = story('binance-spot', 'execution-unknown');
export const Unavailable: Story = story('binance-spot', 'unavailable');
export const Auth: Story = story('binance-spot', 'auth');
export const AccountRestricted: Story = story('binance-spot', 'account-restricted');
export const InsufficientFunds: Story = story('binance-spot', 'insufficient-funds');
export const Filter: Story = story('binance-spot', 'filter');
export const InvalidRequest: Story = story('binance-spot', 'invalid-request');
export const NotFound: Story = story('binance-spot', 'not-found');
export const OrderRejected: Story = story('binance-spot', 'order-rejected');
export const Unsupported: Story = story('binance-spot', 'unsupported');
export const Unknown: Story = story('binance-spot', 'unknown');
