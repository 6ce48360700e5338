import fc from 'fast-check';
import { describe } from 'vitest';
import { createExchangeErrorResolver } from '../../src/core/createExchangeErrorResolver';
import { resolveExchangeError } from '../../src/core/resolveExchangeError';
import type { ResolvedExchangeError } from '../../src/core/types';
import { binanceSpot } from '../../src/exchanges/binance-spot';
import { ltp } from '../../src/exchanges/ltp';
import { fuzz } from './runProperty';
import { prototypesUntouched, wellFormed } from './wellFormed';

// The resolver over everything an app may hand it. Together these properties run over a million
// cases under `npm run fuzz` (the `long` counts), and a few thousand under `npm test`.

const resolve = (input: unknown) => resolveExchangeError(input, { exchanges: [binanceSpot, ltp], now: 0 });
const sameResolution = (a: ResolvedExchangeError | null, b: ResolvedExchangeError | null) =>
  JSON.stringify(a && { ...a, raw: undefined }) === JSON.stringify(b && { ...b, raw: undefined });

const templates = [...binanceSpot.catalog.entries, ...ltp.catalog.entries].flatMap((entry) => entry.messages);
const documented = fc.constantFrom(...templates, ...binanceSpot.catalog.filters.map((f) => f.message));
const text = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme' }),
  fc.string({ unit: 'binary' }),
  documented,
);
const code = fc.oneof(
  fc.integer({ min: -30_000, max: 700_000 }),
  fc.constantFrom(-1013, -1003, -1021, -2010, -1007, 200, 200000, 0, 429, 418),
);

/** What SDKs, ccxt, loggers and other languages put around an exchange's answer. */
const prefix = fc.constantFrom(
  '',
  'binance ',
  'binance POST https://api.binance.com/api/v3/order 400 Bad Request ',
  'binance GET https://api.binance.com/api/v3/openOrders?signature=abc 503 ',
  'APIError(code=',
  'binance.exceptions.BinanceAPIException: APIError(code=',
  'Exception in thread "main" com.binance.api.client.exception.BinanceApiException: ',
  'ClientError: (400, ',
  'ERROR:root:',
  '[ServerError] ',
  '<APIError> ',
  'Error: Request failed with status code 400: ',
  'okx {"code":"1","msg":"","data":[{"sCode":"',
  'bybit {"retCode":',
  '{"code":',
  "{'code': ",
  'code=',
  '"msg":"',
);
const suffix = fc.constantFrom(
  '',
  ')',
  '"}',
  "'}",
  ']}',
  ' (HTTP status code: 418)',
  '\n    at f (x.js:1:1)',
  '…',
  '\\',
);
const wrapped = fc
  .tuple(
    prefix,
    fc.option(code, { nil: undefined }),
    fc.constantFrom('', ': ', ', ', '): ', '," msg":"'),
    text,
    suffix,
  )
  .map(([before, c, glue, message, after]) => `${before}${c ?? ''}${glue}${message}${after}`);

const odd = fc.oneof(
  fc.anything(),
  text,
  code,
  fc.constantFrom('__proto__', 'constructor', 'toString', '-1013', '', Number.NaN, -0, Infinity, null),
);
const errorShaped = fc.oneof(
  fc.record({ code: odd, msg: odd }),
  fc.record({ code: odd, message: odd, data: odd }),
  fc.record({ success: odd, code: odd, message: odd }),
  fc.record({
    id: odd,
    status: odd,
    error: fc.record({ code: odd, msg: odd, data: fc.record({ retryAfter: odd, serverTime: odd }) }),
    rateLimits: odd,
  }),
  fc.record({
    response: fc.record({ status: odd, data: odd, headers: fc.dictionary(fc.string(), odd) }),
    config: fc.record({ method: odd, url: odd }),
  }),
  fc.record({ name: odd, message: wrapped, body: odd, statusCode: odd }),
  fc.record({ retCode: odd, retMsg: odd, result: odd }, { requiredKeys: [] }),
  fc.record(
    { code: odd, msg: odd, data: fc.array(fc.record({ sCode: odd, sMsg: odd })) },
    { requiredKeys: [] },
  ),
);

const thrower = () => {
  throw new Error('trap');
};
/**
 * Objects that fight back: getters that throw, Proxies that trap everything, revoked Proxies,
 * cycles. Built inside the property: fast-check itself would trip over a trapping Proxy.
 */
