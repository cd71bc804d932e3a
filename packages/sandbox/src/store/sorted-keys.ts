/**
 * A sorted set of strings with binary search, so that paginated and per-namespace lists walk a
 * ready-made order instead of sorting thousands of objects per request.
 */
export class SortedKeys {
  #keys: string[] = [];

  get size(): number {
    return this.#keys.length;
  }

  /** Index of the first key >= `key`. */
  lowerBound(key: string): number {
    let lo = 0;
    let hi = this.#keys.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((this.#keys[mid] as string) < key) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Index of the first key > `key`. */
  upperBound(key: string): number {
    let lo = 0;
    let hi = this.#keys.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((this.#keys[mid] as string) <= key) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  add(key: string): void {
    const last = this.#keys[this.#keys.length - 1];
    if (last === undefined || last < key) {
      this.#keys.push(key);
      return;
    }
    const at = this.lowerBound(key);
    if (this.#keys[at] !== key) this.#keys.splice(at, 0, key);
  }

  delete(key: string): void {
    const at = this.lowerBound(key);
    if (this.#keys[at] === key) this.#keys.splice(at, 1);
  }

  at(index: number): string | undefined {
    return this.#keys[index];
  }
}
