// @vitest-environment node
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';

describe('integrations on the server (no window, no document)', () => {
  it('import without touching browser globals and render a form with the hook to HTML', async () => {
    expect(typeof window).toBe('undefined');
    const [
      { createExchangeErrorStore },
      { ExchangeErrorProvider },
      transport,
      tanstack,
      { OrderForm },
      { resolve },
    ] = await Promise.all([
      import('../../src/index'),
      import('../../src/react'),
      import('../../src/transport'),
      import('../../src/tanstack-query'),
      import('./OrderForm'),
      import('./payloads'),
    ]);
    expect(typeof transport.createExchangeFetch).toBe('function');
    expect(typeof tanstack.createExchangeRetry).toBe('function');
    const store = createExchangeErrorStore({ resolve });
    const html = renderToString(
      <ExchangeErrorProvider store={store}>
        <OrderForm submit={async () => {}} />
      </ExchangeErrorProvider>,
    );
    expect(html).toContain('<form aria-label="Order"');
    expect(html).toContain('id="amount"');
  });
});
