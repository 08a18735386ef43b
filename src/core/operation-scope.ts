import { AsyncLocalStorage } from "node:async_hooks";
import type { VendorCallEvent } from "./http/transport.js";

/**
 * What one GraphQL operation did, collected as it runs: the server opens a
 * scope around each request, and whatever runs on its behalf — resolvers,
 * DataLoader batches (they run in the async context of the load that
 * scheduled them), vendor calls deep in a datasource — reports here without
 * being handed anything. Work outside any request (a change-feed poll, a
 * readiness check) finds no scope and reports to the metrics alone.
 */
export interface OperationScope {
  /** A vendor call finished (answered or failed). */
  vendorCall(event: VendorCallEvent): void;
  /** A DataLoader sent one batch of `size` keys. */
  batch(loader: string, size: number): void;
}

const storage = new AsyncLocalStorage<OperationScope>();

/** Runs `fn` (and everything it starts) inside `scope`. */
export function runInOperation<T>(scope: OperationScope, fn: () => T): T {
  return storage.run(scope, fn);
}

/** The scope of the operation this code runs for, if any. */
export function currentOperation(): OperationScope | undefined {
  return storage.getStore();
}
