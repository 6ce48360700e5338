import type { Meta, StoryObj } from '@storybook/react-vite';
import { useEffect, useRef, useState } from 'react';
import { expect, waitFor, within } from 'storybook/test';
import type { ReportHints } from '../src/core/createExchangeErrorStore';
import { ExchangeErrorToaster, useExchangeError } from '../src/react';
import { geoBlockedInPythonBinance } from '../test/core/cdnPages';
import { MiniOrderForm } from './support/MiniOrderForm';
import { StoryKit, useStoryStore } from './support/StoryKit';
import { settledToasts } from './support/toasts';

const meta = {
  title: 'Hard cases',
  tags: ['!autodocs'],
  parameters: { layout: 'fullscreen' },
} satisfies Meta;
export default meta;
type Story = StoryObj<typeof meta>;

const notFound = { code: -2013, msg: 'Order does not exist.' };
const rateLimited = { code: -1015, msg: 'Too many new orders; current limit is 50 orders per 10 SECOND.' };

function ReportButton({ payload, label, hints }: { payload: unknown; label: string; hints?: ReportHints }) {
  const { report } = useExchangeError();
  return (
    <button type="button" className="eek-action" onClick={() => report(payload, hints)}>
      {label}
    </button>
  );
}

/** A toast raised while a modal order dialog is open is rendered inside the dialog, so it stays usable. */
function ModalDialogDemo() {
  const store = useStoryStore('binance-spot');
  const dialog = useRef<HTMLDialogElement>(null);
  const [open, setOpen] = useState(false);
  return (
    <StoryKit store={store}>
      <div className="dash">
        <button
          type="button"
          className="eek-action"
          onClick={() => {
            dialog.current?.showModal();
            setOpen(true);
          }}
        >
          Open order dialog
        </button>
        <dialog
          ref={dialog}
          aria-labelledby="dialog-title"
          onClose={() => setOpen(false)}
          className="story-dialog"
        >
          <h2 id="dialog-title">Amend order</h2>
          <MiniOrderForm />
          <ReportButton payload={notFound} label="Submit amendment" />
          <button type="button" onClick={() => dialog.current?.close()}>
            Close
          </button>
          {/* Everything outside a modal dialog is inert: the toaster moves in while it is open. */}
        </dialog>
        <ExchangeErrorToaster container={open ? dialog.current : null} />
      </div>
    </StoryKit>
  );
}

export const ToastOverModalDialog: Story = {
  render: () => <ModalDialogDemo />,
  play: async ({ canvas, userEvent }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Open order dialog' }));
    const dialog = await canvas.findByRole('dialog');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Submit amendment' }));
    // The toast is inside the dialog: readable and its buttons clickable.
    const toast = await waitFor(() => {
      const li = dialog.querySelector<HTMLElement>('li.eek-toast');
      if (!li) throw new Error('no toast in the dialog');
      return li;
    });
    await expect(toast).toHaveTextContent('Order does not exist.');
    await userEvent.click(within(toast).getByRole('button', { name: 'Refresh' }));
    await waitFor(() => expect(dialog.querySelector('li.eek-toast')).toBeNull());
    // Escape in a toast closes the toast, not the dialog around it; the next Escape is the dialog's.
    await userEvent.click(within(dialog).getByRole('button', { name: 'Submit amendment' }));
    const again = await waitFor(() => {
      const li = dialog.querySelector<HTMLElement>('li.eek-toast');
      if (!li) throw new Error('no toast in the dialog');
      return li;
    });
    within(again).getByRole('button', { name: 'Refresh' }).focus();
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(dialog.querySelector('li.eek-toast')).toBeNull());
    await expect(dialog).toHaveAttribute('open');
    // Focus stayed in the dialog's toast list instead of falling to the page behind the modal.
    await expect(dialog.contains(document.activeElement)).toBe(true);
  },
};

