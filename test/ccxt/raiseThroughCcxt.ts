/**
 * Makes ccxt raise, offline, exactly what it raises for a probe case.
 *
 * - Answers: the steps of ccxt's `Exchange.handleRestResponse` (base/Exchange.js) run synchronously on the
 *   case's status, headers and body: `onRestResponse` → `parseJson` → the exchange's own `handleErrors`
 *   → ccxt's generic `handleHttpStatusCode` when `handleErrors` returned `undefined`.
 * - Everything (answers and transport failures) can also go through ccxt's real `fetch()`, with a
 *   `fetchImplementation` that answers from the case or fails the way undici fails, so the exception is
 *   built by ccxt's own code path. The corpus test checks that both routes agree for every answer.
 *
 * No network: the only transport is the injected `fetchImplementation`, and `loadMarkets` is replaced by
 * a function that fails, so a call that needed markets would show up as a wrong exception.
 */
import { STATUS_CODES } from 'node:http';
import ccxt, { BaseError } from 'ccxt';
import type { AnswerCase, ProbeCase, TransportCase, TransportFailure } from './probeTypes';

type Headers = Record<string, string>;

/** The members of a ccxt exchange the harness uses (all public in ccxt's own typings). */
interface CcxtExchange {
  id: string;
  timeout: number;
  getResponseHeaders(response: { headers: Headers }): Headers;
  onRestResponse(
    status: number,
    statusText: string,
    url: string,
    method: string,
    responseHeaders: Headers,
    responseBody: string,
    requestHeaders: Headers | undefined,
    requestBody: string | undefined,
  ): string;
  parseJson(text: string): unknown;
  handleErrors(
    status: number,
    statusText: string,
    url: string,
    method: string,
    responseHeaders: Headers,
    responseBody: string,
    response: unknown,
    requestHeaders: Headers | undefined,
    requestBody: string | undefined,
  ): unknown;
  handleHttpStatusCode(status: number, statusText: string, url: string, method: string, body: string): void;
  fetch(url: string, method: string, headers?: Headers, body?: string): Promise<unknown>;
  loadMarkets(): Promise<unknown>;
}

interface FakeResponse {
  status: number;
  statusText: string;
  headers: Headers;
  text(): Promise<string>;
}

type FetchImplementation = (
  url: string,
  params: { method: string; headers?: Headers; signal?: AbortSignal },
) => Promise<FakeResponse>;

const exchangeClasses = ccxt as unknown as Record<string, new (config: object) => CcxtExchange>;

/** Credentials ccxt's signers accept; they never leave this process. */
const PROBE_CREDENTIALS = {
  apiKey: 'probe-api-key',
  secret: 'cHJvYmUtc2VjcmV0',
  password: 'probe-passphrase',
};

function newExchange(id: string, fetchImplementation?: FetchImplementation): CcxtExchange {
  const ExchangeClass = exchangeClasses[id];
  if (typeof ExchangeClass !== 'function') throw new Error(`ccxt has no exchange "${id}"`);
  const exchange = new ExchangeClass({ ...PROBE_CREDENTIALS, enableRateLimit: false, fetchImplementation });
  exchange.loadMarkets = () => Promise.reject(new Error(`probe harness: ${id} tried to load markets`));
  return exchange;
}

/** Request header naming the case a fake transport answers for (ccxt passes request headers through). */
const CASE_HEADER = 'X-Probe-Case';

/** Cases on their way through ccxt's fetch(), by id, with how often the transport saw each. */
const inFlight = new Map<string, { probe: ProbeCase; calls: number }>();

/** The fake transport: answers from, or fails as, the case named in the request header. */
const fakeTransport: FetchImplementation = async (url, params) => {
  const id = params.headers?.[CASE_HEADER];
  const entry = id === undefined ? undefined : inFlight.get(id);
  if (entry === undefined) throw new Error(`probe harness: no case for a request to ${url}`);
  entry.calls += 1;
  const c = entry.probe;
  if (url !== c.request.url) throw new Error(`probe harness: ccxt fetched ${url}, not ${c.request.url}`);
  if (c.kind === 'transport') throw transportError(c);
  return {
    status: c.response.status,
    statusText: reasonPhrase(c),
    headers: c.response.headers ?? {},
    text: async () => c.response.body,
  };
};

// Building a ccxt exchange takes tens of milliseconds: one instance per exchange id serves every case.
const exchanges = new Map<string, CcxtExchange>();
function exchangeFor(id: string): CcxtExchange {
  let exchange = exchanges.get(id);
  if (exchange === undefined) {
    exchange = newExchange(id, fakeTransport);
    exchanges.set(id, exchange);
  }
  return exchange;
}

/** The reason phrase ccxt's Node transport reports for a status (it reads node:http's table too). */
export function reasonPhrase(c: AnswerCase): string {
  return c.response.statusText ?? STATUS_CODES[c.response.status] ?? '';
}

