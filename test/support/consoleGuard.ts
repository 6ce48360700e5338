/**
 * Every `console.error` and `console.warn` during a test fails it: a warning React, Radix or the kit
 * logs is one a user would see in their console. A test that provokes one on purpose says which,
 * exactly, with {@link expectConsole}; an expected message that never comes fails the test too.
 *
 * Used by the unit project (`test/setup.ts`) and the story tests (`.storybook/vitest.setup.ts`).
 */
import { afterEach, beforeEach } from 'vitest';

type Level = 'error' | 'warn';
type Matcher = string | RegExp;

interface Expected {
  level: Level;
  matcher: Matcher;
  seen: number;
}

const levels: readonly Level[] = ['error', 'warn'];
let logged: { level: Level; text: string }[] = [];
let expected: Expected[] = [];
const original = { error: console.error, warn: console.warn };
const guards = {
  error: (...args: unknown[]) => record('error', args),
  warn: (...args: unknown[]) => record('warn', args),
};

/** The message as the console prints it: `%s` and friends filled from the arguments that follow. */
export function formatConsoleArgs(args: readonly unknown[]): string {
  const [first, ...rest] = args;
  if (typeof first !== 'string') return args.map(show).join(' ');
  let i = 0;
  const text = first.replace(/%[sdifoOc%]/g, (token) => {
    if (token === '%%') return '%';
    if (i >= rest.length) return token;
    const value = rest[i++];
    return token === '%c' ? '' : show(value);
  });
  return [text, ...rest.slice(i).map(show)].join(' ');
}

function show(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value instanceof Error) return `${value.name}: ${value.message}`;
  try {
    return typeof value === 'object' ? JSON.stringify(value) : String(value);
  } catch {
    return String(value);
  }
}

const matches = (matcher: Matcher, text: string) =>
  typeof matcher === 'string' ? text === matcher || text.startsWith(`${matcher}\n`) : matcher.test(text);

function record(level: Level, args: unknown[]): void {
  const text = formatConsoleArgs(args);
  const wanted = expected.find((e) => e.level === level && matches(e.matcher, text));
  if (wanted) wanted.seen++;
  else {
    logged.push({ level, text });
    // Still printed, so the failure shows where it came from.
    original[level](...args);
  }
}

/**
 * Declares a console message this test provokes on purpose. It is then not a failure, and it must
 * come: a string matches the whole message (or its first line), a RegExp any part of it.
 *
 * @example
 * ```ts
 * expectConsole('error', /a custom renderer threw/);
 * ```
 */
export function expectConsole(level: Level, ...matchers: Matcher[]): void {
  for (const matcher of matchers) expected.push({ level, matcher, seen: 0 });
}

/** Installs the guard around every test of the file that imports it (through a setup file). */
export function installConsoleGuard(): void {
  beforeEach(() => {
    logged = [];
    expected = [];
    for (const level of levels) console[level] = guards[level];
  });
  afterEach(() => {
    const replaced = levels.filter((level) => console[level] !== guards[level]);
    for (const level of levels) console[level] = original[level];
    const problems = [
      ...logged.map(({ level, text }) => `unexpected console.${level}: ${text}`),
      ...expected
        .filter((e) => e.seen === 0)
        .map((e) => `expected console.${e.level} never came: ${String(e.matcher)}`),
      ...replaced.map(
        (level) => `console.${level} was replaced and not restored; use expectConsole() instead of a spy`,
      ),
    ];
    logged = [];
    expected = [];
    if (problems.length) throw new Error(problems.join('\n'));
  });
}
