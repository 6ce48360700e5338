#!/usr/bin/env node
// @ts-check
// Checks the built package as a consumer would meet it: every export subpath resolves to a file
// with types, the core entry never imports React, client entries carry 'use client', and publint
// finds nothing to fix. Run after `npm run build`.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));

/** @type {string[]} */
const problems = [];
const read = (/** @type {string} */ file) => readFileSync(path.join(root, file), 'utf8');

for (const [subpath, target] of Object.entries(pkg.exports)) {
  const files = typeof target === 'string' ? [target] : Object.values(target);
  for (const file of files) {
    if (!existsSync(path.join(root, file))) problems.push(`${subpath}: ${file} is missing`);
  }
  if (typeof target !== 'string' && target.import && !target.types) {
    problems.push(`${subpath}: no "types" condition`);
  }
}

/** Bare module specifiers a built file imports, e.g. `react`, `@radix-ui/react-toast`. */
const importsOf = (/** @type {string} */ file) =>
  [...read(file).matchAll(/(?:import|export)[^'"]*?from\s*['"]([^'"./][^'"]*)['"]/g)].map((m) => m[1]);

// The core and the catalogs must run in Node without React (bots, servers, logging).
for (const entry of ['dist/index.js', 'dist/catalogs/binance-spot.js', 'dist/catalogs/ltp.js']) {
  if (!existsSync(path.join(root, entry))) continue;
  const bare = importsOf(entry);
  if (bare.length) problems.push(`${entry} imports ${bare.join(', ')}; it must have no dependencies`);
}
for (const entry of ['dist/react.js']) {
  if (existsSync(path.join(root, entry)) && !/^['"]use client['"];/.test(read(entry))) {
    problems.push(`${entry} does not start with 'use client'`);
  }
}

const { messages } = await publint({ pkgDir: root, level: 'suggestion', strict: true });
for (const message of messages) {
  problems.push(`publint ${message.type}: ${formatMessage(message, pkg) ?? message.code}`);
}

if (problems.length) {
  console.error(problems.map((p) => `  - ${p}`).join('\n'));
  process.exit(1);
}
console.log(`package exports ok: ${Object.keys(pkg.exports).join(', ')}; publint clean`);
