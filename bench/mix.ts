// The mix of Binance errors the resolver benchmarks run on: sixteen documented errors, each in
// the forms an app meets (a body object, its JSON text, an SDK's exception message, an exception
// carrying the answer or a WebSocket API frame), with the status and body ccxt's HTTP layer sees.

/** One error as an app holds it, and as ccxt's HTTP layer sees it. */
export interface Sample {
  /** What an app would pass to the kit. */
  input: unknown;
  /** The HTTP status and body ccxt's handleErrors sees for the same error. */
  status: number;
  body: string;
  /** Which of the forms below the input is. */
  form: Form;
}

/** The forms an app meets an exchange's answer in. */
export type Form = 'body' | 'JSON text' | 'SDK message' | 'exception' | 'WebSocket frame';

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
export const samples: Sample[] = bodies.flatMap(([status, body], i) => {
  const json = JSON.stringify(body);
  return [
    { input: body, status, body: json, form: 'body' },
    { input: json, status, body: json, form: 'JSON text' },
    {
      input: `binance.exceptions.BinanceAPIException: APIError(code=${body.code}): ${body.msg}`,
      status,
      body: json,
      form: 'SDK message',
    },
    i % 4 === 0
      ? { input: { id: `req-${i}`, status, error: body }, status, body: json, form: 'WebSocket frame' }
      : { input: new Error(`binance ${json}`), status, body: json, form: 'exception' },
  ];
});

/**
 * The same mix with no input seen before, round `round` of as many as a run needs: every text
 * carries a new log timestamp and every body a new message (a gateway's request tag).
 * `resolveExchangeError` alone remembers nothing, so it reads and resolves each from scratch: the
 * kit's worst case, which an app meets only for the first occurrence of each error. A resolver
 * (what the provider and the store hold) reads each input afresh too, but reuses a resolution
 * when what was read is one it resolved before (the texts' messages, under their timestamps).
 */
export function coldRound(round: number): Sample[] {
  return samples.map((sample, i) => {
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
  });
}