function Themed({
  theme,
  dir,
  motion,
}: {
  theme?: 'dark' | 'light' | 'system';
  dir?: 'rtl';
  motion?: 'reduce';
}) {
  const store = useStoryStore('binance-spot', (store) => {
    store.report(rateLimited, { httpStatus: 429, headers: { 'Retry-After': '600' } });
    store.report({ code: -1013, msg: 'Filter failure: LOT_SIZE' });
    store.report({
      code: -1007,
      msg: 'Timeout waiting for response from backend server. Send status unknown; execution status unknown.',
    });
  });
  return (
    <div
      data-eek-theme={theme}
      data-eek-motion={motion}
      dir={dir}
      className="story-themed"
      style={{
        minHeight: '100vh',
        // A page that follows the system too: the browser's own canvas colours do.
        background: theme === 'dark' ? '#0d1117' : theme === 'system' ? 'Canvas' : '#ffffff',
        color: theme === 'dark' ? '#e8edf3' : theme === 'system' ? 'CanvasText' : '#1b1f24',
      }}
    >
      <StoryKit store={store}>
        <div className="dash">
          <h2>{dir === 'rtl' ? 'أمر جديد' : 'New order'}</h2>
          <MiniOrderForm />
        </div>
        <ExchangeErrorToaster duration={600_000} />
      </StoryKit>
    </div>
  );
}

const showsThreeCategories = async ({ canvasElement }: { canvasElement: HTMLElement }) => {
  await waitFor(() => expect(canvasElement.querySelectorAll('li.eek-toast')).toHaveLength(2));
  await expect(canvasElement.querySelector('#eek-field-error-quantity')).toHaveAttribute(
    'data-state',
    'active',
  );
};

// The toast's own background: the palette the nearest data-eek-theme picked.
const LIGHT_BG = 'rgb(255, 255, 255)';
const DARK_BG = 'rgb(22, 27, 34)';
const toastBackground = (canvasElement: HTMLElement) =>
  getComputedStyle(canvasElement.querySelector('li.eek-toast')!).backgroundColor;

export const DarkTheme: Story = {
  render: () => <Themed theme="dark" />,
  play: async (context) => {
    await showsThreeCategories(context);
    await expect(toastBackground(context.canvasElement)).toBe(DARK_BG);
  },
};
export const LightTheme: Story = {
  render: () => <Themed theme="light" />,
  play: async (context) => {
    await showsThreeCategories(context);
    await expect(toastBackground(context.canvasElement)).toBe(LIGHT_BG);
    await expect(context.canvasElement.querySelector('li.eek-toast')).toHaveAttribute(
      'data-swipe-direction',
      'right',
    );
  },
};

/**
 * data-eek-theme="system": the palette follows the user's system setting (light in the test
 * browser; the static Storybook check in `npm test` opens it with a dark system setting too).
 */
export const FollowsTheSystem: Story = {
  render: () => <Themed theme="system" />,
  play: async (context) => {
    await showsThreeCategories(context);
    const dark = window.matchMedia('(prefers-color-scheme: dark)').matches;
    await expect(toastBackground(context.canvasElement)).toBe(dark ? DARK_BG : LIGHT_BG);
  },
};

/** A light panel inside a dark app: the nearest data-eek-theme wins, whatever is set further out. */
export const LightPanelInDarkApp: Story = {
  render: () => (
    <div data-eek-theme="dark" style={{ background: '#0d1117', padding: 16 }}>
      <Themed theme="light" />
    </div>
  ),
  play: async (context) => {
    await showsThreeCategories(context);
    await expect(toastBackground(context.canvasElement)).toBe(LIGHT_BG);
    const field = context.canvasElement.querySelector<HTMLElement>('#eek-field-error-quantity')!;
    await expect(getComputedStyle(field).colorScheme).toBe('light');
  },
};

export const RightToLeft: Story = {
  render: () => <Themed dir="rtl" />,
  play: async (context) => {
    await showsThreeCategories(context);
    // In RTL the toasts sit at the inline end, which is the left edge.
    const viewport = context.canvasElement.querySelector<HTMLElement>('.eek-toaster')!;
    await expect(viewport.getBoundingClientRect().left).toBeLessThan(window.innerWidth / 2);
    // The exchange's English text keeps its own direction inside the right-to-left page.
    const message = context.canvasElement.querySelector<HTMLElement>('.eek-toast__message')!;
    await expect(getComputedStyle(message).direction).toBe('ltr');
    // Toasts at the left edge are swiped off to the left, and leave that way.
    const toast = context.canvasElement.querySelector<HTMLElement>('li.eek-toast')!;
    await expect(toast).toHaveAttribute('data-swipe-direction', 'left');
    const exitAnimation = (direction: string) => {
      toast.setAttribute('data-swipe-direction', direction);
      toast.setAttribute('data-swipe', 'end');
      const name = getComputedStyle(toast).animationName;
      toast.removeAttribute('data-swipe');
      return name;
    };
    await expect(exitAnimation('left')).toBe('eek-swipe-out-left');
    await expect(exitAnimation('right')).toBe('eek-swipe-out-right');
    await expect(exitAnimation('up')).toBe('eek-swipe-out-up');
    await expect(exitAnimation('down')).toBe('eek-swipe-out-down');
    toast.setAttribute('data-swipe-direction', 'left');
    await expect(getComputedStyle(context.canvasElement.querySelector('.story-themed')!).direction).toBe(
      'rtl',
    );
  },
};

