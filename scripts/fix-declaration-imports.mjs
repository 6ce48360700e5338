#!/usr/bin/env node
// @ts-check
// Adds `.js` to the relative imports in the emitted declarations (`./core/types` → `./core/types.js`).
// The sources use extensionless imports (moduleResolution "bundler"), which tsc copies into the
// .d.ts files as they are; TypeScript resolving the published package with "node16"/"nodenext" (an
// ESM package) cannot follow them and types every export as `any`. Runs after `tsc -p tsconfig.build.json`.
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const typesDir = path.join(root, 'dist/types');
// `from './x'`, `import('./x')`, `import './x'` and `declare module './x'`, relative only.
const SPECIFIER = /(\bfrom\s*|\bimport\s*\(\s*|\bimport\s+|\bmodule\s+)(['"])(\.{1,2}\/[^'"]*)\2/g;

/** @param {string} dir @returns {string[]} */
const declarations = (dir) =>
  readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) return declarations(file);
    return name.endsWith('.d.ts') ? [file] : [];
  });

if (!existsSync(typesDir)) {
  console.error(`fix-declaration-imports: ${path.relative(root, typesDir)} does not exist; run tsc first`);
  process.exit(1);
}
let rewritten = 0;
/** @type {string[]} */
const unresolved = [];
for (const file of declarations(typesDir)) {
  const text = readFileSync(file, 'utf8');
  const next = text.replace(SPECIFIER, (match, lead, quote, specifier) => {
    if (/\.(?:js|mjs|cjs|json|css)$/.test(specifier)) return match;
    const base = path.resolve(path.dirname(file), specifier);
    const target = existsSync(`${base}.d.ts`)
      ? `${specifier}.js`
      : existsSync(path.join(base, 'index.d.ts'))
        ? `${specifier.replace(/\/$/, '')}/index.js`
        : undefined;
    if (!target) {
      unresolved.push(`${path.relative(root, file)}: ${specifier}`);
      return match;
    }
    rewritten++;
    return `${lead}${quote}${target}${quote}`;
  });
  if (next !== text) writeFileSync(file, next);
}
if (unresolved.length) {
  console.error(`fix-declaration-imports: no declaration for\n  ${unresolved.join('\n  ')}`);
  process.exit(1);
}
console.log(`fix-declaration-imports: ${rewritten} relative imports now end in .js`);
