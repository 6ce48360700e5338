import type { CopyText, ErrorCategory } from '../../core/types';

/**
 * The kit's English title and description for every category: what happened, what to do.
 * `{name}` is filled from the error's `params` (and `{field}`, `{filter}`, `{message}`); a part
 * in `[square brackets]` is left out when a value in it is missing.
 *
 * @example
 * ```ts
 * defaultCopy['clock-skew'].title; // 'Clock out of sync'
 * // Another language, per category:
 * createExchangeErrorResolver({ copy: { categories: { 'clock-skew': { title: 'Horloge désynchronisée' } } } });
 * ```
 */
export const defaultCopy: Readonly<Record<ErrorCategory, CopyText>> = {
  'rate-limit': {
    title: 'Too many requests',
    description:
      'The exchange is limiting requests[: the limit is {limit} per {interval}]. Wait a moment, then try again.',
  },
  'ip-banned': {
    title: 'IP address temporarily banned',
    description:
      'Too many requests came from this IP address, so the exchange blocked it[ until {bannedUntil}]. Wait for the ban to end before sending more.',
  },
  'clock-skew': {
    title: 'Clock out of sync',
    description: "This device's clock differs from the exchange's. Sync the clock, then try again.",
  },
  'execution-unknown': {
    title: 'Order status unknown',
    description:
      "The exchange didn't confirm whether this went through. Check your open orders and trade history before you send it again.",
  },
  unavailable: {
    title: 'Exchange unavailable',
    description: "The exchange couldn't process the request right now. Try again in a moment.",
  },
  auth: {
    title: 'Request not authorised',
    description:
      'The exchange rejected the API key or signature. Check the key, its permissions and its IP whitelist.',
  },
  'account-restricted': {
    title: 'Not allowed for this account',
    description:
      "The exchange doesn't allow this for your account or location right now. Check the account's status or contact the exchange's support.",
  },
  'insufficient-funds': {
    title: 'Insufficient funds',
    description: "There isn't enough balance or margin for this. Lower the amount or add funds.",
  },
  filter: {
    title: 'Order breaks a trading rule',
    description:
      'The [{field} of the ]order is outside what the exchange allows for this symbol (minimum, maximum or step). Adjust it and try again.',
  },
  'invalid-request': {
    title: 'Invalid request',
    description: 'The exchange rejected a value in the request[ ({param})]. Check the values and try again.',
  },
  'not-found': {
    title: 'Not found',
    description:
      "The exchange couldn't find it. It may have been filled, cancelled or removed; refresh and try again.",
  },
  'order-rejected': {
    title: 'Order rejected',
    description:
      "The exchange can't accept this in the order's or account's current state. Review it and try again.",
  },
  unsupported: {
    title: 'Not supported',
    description: "This order type or operation isn't available for this symbol or account.",
  },
  unknown: {
    title: 'Exchange error',
    description:
      "The exchange returned an error it didn't explain further; its own message says what went wrong.",
  },
};
