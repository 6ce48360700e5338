import type { RequestKind } from './decide/facts';
import type { ExchangeProfile, WireRequest } from './profile';
import type { RequestContext } from './types';

const WRITE_METHODS = /^(?:POST|PUT|PATCH|DELETE)$/;
const READ_METHODS = /^(?:GET|HEAD)$/;
// A path that places, cancels or changes orders, for an exchange whose profile lists none:
// `/v1/order`, `/private/buy`, `/cancel_all`, `/orders/edit`.
const WRITE_PATHS = /order|\/(?:private\/)?(?:buy|sell)\b|cancel|amend|\bedit\b|replace/i;
// A WebSocket API method that places, cancels, replaces or amends orders, for an exchange whose
// profile does not list its own: `order.place`, `cancel-order`, `amend-order`, `batch-orders`.
const WS_WRITES = /order/i;
const WS_WRITE_VERBS = /place|cancel|replace|amend\b|create|modify|edit|^(?:batch-)?orders?$/i;

/** The request as a profile sees it: upper-case method, the URL's path and host. */
export function wireRequest(request: RequestContext): WireRequest {
  const url = request.url ?? '';
  const parsed = /^(?:[a-z][a-z\d+.-]*:\/\/([^/?#]*))?([^?#]*)/i.exec(url);
  const host = parsed?.[1]?.replace(/^.*@/, '').replace(/:\d+$/, '').toLowerCase();
  return { method: (request.method ?? '').toUpperCase(), path: parsed?.[2] ?? '', ...(host ? { host } : {}) };
}

/**
 * Whether the request placed, cancelled, replaced or amended orders (its outcome matters when its
 * answer is lost), only read, or neither. The app's `intent` says it outright; else a write
 * method on a path that names orders, or an order endpoint or WebSocket method the profile lists.
 *
 * @example
 * ```ts
 * requestKind({ method: 'POST', url: 'https://api.example.com/v1/order' }, undefined); // 'writes-orders'
 * requestKind({ intent: 'read' }, undefined); // 'reads'
 * ```
 */
export function requestKind(
  request: RequestContext | undefined,
  profile: ExchangeProfile | undefined,
): RequestKind {
  if (!request) return 'other';
  if (request.intent)
    return /-order$/.test(request.intent) ? 'writes-orders' : request.intent === 'read' ? 'reads' : 'other';
  const wire = wireRequest(request);
  const ws = wire.method !== '' && !/^[A-Z]+$/.test(wire.method);
  // Order safety first: the profile's own list, or the generic words (an app's proxy may put
  // the exchange's paths under its own).
  let writes = ws
    ? WS_WRITES.test(wire.method) && WS_WRITE_VERBS.test(wire.method)
    : WRITE_METHODS.test(wire.method) && WRITE_PATHS.test(wire.path);
  try {
    writes ||= profile?.writesOrder?.(ws ? { ...wire, method: request.method ?? '' } : wire) ?? false;
  } catch {
    // A profile's rule that throws adds nothing.
  }
  if (writes) return 'writes-orders';
  return READ_METHODS.test(wire.method) ? 'reads' : 'other';
}
