/**
 * A Map that keeps at most `capacity` entries: adding past it evicts the entry written longest
 * ago (insertion order; re-setting a key moves it to the end). The fake's stores are all bounded,
 * so a long test run or a hostile client cannot grow them without limit.
 */
export class BoundedMap<K, V> extends Map<K, V> {
  constructor(readonly capacity: number) {
    super();
  }

  override set(key: K, value: V): this {
    if (this.has(key)) this.delete(key);
    super.set(key, value);
    while (this.size > this.capacity) {
      const oldest = this.keys().next();
      if (oldest.done) break;
      this.delete(oldest.value);
    }
    return this;
  }
}
