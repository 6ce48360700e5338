// Resolver throughput beside ccxt's own Binance error classification, in one run on the same mix;
// Vitest prints ops/s of both and the ratio. ccxt gets each error the way its HTTP layer does
// (status, body text, parsed body) and signals the class by throwing; the kit gets what an app
// holds (body objects, JSON text, SDK and ccxt exception messages, WebSocket API frames) and
// returns a full resolution (category, field, retry time, copy, fingerprint). Two runs: a warm
// one, where errors repeat as they do in an app (the resolver reuses what it worked out for a
// message: the same object re-rendered is known by identity once its content is seen unchanged,
// an equal copy by its content), and a cold one, where every input is new. Run with `npm run bench`.
import ccxt from 'ccxt';
import { afterAll, bench, describe } from 'vitest';
import { createExchangeErrorResolver } from '../src/core/createExchangeErrorResolver';
import { resolveExchangeError } from '../src/core/resolveExchangeError';
import { binanceSpot } from '../src/exchanges/binance-spot';

interface Sample {
  /** What an app would pass to the kit. */
  input: unknown;
  /** The HTTP status and body ccxt's handleErrors sees for the same error. */
  status: number;
  body: string;
}

const bodies: [number, { code: number; msg: string }][] = [
  [400, { code: -1013, msg: 'Filter failure: LOT_SIZE' }],
  [400, { code: -1013, msg: 'Filter failure: PRICE_FILTER' }],
  [400, { code: -1013, msg: 'Filter failure: NOTIONAL' }],
  [400, { code: -2010, msg: 'Account has insufficient balance for requested action.' }],
  [400, { code: -2010, msg: 'Order would immediately match and take.' }],
  [400, { code: -2011, msg: 'Unknown order sent.' }],
  [400, { code: -1021, msg: "Timestamp for this request was 1000ms ahead of the server's time." }],
  [400, { code: -1121, msg: 'Invalid symbol.' }],
  [
    400,
    {
      code: -1100,
      msg: "Illegal characters found in parameter 'quantity'; legal range is '^([0-9]{1,20})(\\.[0-9]{1,20})?$'.",
    },
  ],
  [401, { code: -2015, msg: 'Invalid API-key, IP, or permissions for action.' }],
  [400, { code: -1022, msg: 'Signature for this request is not valid.' }],
  [429, { code: -1015, msg: 'Too many new orders; current limit is 50 orders per 10 SECOND.' }],
  [
    418,
    {
      code: -1003,
      msg: 'Way too much request weight used; IP banned until 1767276000000. Please use WebSocket Streams for live updates to avoid bans.',
    },
  ],
  [503, { code: -1001, msg: 'Internal error; unable to process your request. Please try again.' }],
  [400, { code: -2013, msg: 'Order does not exist.' }],
  [400, { code: -4164, msg: "Order's notional must be no smaller than 5.0 (unless you choose reduce only)" }],
];

// Each body in four forms an app meets: the parsed object, the JSON text, an SDK exception
// message (python-binance style), and a ccxt exception; every fourth a WebSocket API frame instead.
const samples: Sample[] = bodies.flatMap(([status, body], i) => {
  const json = JSON.stringify(body);
  return [
    { input: body, status, body: json },
    { input: json, status, body: json },
    {
      input: `binance.exceptions.BinanceAPIException: APIError(code=${body.code}): ${body.msg}`,
      status,
      body: json,
    },
    i % 4 === 0
      ? { input: { id: `req-${i}`, status, error: body }, status, body: json }
      : { input: new Error(`binance ${json}`), status, body: json },
  ];
});

const resolve = createExchangeErrorResolver({ exchanges: [binanceSpot], now: Date.UTC(2026, 0, 1) });
const exchange = new ccxt.binance();
const url = 'https://api.binance.com/api/v3/order';

let sink = 0;
const classifyWithCcxt = (sample: Sample) => {
  try {
    exchange.handleErrors(sample.status, '', url, 'POST', {}, sample.body, JSON.parse(sample.body), {}, '');
  } catch (error) {
    sink += (error as Error).name.length;
  }
};

