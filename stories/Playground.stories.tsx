import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, waitFor } from 'storybook/test';
import { Playground, samples } from './support/Playground';

/** Paste any raw exchange error (JSON body, WebSocket frame, ccxt message, log line) and see the resolution live. */
const meta = {
  title: 'Playground',
  component: Playground,
  tags: ['!autodocs'],
  parameters: { layout: 'fullscreen' },
} satisfies Meta<typeof Playground>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Paste: Story = {
  play: async ({ canvas, userEvent, step }) => {
    const textarea = canvas.getByLabelText('Raw error');
    const verdict = () => canvas.getByRole('status').textContent ?? '';

    await step('a ccxt exception resolves to its category and code', async () => {
      await userEvent.click(canvas.getByRole('button', { name: 'ccxt message' }));
      await waitFor(() => expect(verdict()).toContain('insufficient-funds'));
      await expect(canvas.getByTestId('resolved').querySelector('[data-field="code"]')).toHaveTextContent(
        '-2010',
      );
    });

    await step('garbage gives a clear "could not read" state, never a crash', async () => {
      await userEvent.clear(textarea);
      await userEvent.click(textarea);
      await userEvent.paste('¯\\_(ツ)_/¯ {{{');
      await expect(verdict()).toContain('Could not read');
      await expect(canvas.getByTestId('resolved')).toHaveAttribute('data-category', 'unknown');
    });

    await step('an LTP success envelope is no error', async () => {
      await userEvent.clear(textarea);
      await userEvent.click(textarea);
      await userEvent.paste('{"code":200000,"message":"Success","data":{}}');
      await expect(verdict()).toContain('success envelope');
    });

    await step('showing it raises the toast', async () => {
      await userEvent.click(canvas.getByRole('button', { name: 'Log line' }));
      await userEvent.click(canvas.getByRole('button', { name: 'Show it in the app' }));
      await waitFor(() =>
        expect(document.querySelector('li.eek-toast[data-category="clock-skew"]')).not.toBeNull(),
      );
    });
  },
};

export const HtmlErrorPage: Story = {
  args: { initial: samples['HTML page'] },
  play: async ({ canvas }) => {
    // An HTML page from a CDN is read as text; nothing in it is rendered as markup.
    await expect(canvas.getByTestId('resolved')).toBeInTheDocument();
    await expect(canvas.queryByRole('heading', { name: '502 Bad Gateway' })).toBeNull();
  },
};