/** The kit's severity accents stay on its own elements: an app's `[data-severity]` markup keeps its look. */
export const AppMarkupKeepsItsLook: Story = {
  render: () => (
    <>
      <p>
        Server health: <span data-severity="critical">degraded</span>
      </p>
      <Themed />
    </>
  ),
  play: async (context) => {
    await showsThreeCategories(context);
    const own = context.canvasElement.querySelector<HTMLElement>('li.eek-toast[data-severity="critical"]')!;
    const app = context.canvasElement.querySelector<HTMLElement>('p > span[data-severity="critical"]')!;
    await expect(getComputedStyle(own).getPropertyValue('--eek-accent').trim()).not.toBe('');
    await expect(getComputedStyle(app).getPropertyValue('--eek-accent').trim()).toBe('');
  },
};

export const ReducedMotion: Story = {
  render: () => <Themed motion="reduce" />,
  play: async (context) => {
    await showsThreeCategories(context);
    for (const toast of context.canvasElement.querySelectorAll('li.eek-toast')) {
      await expect(getComputedStyle(toast).animationName).toBe('none');
    }
  },
};

/** 200 errors within a second: 180 repeats of one rate limit and 20 different ones. */
function StormDemo() {
  const store = useStoryStore('binance-spot');
  const [done, setDone] = useState(false);
  useEffect(() => {
    const timers: ReturnType<typeof setTimeout>[] = [];
    for (let i = 0; i < 200; i++) {
      timers.push(
        setTimeout(() => {
          if (i % 10 === 9) store.report({ code: -30000 - i, msg: `Unusual error number ${i}.` });
          else store.report(rateLimited, { httpStatus: 429, headers: { 'Retry-After': '30' } });
          if (i === 199) setDone(true);
        }, i * 5),
      );
    }
    return () => timers.forEach(clearTimeout);
  }, [store]);
  return (
    <StoryKit store={store}>
      <div className="dash">
        <p role="status">{done ? '200 errors reported' : 'Reporting…'}</p>
      </div>
      <ExchangeErrorToaster maxVisible={3} duration={600_000} />
    </StoryKit>
  );
}

export const TwoHundredErrorsInASecond: Story = {
  render: () => <StormDemo />,
  play: async ({ canvas, canvasElement }) => {
    await canvas.findByText('200 errors reported', {}, { timeout: 5000 });
    const toasts = await settledToasts(canvasElement);
    // Never more than the visible maximum, and the storm is one toast counting 180.
    await expect(toasts.length).toBe(3);
    await expect(canvasElement.querySelector('li.eek-toast[data-category="rate-limit"]')).toHaveTextContent(
      '×180',
    );
    await expect(canvasElement.querySelector('.eek-toaster')).toHaveAttribute('data-queued', '18');
  },
};

function CdnPageDemo() {
  const store = useStoryStore('binance-spot');
  return (
    <StoryKit store={store}>
      <div className="dash">
        <ReportButton
          payload={geoBlockedInPythonBinance}
          hints={{ httpStatus: 403 }}
          label="Connect to the exchange"
        />
      </div>
      <ExchangeErrorToaster duration={600_000} />
    </StoryKit>
  );
}

/**
 * A CDN's HTML page where the exchange's JSON was expected, inside an SDK's exception: no markup and
 * no wrapper's "code 0" reach the user, and the page's reason (a blocked country) decides rather
 * than the 403 alone, which would have sent the user to check an API key that is fine.
 */
export const CdnPageInsideAnException: Story = {
  render: () => <CdnPageDemo />,
  play: async ({ canvas, canvasElement, userEvent }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Connect to the exchange' }));
    const toast = await waitFor(() => {
      const li = canvasElement.querySelector<HTMLElement>('li.eek-toast[data-category="account-restricted"]');
      if (!li) throw new Error('no account-restricted toast');
      return li;
    });
    await expect(toast).toHaveTextContent('Not allowed for this account');
    await expect(toast).toHaveTextContent('The server returned an HTML page (HTTP 403)');
    await expect(toast).not.toHaveTextContent('DOCTYPE');
    await expect(toast).not.toHaveTextContent('API key');
  },
};
