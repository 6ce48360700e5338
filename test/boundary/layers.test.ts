import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { binanceSpot } from '../../src/exchanges/binance-spot';
import { ltp } from '../../src/exchanges/ltp';

const root = path.resolve(import.meta.dirname, '../../src');
const filesUnder = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    return statSync(file).isDirectory() ? filesUnder(file) : /\.tsx?$/.test(name) ? [file] : [];
  });
const relative = (file: string) => path.relative(root, file);

/** The code of a file without its comments: TSDoc examples may show an exchange, code may not. */
function codeOf(file: string): string {
  return readFileSync(file, 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/(^|[^:\\'"`])\/\/.*$/gm, '$1');
}

/** Each import of a file: what it imports from, and whether only types. */
function importsOf(file: string): { from: string; typeOnly: boolean }[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/^(import|export)\s+(type\s+)?[^'";]*?from\s+['"]([^'"]+)['"]/gm)].map((m) => ({
    from: m[3]!,
    typeOnly: Boolean(m[2]) || (/^import\s+\{\s*type\s[^}]*\}/.test(m[0]) && !/,\s*(?!type\s)\w/.test(m[0])),
  }));
}
const resolved = (file: string, from: string) =>
  from.startsWith('.') ? path.relative(root, path.resolve(path.dirname(file), from)) : from;

// Every exchange a dashboard meets, by name, and API hosts of any of them.
const EXCHANGE_WORDS =
  /binance|\bltp\b|rapidx|okx|bybit|bytick|kucoin|kraken|coinbase|bitget|gate\.io|huobi|\bhtx\b|mexc|bitfinex|deribit|bitmex|x-mbx|x-bapi|ok-access/i;
const HOST = /\b[a-z0-9-]+\.(?:com|io|org|net|vision|us|co|exchange)\b/i;

describe('the core knows no exchange', () => {
  const core = filesUnder(path.join(root, 'core'));
  // Codes the exchanges document, beyond what an HTTP status could be; round thousands aside,
  // which the code uses as units and bounds (1000 ms, 2000 characters).
  const codes = new Set(
    [binanceSpot, ltp].flatMap((p) => [...p.catalog.entries.map((e) => e.code), ...p.catalog.successCodes]),
  );
  const exchangeCodes = [...codes].filter((code) => Math.abs(code) >= 600 && (code < 0 || code % 1000 !== 0));

  it('names no exchange and no API host in the code of src/core', () => {
    const offenders = core.flatMap((file) => {
      const code = codeOf(file);
      const word = EXCHANGE_WORDS.exec(code) ?? HOST.exec(code);
      return word ? [`${relative(file)}: ${word[0]}`] : [];
    });
    expect(offenders).toEqual([]);
  });

  it('holds no exchange-specific code or literal (documented codes, success strings)', () => {
    const offenders = core.flatMap((file) => {
      const code = codeOf(file);
      const literals = [...code.matchAll(/(?<![\w.$])-?\d+(?![\w.])/g)].map((m) => Number(m[0]));
      const found = literals.filter((n) => exchangeCodes.includes(n));
      const strings = [...code.matchAll(/(['"`])(0{4,}|\d{5,})\1/g)].map((m) => m[2]);
      return [...found, ...strings].map((value) => `${relative(file)}: ${value}`);
    });
    expect(offenders).toEqual([]);
  });
});

describe('the layers point one way', () => {
  it('catalog data imports no runtime code', () => {
    const data = filesUnder(root).filter((file) => file.endsWith('.data.ts'));
    expect(data.length).toBeGreaterThan(0);
    const offenders = data.flatMap((file) =>
      importsOf(file)
        .filter((i) => !i.typeOnly)
        .map((i) => `${relative(file)} imports ${i.from}`),
    );
    expect(offenders).toEqual([]);
  });

  it('src/core imports no React, no component, no React binding and no exchange profile', () => {
    const offenders = filesUnder(path.join(root, 'core')).flatMap((file) =>
      importsOf(file)
        .map((i) => resolved(file, i.from))
        .filter((to) =>
          /^(?:react|react-dom|@radix-ui\/)|^(?:react|components|exchanges|integrations)\//.test(to),
        )
        .map((to) => `${relative(file)} imports ${to}`),
    );
    expect(offenders).toEqual([]);
  });

  it('src/react imports no components (the ./react entry file puts both together)', () => {
    const offenders = filesUnder(path.join(root, 'react')).flatMap((file) =>
      importsOf(file)
        .map((i) => resolved(file, i.from))
        .filter((to) => to.startsWith('components/'))
        .map((to) => `${relative(file)} imports ${to}`),
    );
    expect(offenders).toEqual([]);
  });

  it('exchange profiles use the core only through its types and public helpers', () => {
    // Public helpers: the order-rules API (`exchange-error-kit/rules`: exact decimals) and the
    // wire readers the main entry exports for any profile (`readField`, `readCode`).
    const offenders = filesUnder(path.join(root, 'exchanges')).flatMap((file) =>
      importsOf(file)
        .filter((i) => !i.typeOnly)
        .map((i) => resolved(file, i.from))
        .filter(
          (to) =>
            /^(?:core|react|components|integrations|locale)\//.test(to) &&
            !to.startsWith('core/rules/') &&
            to !== 'core/wireValues',
        )
        .map((to) => `${relative(file)} imports ${to}`),
    );
    expect(offenders).toEqual([]);
  });
});
