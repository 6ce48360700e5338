import { describe, expect, it } from 'vitest';
import { createExchangeErrorResolver } from '../../src/core/createExchangeErrorResolver';
import { resolveExchangeError } from '../../src/core/resolveExchangeError';
import type { ResolveOptions } from '../../src/core/types';
import { binanceSpot } from '../../src/exchanges/binance-spot';
import { binanceUsdm } from '../../src/exchanges/binance-usdm';
import { CLOUDFRONT_BLOCK, geoBlockedInPythonBinance } from './cdnPages';

/**
 * CDN and proxy pages arrive where an exchange's JSON was expected: as the whole body, or inside an
 * SDK's exception after its own words. The page is not the exchange's answer, but a few of its words
 * say why it was sent.
 */
const exchanges = [binanceSpot, binanceUsdm];
const resolve = (input: unknown, options: ResolveOptions = {}) =>
  resolveExchangeError(input, { exchanges, now: 0, ...options });

// The same page's boilerplate, sent for another reason.
const CLOUDFRONT_OTHER = CLOUDFRONT_BLOCK.replace(
  'The Amazon CloudFront distribution is configured to block access from your country.',
  'Bad request.',
);

const NGINX_GONE = `<html>
<head><title>410 Gone</title></head>
<body>
<center><h1>410 Gone</h1></center>
<hr><center>nginx</center>
</body>
</html>`;

describe('HTML pages', () => {
  it('reads a page after an SDK’s words as a page: not the wrapper’s code, nor its words as the message', () => {
    const error = resolve(geoBlockedInPythonBinance, { httpStatus: 403 });
    expect(error).toMatchObject({
      source: 'unknown',
      code: null,
      message: 'The server returned an HTML page (HTTP 403)',
    });
  });

  it('takes a country blocked at the CDN for a restricted location, not a bad API key', () => {
    expect(resolve(CLOUDFRONT_BLOCK, { httpStatus: 403 })?.category).toBe('account-restricted');
    // The page's boilerplate ("too much traffic … Try again later") says nothing: the status decides,
    // and a CDN's 403 is a block at its edge, which no API key could pass or fail.
    expect(resolve(CLOUDFRONT_OTHER, { httpStatus: 403 })?.category).toBe('account-restricted');
    expect(resolve(CLOUDFRONT_OTHER, { httpStatus: 401 })?.category).toBe('auth');
    expect(resolve(CLOUDFRONT_OTHER, { httpStatus: 502 })?.category).toBe('unavailable');
  });

  it('takes the status from the page’s title when nothing else gives one', () => {
    const error = resolve(`BinanceRequestException: Invalid Response: ${NGINX_GONE}`);
    expect(error).toMatchObject({
      httpStatus: 410,
      category: 'unsupported',
      message: 'The server returned an HTML page (HTTP 410)',
    });
    // The transport's status comes first.
    expect(resolve({ status: 502, data: NGINX_GONE })?.httpStatus).toBe(502);
    const gateway = resolve(
      'Error: <html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>',
    );
    expect(gateway).toMatchObject({ httpStatus: 502, category: 'unavailable' });
  });

  it('reads a CDN’s rate-limit page as a rate limit, whatever status came with it', () => {
    const page =
      '<!DOCTYPE html><html><head><title>Access denied | api.example.com used Cloudflare to restrict access</title><style>body{font:13px}</style><script>var maintenance = true;</script></head><body><h1>Error 1015</h1><h2>You are being rate limited</h2></body></html>';
    expect(resolve(page, { httpStatus: 429 })?.category).toBe('rate-limit');
    expect(resolve(page)?.category).toBe('rate-limit');
  });

  it('never reads scripts or styles as the page’s words', () => {
    const page =
      '<html><head><style>.maintenance{display:none}</style><script>const x = "too many requests";</script></head><body>Nothing to see</body></html>';
    expect(resolve(page, { httpStatus: 400 })?.category).toBe('unknown');
  });

  it('reads a page whose tags never close, or repeat without end, in one bounded pass', () => {
    for (const page of [
      `<html>${'<script>'.repeat(20_000)}`,
      `<!doctype html><title>${'<'.repeat(50_000)}`,
      `<html><body>${'<b'.repeat(30_000)}`,
    ]) {
      expect(resolve(page)?.message).toBe('The server returned an HTML page');
    }
  });

  it('gives a resolver’s memory what the page says, not only that it was one', () => {
    const resolver = createExchangeErrorResolver({ exchanges, now: 0 });
    expect(resolver(CLOUDFRONT_BLOCK, { httpStatus: 403 })?.category).toBe('account-restricted');
    expect(resolver(CLOUDFRONT_OTHER, { httpStatus: 403 })?.category).toBe('account-restricted');
    expect(resolver({ status: 403, data: CLOUDFRONT_BLOCK })?.category).toBe('account-restricted');
    expect(resolver({ status: 403, data: CLOUDFRONT_OTHER })?.category).toBe('account-restricted');
  });
});
