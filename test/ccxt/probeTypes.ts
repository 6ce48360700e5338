import type { ErrorCategory, OrderField } from '../../src/core/types';

/** The ccxt exchange ids the corpus covers (ccxt 4.5.84). */
export const PROBE_EXCHANGES = [
  'okx',
  'bybit',
  'kucoin',
  'kraken',
  'coinbase',
  'bitget',
  'gate',
  'bitfinex',
  'htx',
  'mexc',
  'deribit',
  'binanceusdm',
  'binance',
] as const;

export type ProbeExchange = (typeof PROBE_EXCHANGES)[number];

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'DELETE';

/** The request the error answered (or failed on). */
export interface ProbeRequest {
  method: HttpMethod;
  /** A real endpoint of that exchange, with the query string a client would send (no signature). */
  url: string;
  /** `true` when the request places, amends or cancels orders: decides `execution-unknown` vs `unavailable`. */
  writesOrder: boolean;
  /** The request body as sent, where the endpoint takes one (never holds secrets). */
  body?: string;
}

/** What a trader should be shown. */
export interface ProbeExpectation {
  category: ErrorCategory;
  /** The order-form field to mark inline, where there is one. */
  field?: OrderField;
  /** One line on why, where the choice is not obvious. */
  note?: string;
}

interface ProbeCaseBase {
  /** Unique, `<exchange>-<what>`. */
  id: string;
  exchange: ProbeExchange;
  request: ProbeRequest;
  expect: ProbeExpectation;
  /** Where the body shape, code or message was seen: API docs, ccxt's source, a public issue. */
  source: string;
}

/** The exchange answered: the wire answer exactly as sent. */
export interface AnswerCase extends ProbeCaseBase {
  kind: 'answer';
  response: {
    status: number;
    /** The reason phrase; defaults to the standard one for the status (as ccxt's own transport reports it). */
    statusText?: string;
    /** Response headers that matter (rate-limit windows, Retry-After, content type). */
    headers?: Record<string, string>;
    /** The body as text, byte for byte what the exchange sends. */
    body: string;
  };
  /** `false` when ccxt 4.5.84 does not raise for this answer: it hands it to the caller as a success. */
  ccxtThrows?: false;
}

/** How the request failed below HTTP. */
export type TransportFailure =
  /** ccxt's own timer aborted the request (`exchange.timeout`). */
  | 'timeout'
  /** The server accepted the connection but sent no response headers within undici's headers timeout. */
  | 'headers-timeout'
  /** TCP connect did not complete in time. */
  | 'connect-timeout'
  | 'connection-refused'
  /** The connection was reset by the peer (RST) while waiting for the answer. */
  | 'connection-reset'
  /** The server closed the connection before answering. */
  | 'socket-closed'
  /** The host name did not resolve. */
  | 'dns';

/** The exchange never answered. */
export interface TransportCase extends ProbeCaseBase {
  kind: 'transport';
  failure: TransportFailure;
}

export type ProbeCase = AnswerCase | TransportCase;
