import DataLoader from "dataloader";
import { currentOperation } from "./operation-scope.js";

/**
 * DataLoaders for vendor lookups. A vendor that answers many keys in one call
 * (Tahesab's code lists, Hesabfa's `in` filters) gets `batchedLoader`: one
 * call per batch, each key then picked from the answer by its canonical form,
 * so "012" and "12" are one lookup and one answer. A vendor without a batch
 * call gets `parallelLoader`: one call per distinct key, in parallel (under
 * the vendor client's concurrency cap), each failing alone.
 */
export interface BatchedLoaderOptions<K> {
  /** The canonical form of a key: the cache key and how answers are matched to questions. */
  keyOf: (key: K) => string;
  /** Most keys per vendor call. */
  maxBatchSize?: number;
}

// Loaders are named by whoever makes them per request (the context names each
// vendor's loaders `<VENDOR>.<name>`), so batch sizes reach the metrics labelled
// without every vendor's loader file having to say it.
const names = new WeakMap<object, string>();

/** Names the DataLoaders among `loaders`' properties `<prefix>.<property>` (for the batch-size metric). */
export function nameLoaders(prefix: string, loaders: unknown): void {
  if (typeof loaders !== "object" || loaders === null) return;
  for (const [property, loader] of Object.entries(loaders)) {
    if (loader instanceof DataLoader) names.set(loader, `${prefix}.${property}`);
  }
}

function observeBatch(loader: object, size: number): void {
  currentOperation()?.batch(names.get(loader) ?? "unnamed", size);
}

/**
 * `fetch` answers a map by canonical key; a key absent from it is `null`
 * (unknown to the vendor), an Error in it fails that key's field alone.
 */
export function batchedLoader<K, V>(fetch: (keys: readonly K[]) => Promise<ReadonlyMap<string, V | Error>>, options: BatchedLoaderOptions<K>): DataLoader<K, V | null, string> {
  const loader: DataLoader<K, V | null, string> = new DataLoader<K, V | null, string>(
    async (keys) => {
      observeBatch(loader, keys.length);
      const found = await fetch(keys);
      return keys.map((key) => found.get(options.keyOf(key)) ?? null);
    },
    { cacheKeyFn: options.keyOf, maxBatchSize: options.maxBatchSize },
  );
  return loader;
}

/** One `fetch` per distinct key, in parallel; a failure fails that key's field alone. */
export function parallelLoader<K, V>(fetch: (key: K) => Promise<V | null>, keyOf: (key: K) => string): DataLoader<K, V | null, string> {
  const loader: DataLoader<K, V | null, string> = new DataLoader<K, V | null, string>((keys) => {
    observeBatch(loader, keys.length);
    return Promise.all(keys.map((key) => fetch(key).catch((error: unknown) => (error instanceof Error ? error : new Error(String(error))))));
  }, { cacheKeyFn: keyOf });
  return loader;
}
