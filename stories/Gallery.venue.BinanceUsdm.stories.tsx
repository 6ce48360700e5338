import type { Meta, StoryObj } from '@storybook/react-vite';
import { GalleryCaseView } from './support/GalleryCaseView';
import { galleryStory as story } from './support/galleryStory';

/**
 * Every category on Binance USDⓈ-M futures. The payloads have Spot's envelope (and some of its
 * codes, with other meanings); no story names the exchange: the resolver, with all five profiles
 * registered, tells futures from Spot by the request's `fapi` host or a message only the futures
 * document has.
 */
const meta = {
  title: 'Gallery/Binance USD-M futures',
  component: GalleryCaseView,
  // Each story owns a fixed-position toaster; the docs page would stack 14 of them.
  tags: ['!autodocs'],
  parameters: { layout: 'fullscreen' },
} satisfies Meta<typeof GalleryCaseView>;
export default meta;
type Story = StoryObj<typeof meta>;

export const RateLimit: Story = story('binance-usdm', 'rate-limit');
export const IpBanned: Story = story('binance-usdm', 'ip-banned');
export const ClockSkew: Story = story('binance-usdm', 'clock-skew');
export const ExecutionUnknown: Story = story('binance-usdm', 'execution-unknown');
export const Unavailable: Story = story('binance-usdm', 'unavailable');
export const Auth: Story = story('binance-usdm', 'auth');
export const AccountRestricted: Story = story('binance-usdm', 'account-restricted');
export const InsufficientFunds: Story = story('binance-usdm', 'insufficient-funds');
export const Filter: Story = story('binance-usdm', 'filter');
export const InvalidRequest: Story = story('binance-usdm', 'invalid-request');
export const NotFound: Story = story('binance-usdm', 'not-found');
export const OrderRejected: Story = story('binance-usdm', 'order-rejected');
export const Unsupported: Story = story('binance-usdm', 'unsupported');
export const Unknown: Story = story('binance-usdm', 'unknown');
