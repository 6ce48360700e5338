import type { Meta, StoryObj } from '@storybook/react-vite';
import { GalleryCaseView } from './support/GalleryCaseView';
import { galleryStory as story } from './support/galleryStory';

/**
 * Every category on Bybit: errors arrive in HTTP 200 as `{"retCode":110007,"retMsg":"…",…}`, a rate
 * limit with `X-Bapi-Limit-Reset-Timestamp`, the IP limit as an HTTP 403. No story names the
 * exchange: the resolver tells it from the envelope and the host.
 */
const meta = {
  title: 'Gallery/Bybit',
  component: GalleryCaseView,
  // Each story owns a fixed-position toaster; the docs page would stack 14 of them.
  tags: ['!autodocs'],
  parameters: { layout: 'fullscreen' },
} satisfies Meta<typeof GalleryCaseView>;
export default meta;
type Story = StoryObj<typeof meta>;

export const RateLimit: Story = story('bybit', 'rate-limit');
export const IpBanned: Story = story('bybit', 'ip-banned');
export const ClockSkew: Story = story('bybit', 'clock-skew');
export const ExecutionUnknown: Story = story('bybit', 'execution-unknown');
export const Unavailable: Story = story('bybit', 'unavailable');
export const Auth: Story = story('bybit', 'auth');
export const AccountRestricted: Story = story('bybit', 'account-restricted');
export const InsufficientFunds: Story = story('bybit', 'insufficient-funds');
export const Filter: Story = story('bybit', 'filter');
export const InvalidRequest: Story = story('bybit', 'invalid-request');
export const NotFound: Story = story('bybit', 'not-found');
export const OrderRejected: Story = story('bybit', 'order-rejected');
export const Unsupported: Story = story('bybit', 'unsupported');
export const Unknown: Story = story('bybit', 'unknown');
