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
import { equalCopy } from '../test/support/equalCopy';
import { coldRound, type Sample, samples } from './mix';

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
const copies = Array.from({ length: COPIES }, () => samples.map(({ input }) => equalCopy(input)));
let copy = 0;

// Every input new to the resolver: see `coldRound`.
const ROUNDS = 400;
const coldRounds = Array.from({ length: ROUNDS }, (_, round) => coldRound(round));
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
