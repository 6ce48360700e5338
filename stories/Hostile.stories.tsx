import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, waitFor } from 'storybook/test';
import {
  ExchangeErrorBanner,
  ExchangeErrorToaster,
  FieldError,
  RetryPrompt,
  useExchangeError,
} from '../src/react';
import { StoryKit, useStoryStore } from './support/StoryKit';
import { settledToasts } from './support/toasts';

declare global {
  interface Window {
    __xss?: number;
  }
}

const IMG = '<img src=x onerror="window.__xss=1">';
const SCRIPT = '<script>window.__xss=2</script>';

/** Exchange messages carrying markup, reaching every component. */
const hostile: Array<[unknown, { httpStatus?: number }?]> = [
  [{ code: -2015, msg: `Invalid API-key ${IMG}` }, { httpStatus: 401 }],
  [{ code: -1100, msg: `Illegal characters found in parameter 'price'; legal range is '${IMG}'.` }],
  [{ code: -2013, msg: `Order does not exist. ${SCRIPT}` }],
  [`<html><body>${IMG}${SCRIPT}<h1>Bad gateway</h1></body></html>`, { httpStatus: 502 }],
];

function Prompts() {
  const { errors } = useExchangeError();
  return (
    <>
      {errors.map((entry) => (
        <RetryPrompt key={entry.id} entry={entry} headingLevel={3} />
      ))}
    </>
  );
}

function HostileMessages() {
  const store = useStoryStore('binance-spot', (store) => {
    for (const [payload, hints] of hostile) store.report(payload, hints);
  });
  return (
    <StoryKit store={store}>
      <ExchangeErrorBanner />
      <div className="dash story-inline">
        <p>
          Price: <FieldError name="price" />
        </p>
        <Prompts />
        <ExchangeErrorToaster maxVisible={5} duration={600_000} />
      </div>
    </StoryKit>
  );
}

/** Exchange messages with HTML and script in them render as text in every component: nothing runs, no element is made. */
const meta = {
  title: 'Hard cases/Hostile messages',
  component: HostileMessages,
  tags: ['!autodocs'],
} satisfies Meta<typeof HostileMessages>;
export default meta;
type Story = StoryObj<typeof meta>;

export const MarkupRendersAsText: Story = {
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(canvasElement.querySelectorAll('.eek-retry-prompt').length).toBe(4));
    // Give an injected handler time to fire, were there one.
    await new Promise((resolve) => setTimeout(resolve, 300));
    await expect(window.__xss).toBeUndefined();
    await expect(canvasElement.querySelector('img, script, h1')).toBeNull();
    // The markup is there, as text, wherever the exchange's message is shown.
    await expect(canvasElement.querySelector('.eek-banner')).not.toBeNull();
    await expect(canvasElement.querySelector('#eek-field-error-price')?.textContent).toContain('<img src=x');
    await expect((await settledToasts(canvasElement))[0]?.textContent).toContain('<');
    await expect(canvasElement.textContent).toContain('<script>window.__xss=2</script>');
  },
};
