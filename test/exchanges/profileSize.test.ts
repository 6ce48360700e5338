// @vitest-environment node
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import type { ExchangeProfile } from '../../src/core/profile';
import { binanceUsdm } from '../../src/exchanges/binance-usdm';
import { bybit } from '../../src/exchanges/bybit';
import { okx } from '../../src/exchanges/okx';

const root = path.resolve(__dirname, '../..');
const core = path.join(root, 'src/core');

/**
 * The catalog's own data as `scripts/check-package.mjs` measures it: codes, names and messages
 * (and filter and rejection texts) as compact JSON, gzip level 9.
 */
function rawDataGzip(profile: ExchangeProfile): number {
  const { catalog } = profile;
  const data = JSON.stringify([
    catalog.entries.map((entry) => [entry.code, entry.name ?? 0, entry.messages]),
    catalog.filters.map((filter) => [filter.filter, filter.message, filter.description]),
    catalog.rejections.map((rejection) => [rejection.message, rejection.description]),
  ]);
  return gzipSync(data, { level: 9 }).length;
}

/** The profile's entry bundled and minified as an app would import it, the core left out (min + gzip -9). */
async function bundleGzip(id: string): Promise<number> {
  const result = await build({
    entryPoints: [path.join(root, 'src/exchanges', id, 'index.ts')],
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
    logLevel: 'silent',
    absWorkingDir: root,
    plugins: [
      {
        name: 'core-external',
        setup(plugin) {
          plugin.onResolve({ filter: /^\./ }, (args) => {
            const target = path.resolve(args.resolveDir, args.path);
            // Named from the project's root, so the size is the same wherever it is checked out.
            return target.startsWith(core)
              ? { path: path.relative(root, target), external: true }
              : undefined;
          });
        },
      },
    ],
  });
  const code = Buffer.concat(result.outputFiles.map((file) => file.contents));
  return gzipSync(code, { level: 9 }).length;
}

describe.each([binanceUsdm, okx, bybit].map((profile) => [profile.id, profile] as const))(
  'the %s profile bundle',
  (id, profile) => {
    it('is within 1.3 times its raw data (codes, names and messages as compact JSON, gzip -9)', async () => {
      const raw = rawDataGzip(profile);
      const bundle = await bundleGzip(id);
      console.log(`${id}: bundle ${bundle} B min+gzip, raw data ${raw} B, ${(bundle / raw).toFixed(3)}x`);
      expect(bundle).toBeLessThanOrEqual(Math.floor(1.3 * raw));
      // The data is all there: the bundle is no smaller than the codes and messages themselves.
      expect(bundle).toBeGreaterThan(raw);
    });
  },
);
