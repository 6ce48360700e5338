import { describe, expect, it } from 'vitest';
import { Memo } from '../../src/core/memo';

describe('Memo: a bounded memory of two generations', () => {
  it('holds the last `max` to `2 × max` entries set, and drops the oldest generation whole', () => {
    const memo = new Memo<string, number>(4);
    const keys = Array.from({ length: 10 }, (_, i) => `k${i}`);
    for (const [i, key] of keys.entries()) memo.set(key, i);
    // k0–k3 filled the first generation, k4–k7 the second; k8 dropped the first. (A key found in
    // the older generation moves to the newer, which may fill it: the newest are read first.)
    expect(['k9', 'k8', 'k7', 'k0', 'k1', 'k2', 'k3'].map((key) => memo.get(key))).toEqual([
      9,
      8,
      7,
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });

  it('keeps what keeps being met while a run of new keys passes through', () => {
    const memo = new Memo<string, number>(4);
    memo.set('storm', 1);
    for (let i = 0; i < 100; i++) {
      memo.set(`new${i}`, i);
      expect(memo.get('storm')).toBe(1);
    }
  });

  it('remembers falsy values, null among them, and a set of a held key takes no new place', () => {
    const memo = new Memo<string, number | null>(2);
    memo.set('zero', 0);
    memo.set('null', null);
    // Were each set counted, these would turn the generations over and drop `null`.
    for (let i = 0; i < 5; i++) memo.set('zero', 0);
    expect(memo.get('null')).toBeNull();
    expect(memo.get('zero')).toBe(0);
  });

  it('takes objects as keys over weak maps, by identity', () => {
    const memo = new Memo<object, string>(2, () => new WeakMap());
    const objects = Array.from({ length: 5 }, () => ({ code: -1013 }));
    for (const [i, object] of objects.entries()) memo.set(object, `#${i}`);
    expect(objects.map((object) => memo.get(object))).toEqual([undefined, undefined, '#2', '#3', '#4']);
    expect(memo.get({ code: -1013 })).toBeUndefined();
  });
});
