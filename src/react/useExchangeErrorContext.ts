'use client';
import { useContext } from 'react';
import { ExchangeErrorContext, type ExchangeErrorContextValue } from './ExchangeErrorContext';

/** The provider's value; throws a message that says what to fix when there is none. */
export function useExchangeErrorContext(hook: string): ExchangeErrorContextValue {
  const value = useContext(ExchangeErrorContext);
  if (!value) {
    throw new Error(
      `${hook} must be used inside <ExchangeErrorProvider>. Wrap your app (or the part that shows exchange errors) in it.`,
    );
  }
  return value;
}
