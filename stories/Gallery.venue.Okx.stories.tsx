import type { Meta, StoryObj } from '@storybook/react-vite';
import { GalleryCaseView } from './support/GalleryCaseView';
import { galleryStory as story } from './support/galleryStory';

/**
 * Each category OKX produces (it documents no IP ban), from its own envelopes: orders answer HTTP
 * 200 with `{"code":"1","data":[{"sCode":"51008","sMsg":"…"}]}`, where the first failing item
 * decides. No story names the exchange: the resolver tells it from the envelope and the host.
 */
const meta = {
  title: 'Gallery/OKX',
  component: GalleryCaseView,
  // Each story owns a fixed-position toaster; the docs page would stack 13 of them.
  tags: ['!autodocs'],
  parameters: { layout: 'fullscreen' },
} satisfies Meta<typeof GalleryCaseView>;
export default meta;
type Story = StoryObj<typeof meta>;

export const RateLimit: Story = story('okx', 'rate-limit');
export const ClockSkew: Story = story('okx', 'clock-skew');
export const ExecutionUnknown: Story = story('okx', 'execution-unknown');
export const Unavailable: Story = story('okx', 'unavailable');
export const Auth: Story = story('okx', 'auth');
export const AccountRestricted: Story = story('okx', 'account-restricted');
export const InsufficientFunds: Story = story('okx', 'insufficient-funds');
export const Filter: Story = story('okx', 'filter');
export const InvalidRequest: Story = story('okx', 'invalid-request');
export const NotFound: Story = story('okx', 'not-found');
export const OrderRejected: Story = story('okx', 'order-rejected');
export const Unsupported: Story = story('okx', 'unsupported');
export const Unknown: Story = story('okx', 'unknown');