const hostile = fc.tuple(
  fc.constantFrom(
    'code',
    'msg',
    'message',
    'status',
    'headers',
    'response',
    'error',
    'data',
    'body',
    'config',
  ),
  fc.constantFrom('getter', 'proxy', 'revoked', 'cycle', 'getter-in-wrapper', 'proxy-headers'),
  fc.record({ code: odd, msg: text }),
);
function build([key, kind, base]: typeof hostile extends fc.Arbitrary<infer T> ? T : never): unknown {
  switch (kind) {
    case 'getter':
      return Object.defineProperty({ ...base }, key, { get: thrower, enumerable: true });
    case 'proxy':
      return new Proxy(base, {
        get: thrower,
        has: thrower,
        ownKeys: thrower,
        getPrototypeOf: thrower,
        getOwnPropertyDescriptor: thrower,
      });
    case 'revoked': {
      const revocable = Proxy.revocable(base, {});
      revocable.revoke();
      return { response: { data: revocable.proxy }, [key]: revocable.proxy };
    }
    case 'cycle': {
      const cyclic: Record<string, unknown> = { ...base };
      cyclic[key] = cyclic;
      cyclic.response = { data: cyclic };
      return cyclic;
    }
    case 'getter-in-wrapper':
      return {
        response: Object.defineProperty({ status: 400 }, 'data', { get: thrower }),
        message: String(base.msg),
      };
    default:
      return { ...base, headers: new Proxy({}, { get: thrower, ownKeys: thrower }) };
  }
}

/** Deep wrappers, long texts and wide arrays: bounded work and a bounded answer. */
const huge = fc.oneof(
  fc
    .tuple(
      fc.integer({ min: 1, max: 3_000 }),
      fc.constantFrom('error', 'response', 'data', 'body'),
      fc.boolean(),
    )
    .map(([depth, key, asArray]) => {
      let value: unknown = { code: -1013, msg: 'Filter failure: LOT_SIZE' };
      for (let i = 0; i < depth; i++) value = asArray ? [value] : { [key]: value };
      return value;
    }),
  fc
    .tuple(fc.integer({ min: 1, max: 3_000 }), fc.boolean())
    .map(([depth, open]) =>
      open ? '{"error":'.repeat(depth) : `${'['.repeat(depth)}-1013${']'.repeat(depth)}`,
    ),
  fc
    .tuple(
      fc.integer({ min: 1_000, max: 300_000 }),
      fc.constantFrom('x', ' ', '\\', '"', 'A1', 'code:', '-1013 ', '(', '%s'),
    )
    .map(([n, unit]) => `APIError(code=-1013): ${unit.repeat(Math.ceil(n / unit.length))}`),
  fc
    .integer({ min: 1_000, max: 50_000 })
    .map((n) => Array.from({ length: n }, (_, i) => (i % 3 ? i : { code: 'x' }))),
  fc
    .integer({ min: 1_000, max: 200_000 })
    .map((n) => ({ code: -1003, msg: 'y'.repeat(n), data: { retryAfter: n } })),
);

/** Texts made of the very tokens the readers' patterns look for: they must stay linear. */
const token = fc.constantFrom(
  'code',
  'msg',
  'message',
  'status',
  'Error',
  'APIError',
  'binance',
  'GET',
  'http://x',
  'banned until',
  'per',
  ' ',
  '  ',
  '\n',
  ':',
  '=',
  ',',
  '.',
  '"',
  "'",
  '`',
  '\\',
  '(',
  ')',
  '{',
  '}',
  '[',
  ']',
  '<',
  '>',
  '-1013',
  '400',
  '200000',
  '1767276000000',
  '10 SECOND',
  'Filter failure:',
  'LOT_SIZE',
  'signature=',
  'x',
);

const isContainer = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' &&
  value !== null &&
  [Object.prototype, Array.prototype, null].includes(Object.getPrototypeOf(value));

/**
 * Changes `target` in place until it holds what `source` does, keeping the identity of every plain
 * object and array inside it that both have at the same place: an app that edits the error it holds.
 */
function morph(target: Record<string, unknown>, source: Record<string, unknown>): void {
  for (const key of Object.keys(target)) if (!Object.hasOwn(source, key)) delete target[key];
  if (Array.isArray(target) && Array.isArray(source)) target.length = source.length;
  for (const key of Object.keys(source)) {
    // An array's own length is not a body's `length` key (a non-number would throw).
    if (key === 'length' && Array.isArray(target)) continue;
    // Own values only: `target.__proto__` read as a property would be `Object.prototype`.
    const was = Object.hasOwn(target, key) ? target[key] : undefined;
    const now = source[key];
    if (isContainer(was) && isContainer(now) && Array.isArray(was) === Array.isArray(now)) morph(was, now);
    // A key named `__proto__` is defined, not assigned, to stay the body's own, as JSON.parse makes it.
    else if (key === '__proto__')
      Object.defineProperty(target, key, {
        value: now,
        writable: true,
        enumerable: true,
        configurable: true,
      });
    else target[key] = now;
  }
}

/** Each of two bodies, as itself or attached to an exception, the second to be made from the first. */
const body = fc.oneof(
  errorShaped,
  fc.dictionary(fc.string(), fc.jsonValue()),
  // Batch answers, holes and all.
  fc.sparseArray(errorShaped, { maxLength: 4 }),
);
const memoryCase = fc.tuple(
  body,
  body,
  fc.constantFrom('body', 'exception'),
  fc.option(fc.constantFrom(200, 400, 429, 500, 503), { nil: undefined }),
  // How much longer an array grows at the end, holes only.
  fc.integer({ min: 1, max: 3 }),
);

