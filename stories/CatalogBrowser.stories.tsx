import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { binanceSpot } from '../src/exchanges/binance-spot';
import { ltp } from '../src/exchanges/ltp';
import { BROWSED, CatalogBrowser, MAX_ROWS } from './support/CatalogBrowser';

// Counted from the catalogs themselves, so a newer document changes no story.
const total = BROWSED.reduce((sum, p) => sum + p.catalog.entries.length, 0);
const of = (count: number) => `${count} of ${total} entries`;

/**
 * Every code the bundled catalogs know, generated from the exchanges' own documents
 * (`catalog/sources/`). Search by code, symbolic name or message text, and narrow to one exchange.
 */
const meta = {
  title: 'Catalog/Browser',
  component: CatalogBrowser,
} satisfies Meta<typeof CatalogBrowser>;
export default meta;
type Story = StoryObj<typeof meta>;

export const AllEntries: Story = {
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('status')).toHaveTextContent(`${of(total)}; the first ${MAX_ROWS} shown`);
    // Header row plus the first rows.
    await expect(canvas.getAllByRole('row')).toHaveLength(MAX_ROWS + 1);
    for (const profile of BROWSED)
      await expect(canvas.getByRole('radio', { name: profile.name })).toBeEnabled();
  },
};

export const Search: Story = {
  play: async ({ canvas, userEvent }) => {
    const search = canvas.getByRole('searchbox', { name: 'Search by code, name or message' });
    const status = canvas.getByRole('status');
    const table = canvas.getByRole('table', { name: 'Documented error codes' });

    await userEvent.click(canvas.getByRole('radio', { name: 'Binance Spot' }));
    await userEvent.type(search, '-1021');
    await expect(status).toHaveTextContent(of(1));
    const timestamp = within(table).getByRole('row', { name: /-1021 INVALID_TIMESTAMP/ });
    await expect(timestamp).toHaveTextContent('Timestamp for this request is outside of the recvWindow.');

    await userEvent.clear(search);
    await expect(status).toHaveTextContent(of(binanceSpot.catalog.entries.length));

    await userEvent.click(canvas.getByRole('radio', { name: 'LTP' }));
    await expect(status).toHaveTextContent(of(ltp.catalog.entries.length));
    await userEvent.type(search, '601010');
    await expect(status).toHaveTextContent(of(1));
    await expect(within(table).getByRole('row', { name: /601010/ })).toHaveTextContent(
      'Connection frequency too high',
    );
    await expect(within(table).queryByRole('row', { name: /-1021/ })).toBeNull();
  },
};

export const SearchByMessage: Story = {
  args: { initialQuery: 'recvWindow', initialExchange: 'binance-spot' },
  play: async ({ canvas }) => {
    // Matches the message of -1021 and the -1131 BAD_RECV_WINDOW message, not only names.
    const rows = within(canvas.getByRole('table')).getAllByRole('row').slice(1);
    await expect(rows.map((row) => row.querySelectorAll('td')[1]?.textContent)).toEqual(['-1021', '-1131']);
  },
};
