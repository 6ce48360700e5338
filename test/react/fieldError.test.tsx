import { act, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { binanceSpot } from '../../src/exchanges/binance-spot';
import {
  ExchangeErrorProvider,
  ExchangeErrorToaster,
  FieldError,
  fieldErrorId,
  useExchangeError,
  useFieldError,
} from '../../src/react';

let report: ReturnType<typeof useExchangeError>['report'];
function Reporter() {
  report = useExchangeError().report;
  return null;
}

function QuantityInput() {
  const quantity = useFieldError('quantity');
  return (
    <>
      <label htmlFor="qty">Quantity</label>
      <input id="qty" {...quantity.inputProps} onChange={quantity.clear} />
      <FieldError name="quantity" />
    </>
  );
}

function OrderForm() {
  const [shown, setShown] = useState(true);
  return (
    <>
      <button type="button" onClick={() => setShown((s) => !s)}>
        toggle form
      </button>
      {shown ? <QuantityInput /> : null}
    </>
  );
}

const toasts = () => document.querySelectorAll('li.eek-toast');

function renderForm() {
  return render(
    <ExchangeErrorProvider exchanges={[binanceSpot]}>
      <Reporter />
      <OrderForm />
      <ExchangeErrorToaster />
    </ExchangeErrorProvider>,
  );
}

describe('FieldError and useFieldError', () => {
  it('is always in the DOM with a stable id, empty when there is no error', () => {
    renderForm();
    const input = screen.getByLabelText('Quantity');
    const region = document.getElementById(fieldErrorId('quantity'))!;
    expect(region).toBeInTheDocument();
    expect(region).toBeEmptyDOMElement();
    expect(region).toHaveAttribute('data-state', 'empty');
    expect(input).toHaveAttribute('aria-describedby', region.id);
    expect(input).not.toHaveAttribute('aria-invalid');
  });

  it('shows a lot-size filter failure under the quantity field, marks the input invalid, and raises no toast', () => {
    renderForm();
    act(() => {
      report({ code: -1013, msg: 'Filter failure: LOT_SIZE' });
    });
    const region = document.getElementById(fieldErrorId('quantity'))!;
    expect(region).toHaveAttribute('data-state', 'active');
    expect(region).toHaveAttribute('data-filter', 'LOT_SIZE');
    expect(region).toHaveTextContent('Filter failure: LOT_SIZE');
    expect(region.textContent!.length).toBeGreaterThan('Filter failure: LOT_SIZE'.length);
    expect(screen.getByLabelText('Quantity')).toHaveAttribute('aria-invalid', 'true');
    expect(toasts()).toHaveLength(0);
  });

  it('raises a toast for the same error when no form shows the field', () => {
    renderForm();
    fireEvent.click(screen.getByRole('button', { name: 'toggle form' }));
    act(() => {
      report({ code: -1013, msg: 'Filter failure: LOT_SIZE' });
    });
    expect(toasts()).toHaveLength(1);
    // Mounting the field moves the error inline and the toast goes.
    fireEvent.click(screen.getByRole('button', { name: 'toggle form' }));
    expect(toasts()).toHaveLength(0);
    expect(document.getElementById(fieldErrorId('quantity'))).toHaveAttribute('data-state', 'active');
  });

  it('clears when the user edits the field', () => {
    renderForm();
    act(() => {
      report({ code: -1013, msg: 'Filter failure: LOT_SIZE' });
    });
    fireEvent.change(screen.getByLabelText('Quantity'), { target: { value: '0.01' } });
    expect(document.getElementById(fieldErrorId('quantity'))).toHaveAttribute('data-state', 'empty');
    expect(screen.getByLabelText('Quantity')).not.toHaveAttribute('aria-invalid');
  });

  it('keeps errors of other fields and of account-wide limits out of this field', () => {
    renderForm();
    act(() => {
      report({ code: -1013, msg: 'Filter failure: PRICE_FILTER' });
      report({ code: -1013, msg: 'Filter failure: MAX_NUM_ORDERS' });
    });
    expect(document.getElementById(fieldErrorId('quantity'))).toHaveAttribute('data-state', 'empty');
    // Neither has a mounted field, so both are toasts.
    expect(toasts()).toHaveLength(2);
  });

  it('is valid wherever a form puts it: inside a <p> or a <label>, with no warning from React', () => {
    // The console guard fails this test on React's "<p> cannot be a descendant of <p>".
    render(
      <ExchangeErrorProvider exchanges={[binanceSpot]}>
        <Reporter />
        <p>
          Price <FieldError name="price" />
        </p>
        <label>
          Quantity <input /> <FieldError name="quantity" />
        </label>
      </ExchangeErrorProvider>,
    );
    act(() => {
      report({ code: -1013, msg: 'Filter failure: PRICE_FILTER' });
      report({ code: -1013, msg: 'Filter failure: LOT_SIZE' });
    });
    for (const id of [fieldErrorId('price'), fieldErrorId('quantity')]) {
      const element = document.getElementById(id)!;
      expect(element.tagName).toBe('SPAN');
      expect(element).toHaveAttribute('data-state', 'active');
    }
  });
});
