// Run only by test/boundary/consoleGuard.test.ts, through its own config: each test here shows one
// way the console guard must judge a test.
import { render } from '@testing-library/react';
import { useEffect } from 'react';
import { expect, it } from 'vitest';
import { expectConsole } from './consoleGuard';

function Noisy({ level }: { level: 'error' | 'warn' }) {
  useEffect(() => {
    console[level](`Noisy component: something is wrong (${level})`);
  }, [level]);
  return <p>noisy</p>;
}

function BadNesting() {
  return (
    <p>
      <p>nested</p>
    </p>
  );
}

it('fails: a component logs console.error', () => {
  render(<Noisy level="error" />);
  expect(document.body).toHaveTextContent('noisy');
});

it('fails: a component logs console.warn', () => {
  render(<Noisy level="warn" />);
});

it('fails: React warns about invalid nesting', () => {
  render(<BadNesting />);
});

it('passes: the test asserts the exact warning it provokes', () => {
  expectConsole('error', 'Noisy component: something is wrong (error)');
  render(<Noisy level="error" />);
});

it('fails: an expected warning never comes', () => {
  expectConsole('warn', /this never happens/);
  render(<p>quiet</p>);
});

it('fails: a spy swallows the console and is never restored', () => {
  console.error = () => {};
  render(<Noisy level="error" />);
});
