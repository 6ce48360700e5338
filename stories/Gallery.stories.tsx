import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, waitFor } from 'storybook/test';
import type { ErrorCategory } from '../src/core/types';
import { type GalleryCase, galleryCases } from './support/cases';
import { GalleryCaseView } from './support/GalleryCaseView';

/**
 * Every category on both exchanges: the real payload on the left, everything the kit renders for it
 * on the right (banner, resolved fields, retry prompt, inline field error, toast).
 */
const meta = {
  title: 'Gallery/Categories',
  component: GalleryCaseView,
  // Each story owns a fixed-position toaster; the docs page would stack 28 of them.
  tags: ['!autodocs'],
  parameters: { layout: 'fullscreen' },
} satisfies Meta<typeof GalleryCaseView>;
export default meta;
type Story = StoryObj<typeof meta>;

function story(exchange: GalleryCase['exchange'], category: ErrorCategory): Story {
  const galleryCase = galleryCases.find((c) => c.exchange === exchange && c.category === category);
  if (!galleryCase) throw new Error(`no gallery case for ${exchange} ${category}`);
  return {
    args: { galleryCase },
    parameters: { docs: { description: { story: galleryCase.note } } },
    play: async ({ canvasElement }) => {
      // The kit's answer is the category this payload must get.
      await waitFor(() => expect(canvasElement.querySelector('[data-testid="resolved"]')).not.toBeNull());
      const resolved = canvasElement.querySelector('[data-testid="resolved"]')!;
      await expect(resolved.getAttribute('data-category')).toBe(category);
      const prompt = canvasElement.querySelector('.eek-retry-prompt');
      await expect(prompt?.getAttribute('data-category')).toBe(category);
    },
  };
}

export const BinanceRateLimit = story('binance-spot', 'rate-limit');
export const LtpRateLimit = story('ltp', 'rate-limit');
export const BinanceIpBanned = story('binance-spot', 'ip-banned');
export const LtpIpBanned = story('ltp', 'ip-banned');
export const BinanceClockSkew = story('binance-spot', 'clock-skew');
export const LtpClockSkew = story('ltp', 'clock-skew');
export const BinanceExecutionUnknown = story('binance-spot', 'execution-unknown');
export const LtpExecutionUnknown = story('ltp', 'execution-unknown');
export const BinanceUnavailable = story('binance-spot', 'unavailable');
export const LtpUnavailable = story('ltp', 'unavailable');
export const BinanceAuth = story('binance-spot', 'auth');
export const LtpAuth = story('ltp', 'auth');
export const BinanceAccountRestricted = story('binance-spot', 'account-restricted');
export const LtpAccountRestricted = story('ltp', 'account-restricted');
export const BinanceInsufficientFunds = story('binance-spot', 'insufficient-funds');
export const LtpInsufficientFunds = story('ltp', 'insufficient-funds');
export const BinanceFilter = story('binance-spot', 'filter');
export const LtpFilter = story('ltp', 'filter');
export const BinanceInvalidRequest = story('binance-spot', 'invalid-request');
export const LtpInvalidRequest = story('ltp', 'invalid-request');
export const BinanceNotFound = story('binance-spot', 'not-found');
export const LtpNotFound = story('ltp', 'not-found');
export const BinanceOrderRejected = story('binance-spot', 'order-rejected');
export const LtpOrderRejected = story('ltp', 'order-rejected');
export const BinanceUnsupported = story('binance-spot', 'unsupported');
export const LtpUnsupported = story('ltp', 'unsupported');
export const BinanceUnknown = story('binance-spot', 'unknown');
export const LtpUnknown = story('ltp', 'unknown');
