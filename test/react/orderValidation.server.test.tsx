// @vitest-environment node
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { binanceSpot } from '../../src/exchanges/binance-spot';
import { rulesFromBinanceSymbol } from '../../src/exchanges/binance-spot/rulesFromBinanceSymbol';
import { createExchangeErrorResolver, createExchangeErrorStore } from '../../src/index';
import { ExchangeErrorProvider, FieldError, useFieldError, useOrderValidation } from '../../src/react';
import { binanceBtcUsdt } from '../rules/payloads';

const rules = rulesFromBinanceSymbol(binanceBtcUsdt);

function Form() {
  const validation = useOrderValidation(
    { side: 'BUY', type: 'LIMIT', price: '1.001', quantity: '1' },
    rules,
    {
      onFix: () => {},
    },
  );
  const price = useFieldError('price');
  return (
    <form data-valid={String(validation.valid)}>
      <input aria-label="Price" {...validation.fieldProps('price')} {...price.inputProps} />
      <FieldError name="price" />
    </form>
  );
}

describe('useOrderValidation on the server (no window, no document)', () => {
  it('renders a form with the hook to HTML, with no layout-effect warning and nothing shown yet', () => {
    expect(typeof window).toBe('undefined');
    const store = createExchangeErrorStore({
      resolve: createExchangeErrorResolver({ exchanges: [binanceSpot] }),
    });
    const html = renderToString(
      <ExchangeErrorProvider store={store}>
        <Form />
      </ExchangeErrorProvider>,
    );
    // Known to be invalid, shown only once the user has touched it or tried to submit.
    expect(html).toContain('data-valid="false"');
    expect(html).toContain('data-state="empty"');
    expect(html).not.toContain('aria-invalid');
  });
});
