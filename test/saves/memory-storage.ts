import type { StorageLike } from '../../src/saves/save-library';

export interface MemoryStorageOptions {
  /** Most characters (keys plus values, as browsers count them) it holds before refusing. */
  readonly quota?: number;
  /** Every call throws a SecurityError, as storage does when the browser blocks it. */
  readonly blocked?: boolean;
}

/**
 * The Web Storage interface in memory, for tests without a browser: keys and values are coerced
 * to strings, `key(i)` follows insertion order, and a write past the quota throws a
 * QuotaExceededError and changes nothing, as `localStorage.setItem` does.
 */
export class MemoryStorage implements StorageLike {
  readonly #items = new Map<string, string>();
  readonly #quota: number;
  readonly #blocked: boolean;

  constructor(options: MemoryStorageOptions = {}) {
    this.#quota = options.quota ?? Number.POSITIVE_INFINITY;
    this.#blocked = options.blocked ?? false;
  }

  get length(): number {
    this.#check();
    return this.#items.size;
  }

  key(index: number): string | null {
    this.#check();
    // WebIDL `unsigned long`: the index wraps modulo 2^32.
    const i = Math.trunc(Number(index)) >>> 0;
    return [...this.#items.keys()][i] ?? null;
  }

  getItem(key: string): string | null {
    this.#check();
    return this.#items.get(String(key)) ?? null;
  }

  setItem(key: string, value: string): void {
    this.#check();
    const k = String(key);
    const text = String(value);
    const old = this.#items.get(k);
    const used = this.used() - (old === undefined ? 0 : k.length + old.length);
    if (used + k.length + text.length > this.#quota) {
      throw new DOMException(
        `Setting the value of '${k}' exceeded the quota.`,
        'QuotaExceededError',
      );
    }
    this.#items.set(k, text);
  }

  removeItem(key: string): void {
    this.#check();
    this.#items.delete(String(key));
  }

  clear(): void {
    this.#check();
    this.#items.clear();
  }

  /** Characters held, keys included. */
  used(): number {
    let n = 0;
    for (const [k, v] of this.#items) n += k.length + v.length;
    return n;
  }

  /** Every item, in order, to compare before and after. */
  snapshot(): [string, string][] {
    return [...this.#items];
  }

  #check(): void {
    if (this.#blocked) throw new DOMException('The operation is insecure.', 'SecurityError');
  }
}
