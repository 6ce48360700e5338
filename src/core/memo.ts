/** What a {@link Memo} keeps each generation in: a `Map`, or a `WeakMap` for objects. */
interface Generation<K, V> {
  get(key: K): V | undefined;
  set(key: K, value: V): unknown;
  has(key: K): boolean;
}

/**
 * A bounded memory of two generations: entries go into the newer one, and when it holds `max`
 * it becomes the older one, the previous older one dropped whole. An entry found in the older
 * generation moves to the newer, so what keeps being met stays while a run of new keys passes
 * through. A resolver's memory of the errors it met recently: a storm of one error, or a polling
 * loop meeting the same one, costs a lookup, and a new error costs no eviction walk (deleting a
 * `Map`'s first entry one at a time leaves holes every later `keys().next()` steps over).
 *
 * Over a `WeakMap` (objects as keys), it also bounds what the collector has to trace: a weak
 * map's entries cost every collection something for as long as their keys live, and an app may
 * keep every error it ever met.
 */
export class Memo<K, V> {
  private newer: Generation<K, V>;
  private older: Generation<K, V> | undefined;
  private count = 0;

  /** @param max entries per generation: at most twice as many are held. */
  constructor(
    private readonly max: number,
    private readonly generation: () => Generation<K, V> = () => new Map<K, V>(),
  ) {
    this.newer = generation();
  }

  get(key: K): V | undefined {
    const value = this.newer.get(key);
    if (value !== undefined || !this.older) return value;
    const old = this.older.get(key);
    if (old !== undefined) this.set(key, old);
    return old;
  }

  set(key: K, value: V): void {
    if (!this.newer.has(key)) {
      if (this.count >= this.max) {
        this.older = this.newer;
        this.newer = this.generation();
        this.count = 0;
      }
      this.count++;
    }
    this.newer.set(key, value);
  }
}
