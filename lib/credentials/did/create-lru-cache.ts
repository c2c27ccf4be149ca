// A small bounded cache with a time-to-live; Map keeps insertion order, which gives LRU for free.
import type { Clock } from "@/lib/credentials/types";

export interface LruCache<T> {
  get(key: string): T | undefined;
  set(key: string, value: T): void;
  delete(key: string): void;
  readonly size: number;
}

export interface CreateLruCacheOptions {
  maxEntries: number;
  ttlMs: number;
  clock: Clock;
}

/** Least-recently-used cache whose entries also expire after ttlMs on the injected clock. */
export function createLruCache<T>(options: CreateLruCacheOptions): LruCache<T> {
  const entries = new Map<string, { value: T; expiresAt: number }>();
  const now = () => options.clock.now().getTime();
  return {
    get(key) {
      const entry = entries.get(key);
      if (!entry) return undefined;
      if (entry.expiresAt <= now()) {
        entries.delete(key);
        return undefined;
      }
      entries.delete(key);
      entries.set(key, entry);
      return entry.value;
    },
    set(key, value) {
      entries.delete(key);
      entries.set(key, { value, expiresAt: now() + options.ttlMs });
      while (entries.size > options.maxEntries) {
        const oldest = entries.keys().next();
        if (oldest.done) break;
        entries.delete(oldest.value);
      }
    },
    delete(key) {
      entries.delete(key);
    },
    get size() {
      return entries.size;
    },
  };
}
