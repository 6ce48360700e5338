// @ts-check
// The static Storybook, built and served on the loopback interface, for checks that open it in Chromium.
import { spawnSync } from 'node:child_process';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';

const types = /** @type {Record<string, string>} */ ({
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
});

/**
 * Serves `dir` under the URL prefix `base` (e.g. `/docs/storybook/`) on 127.0.0.1 and a free port.
 * @param {string} dir
 * @param {string} [base]
 * @returns {Promise<{ url: string, close: () => void }>}
 */
export async function serveStatic(dir, base = '/') {
  const server = createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
    if (!pathname.startsWith(base)) {
      res.writeHead(404).end();
      return;
    }
    let file = path.join(dir, path.normalize(`/${pathname.slice(base.length)}`));
    if (existsSync(file) && statSync(file).isDirectory()) file = path.join(file, 'index.html');
    if (!file.startsWith(dir) || !existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'Content-Type': types[path.extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { url: `http://127.0.0.1:${port}${base}`, close: () => server.close() };
}

/**
 * Builds the static Storybook into `out`; returns whether it succeeded.
 * @param {string} root the repository
 * @param {string} out
 */
export function buildStaticStorybook(root, out) {
  const build = spawnSync('npx', ['storybook', 'build', '--quiet', '-o', out], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, STORYBOOK_DISABLE_TELEMETRY: '1' },
  });
  return build.status === 0;
}