describe(`classify a mix of ${samples.length} Binance errors (objects, JSON text, SDK and ccxt messages, WebSocket frames)`, () => {
  bench('exchange-error-kit resolveExchangeError', () => {
    for (const sample of samples) sink += resolve(sample.input)?.category.length ?? 0;
  });

  bench('ccxt binance.handleErrors', () => {
    for (const sample of samples) classifyWithCcxt(sample);
  });

  // A polling loop or a new request meets the same error as a new object each time: found by its
  // content rather than by identity (the objects are copied before the run, outside the timing).
  bench('exchange-error-kit resolveExchangeError, each body and exception a new equal copy', () => {
    const inputs = copies[copy++ % COPIES] ?? [];
    for (const input of inputs) sink += resolve(input)?.category.length ?? 0;
  });
});

// The same error, as a new object each time: a structured clone of each body and frame, and a
// new exception of the same class with the same message.
const COPIES = 400;
const copies = Array.from({ length: COPIES }, () =>
  samples.map(({ input }) =>
    typeof input === 'string'
      ? input
      : input instanceof Error
        ? new Error(input.message)
        : structuredClone(input),
  ),
);
let copy = 0;

// The same mix with no input seen before: every text carries a new log timestamp and every body
// a new message (a gateway's request tag). `resolveExchangeError` alone remembers nothing, so it
// reads and resolves each from scratch: the kit's worst case, which an app meets only for the
// first occurrence of each error. A resolver (what the provider and the store hold) reads each
// input afresh too, but reuses a resolution when what was read is one it resolved before (the
// texts' messages, under their new timestamps).
const ROUNDS = 400;
const coldRounds = Array.from({ length: ROUNDS }, (_, round) =>
  samples.map((sample, i) => {
    const stamp = new Date(Date.UTC(2026, 0, 1) + round * 1_000 + i).toISOString();
    const tag = (body: { code: number; msg: string }) => ({ ...body, msg: `${body.msg} [req ${stamp}]` });
    const { input } = sample;
    const fresh =
      typeof input === 'string'
        ? `${stamp} ERROR ${input}`
        : input instanceof Error
          ? new Error(`${stamp} ${input.message}`)
          : 'error' in (input as object)
            ? {
                ...(input as { error: { code: number; msg: string } }),
                error: tag((input as { error: { code: number; msg: string } }).error),
              }
            : tag(input as { code: number; msg: string });
    return { ...sample, input: fresh };
  }),
);
let round = 0;
const coldResolve = createExchangeErrorResolver({ exchanges: [binanceSpot], now: 0 });

describe(`the same mix, every input new to the resolver (${ROUNDS} rounds of new texts and messages)`, () => {
  bench('exchange-error-kit resolveExchangeError, cold', () => {
    const inputs = coldRounds[round++ % ROUNDS] ?? [];
    for (const sample of inputs) {
      sink += resolveExchangeError(sample.input, { exchanges: [binanceSpot], now: 0 })?.category.length ?? 0;
    }
  });

  bench('exchange-error-kit resolver, cold', () => {
    const inputs = coldRounds[round++ % ROUNDS] ?? [];
    for (const sample of inputs) sink += coldResolve(sample.input)?.category.length ?? 0;
  });

  bench('ccxt binance.handleErrors', () => {
    for (const sample of samples) classifyWithCcxt(sample);
  });

  // The least any resolver of these inputs does, for scale: find the code and the message (one
  // regex each in a text, two property reads in an object), lowercase the message once, look the
  // code up. No template, category, field, retry time, copy, fingerprint or redaction.
  bench('floor: only read the code and message, look the code up', () => {
    const inputs = coldRounds[round++ % ROUNDS] ?? [];
    for (const sample of inputs) {
      const { code, msg } = readOnly(sample.input);
      sink += (names.get(code ?? 0)?.length ?? 0) + msg.toLowerCase().length;
    }
  });
});

const CODE = /code["']?\s*[:=]\s*["']?(-?\d{1,9})/;
const MSG = /msg["']?\s*[:=]\s*"((?:[^"\\]|\\.)*)/;
const names = new Map<number, string | undefined>(
  binanceSpot.catalog.entries.map((entry) => [entry.code, entry.name]),
);

function readOnly(input: unknown): { code: number | null; msg: string } {
  if (typeof input === 'string' || input instanceof Error) {
    const text = typeof input === 'string' ? input : input.message;
    const code = CODE.exec(text);
    return { code: code ? Number(code[1]) : null, msg: MSG.exec(text)?.[1] ?? text };
  }
  const body = input as { code?: number; msg?: string; error?: { code: number; msg: string } };
  const inner = body.error ?? body;
  return { code: inner.code ?? null, msg: inner.msg ?? '' };
}

// Keeps the results alive so no engine can skip the work.
afterAll(() => {
  if (sink < 0) console.log(sink);
});