describe('the resolver under any input (fast-check)', () => {
  fuzz(
    'a resolver answers from memory as a fresh resolution does: again, after the object changed, for an equal copy',
    'resolver cases',
    { short: 300, long: 100_000 },
    () =>
      fc.property(memoryCase, ([first, second, form, httpStatus, grow]) => {
        const options = { exchanges: [binanceSpot, ltp], now: 0 };
        const remembering = createExchangeErrorResolver(options);
        const fresh = (input: unknown) => resolveExchangeError(input, { ...options, httpStatus });
        const held = structuredClone(first) as Record<string, unknown>;
        const input = form === 'body' ? held : Object.assign(new Error('Request failed'), { body: held });
        const answers = (value: unknown) => sameResolution(remembering(value, { httpStatus }), fresh(value));
        if (!answers(input) || !answers(input)) return false;
        morph(held, structuredClone(second) as Record<string, unknown>);
        if (!answers(input) || !answers(input)) return false;
        if (Array.isArray(held)) {
          held.length += grow;
          if (!answers(input)) return false;
        }
        return answers(
          form === 'body'
            ? structuredClone(held)
            : Object.assign(new Error('Request failed'), { body: structuredClone(held) }),
        );
      }),
  );

  fuzz(
    'anything at all: never throws, well formed, prototypes untouched',
    'resolver cases',
    { short: 400, long: 250_000 },
    () =>
      fc.property(
        fc.anything({
          withBigInt: true,
          withBoxedValues: true,
          withMap: true,
          withSet: true,
          withTypedArray: true,
          withSparseArray: true,
          withNullPrototype: true,
          withDate: true,
        }),
        (input) => wellFormed(resolve(input)) && prototypesUntouched(),
      ),
  );

  fuzz(
    'JSON values and their text resolve alike and deterministically',
    'resolver cases',
    { short: 400, long: 200_000 },
    () =>
      fc.property(fc.jsonValue(), (value) => {
        const asText = JSON.stringify(value) ?? '';
        const first = resolve(asText);
        return wellFormed(resolve(value)) && wellFormed(first) && sameResolution(first, resolve(asText));
      }),
  );

  fuzz(
    'strings with wrapper text from SDKs, ccxt and loggers',
    'resolver cases',
    { short: 400, long: 200_000 },
    () => fc.property(wrapped, (input) => wellFormed(resolve(input))),
  );

  fuzz(
    'error-shaped objects with odd values, and their JSON text',
    'resolver cases',
    { short: 400, long: 200_000 },
    () =>
      fc.property(errorShaped, (input) => {
        let asText = '';
        try {
          asText = JSON.stringify(input) ?? '';
        } catch {
          // BigInt inside: the object alone then.
        }
        return wellFormed(resolve(input)) && wellFormed(resolve(asText)) && prototypesUntouched();
      }),
  );

  fuzz(
    'throwing getters, trapping and revoked Proxies, cycles',
    'resolver cases',
    { short: 300, long: 100_000 },
    () => fc.property(hostile, (shape) => wellFormed(resolve(build(shape)))),
  );

  fuzz('huge and deeply nested inputs', 'resolver cases', { short: 40, long: 30_000 }, () =>
    fc.property(huge, (input) => wellFormed(resolve(input))),
  );

  fuzz('long texts of the patterns’ own tokens', 'resolver cases', { short: 30, long: 10_000 }, () =>
    fc.property(fc.array(token, { maxLength: 4_000 }), (tokens) => wellFormed(resolve(tokens.join('')))),
  );

  fuzz(
    'keys and signatures in any wrapper never reach the output',
    'resolver cases',
    { short: 300, long: 20_000 },
    () =>
      fc.property(
        fc.stringMatching(/^[A-Za-z0-9]{64}$/),
        fc.constantFrom(
          (k: string) =>
            `binance POST https://api.binance.com/api/v3/order?symbol=X&signature=${k} 400 {"code":-1022,"msg":"Signature for this request is not valid."}`,
          (k: string) => ({ code: -2015, msg: `Invalid API-key ${k}, IP, or permissions for action.` }),
          (k: string) => ({
            message: 'Request failed',
            config: { method: 'post', url: `/api/v3/order?signature=${k}`, headers: { 'X-MBX-APIKEY': k } },
            response: { status: 400, data: { code: -1022, msg: `sig ${k}` } },
          }),
          (k: string) => `Error: listenKey ${k} does not exist`,
          (k: string) =>
            `wss://stream.binance.com:9443/ws/${k} closed: {"code":-1125,"msg":"This listenKey does not exist."}`,
        ),
        (key, make) => {
          const error = resolve(make(key));
          return error === null || !JSON.stringify({ ...error, raw: undefined }).includes(key);
        },
      ),
  );
});