/**
 * What ccxt raises for an answer, synchronously: `handleErrors`, then `handleHttpStatusCode` when the
 * exchange's handler let it through. `undefined` when ccxt would hand the body to the caller as a success.
 */
export function raiseAnswer(c: AnswerCase): unknown {
  const exchange = exchangeFor(c.exchange);
  const { status, body } = c.response;
  const { method, url, body: requestBody } = c.request;
  const statusText = reasonPhrase(c);
  // handleRestResponse capitalises header names ('retry-after' → 'Retry-After') before the handlers see them.
  const headers = exchange.getResponseHeaders({ headers: c.response.headers ?? {} });
  try {
    const text = exchange.onRestResponse(status, statusText, url, method, headers, body, {}, requestBody);
    const parsed = exchange.parseJson(text);
    const skip = exchange.handleErrors(
      status,
      statusText,
      url,
      method,
      headers,
      body,
      parsed,
      {},
      requestBody,
    );
    if (skip === undefined) exchange.handleHttpStatusCode(status, statusText, url, method, body);
  } catch (error) {
    return error;
  }
  return undefined;
}

function networkError(message: string, fields: Record<string, unknown>, name = 'Error'): Error {
  const error = Object.assign(new Error(message), fields);
  error.name = name;
  return error;
}

function hostOf(url: string): string {
  return new URL(url).hostname;
}

/**
 * The rejection undici's `request()` (ccxt 4.5.84's transport in Node) produces for each failure:
 * the same names, codes and messages as undici 7's errors and Node's socket errors.
 */
export function transportError(c: TransportCase): Error {
  const host = hostOf(c.request.url);
  const failures: Record<TransportFailure, () => Error> = {
    // An aborted signal rejects with its reason: the DOMException AbortController.abort() sets.
    timeout: () => new DOMException('This operation was aborted', 'AbortError'),
    'headers-timeout': () =>
      networkError('Headers Timeout Error', { code: 'UND_ERR_HEADERS_TIMEOUT' }, 'HeadersTimeoutError'),
    'connect-timeout': () =>
      networkError(
        `Connect Timeout Error (attempted address: ${host}:443, timeout: 10000ms)`,
        { code: 'UND_ERR_CONNECT_TIMEOUT' },
        'ConnectTimeoutError',
      ),
    'connection-refused': () =>
      networkError('connect ECONNREFUSED 104.18.43.174:443', {
        code: 'ECONNREFUSED',
        errno: -111,
        syscall: 'connect',
        address: '104.18.43.174',
        port: 443,
      }),
    'connection-reset': () =>
      networkError('read ECONNRESET', { code: 'ECONNRESET', errno: -104, syscall: 'read' }),
    'socket-closed': () => networkError('other side closed', { code: 'UND_ERR_SOCKET' }, 'SocketError'),
    dns: () =>
      networkError(`getaddrinfo ENOTFOUND ${host}`, {
        code: 'ENOTFOUND',
        errno: -3008,
        syscall: 'getaddrinfo',
        hostname: host,
      }),
  };
  return failures[c.failure]();
}

/**
 * Sends the case through ccxt's real `fetch()` (proxy/header handling, its abort timer, its transport
 * error mapping, `handleRestResponse`) with a fake transport. Resolves to the exception, or `undefined`.
 */
export async function raiseThroughFetch(c: ProbeCase): Promise<unknown> {
  if (inFlight.has(c.id)) throw new Error(`probe harness: ${c.id} is already in flight`);
  const entry = { probe: c, calls: 0 };
  inFlight.set(c.id, entry);
  let raised: unknown;
  try {
    await exchangeFor(c.exchange).fetch(
      c.request.url,
      c.request.method,
      { [CASE_HEADER]: c.id },
      c.request.body,
    );
  } catch (error) {
    raised = error;
  } finally {
    inFlight.delete(c.id);
  }
  if (entry.calls !== 1) throw new Error(`probe harness: ${c.id} reached the transport ${entry.calls} times`);
  return raised;
}

/**
 * The exception ccxt raises for a case, or `undefined` when ccxt treats the answer as a success.
 * Answers are raised through `handleErrors` directly; transport failures through ccxt's `fetch()`.
 */
export async function raise(c: ProbeCase): Promise<unknown> {
  return c.kind === 'answer' ? raiseAnswer(c) : raiseThroughFetch(c);
}

/**
 * The ccxt class names of an exception, most specific first, up to `BaseError`:
 * `['InsufficientFunds', 'ExchangeError', 'BaseError']`. Other errors end at `Error`.
 */
export function ccxtClassChain(error: unknown): string[] {
  const chain: string[] = [];
  if (typeof error !== 'object' || error === null) return chain;
  let proto: unknown = Object.getPrototypeOf(error);
  while (typeof proto === 'object' && proto !== null && proto !== Object.prototype) {
    const name = (proto as { constructor: { name: string } }).constructor.name;
    chain.push(name);
    if (proto === BaseError.prototype || name === 'Error') break;
    proto = Object.getPrototypeOf(proto);
  }
  return chain;
}
