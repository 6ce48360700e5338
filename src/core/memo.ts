/**
 * A bounded map whose oldest entry goes first when it is full: a resolver's memory of the errors
 * it met recently. A storm of one error, or a polling loop meeting the same one, costs a lookup.
 */
export class Memo<V> {
  private readonly entries = new Map<string, V>();

  constructor(private readonly max: number) {}

  get(key: string): V | undefined {
    return this.entries.get(key);
  }

  set(key: string, value: V): void {
    if (this.entries.size >= this.max && !this.entries.has(key)) {
      this.entries.delete(this.entries.keys().next().value ?? '');
    }
    this.entries.set(key, value);
  }

  get size(): number {
    return this.entries.size;
  }
}
