import { Redis } from "ioredis";
import { ErrorCode, HesabgraphError } from "../errors.js";

/** A connection that fails a command quickly when Redis is away, instead of queueing it for ever. */
export function connectRedis(url: string): Redis {
  const redis = new Redis(url, {
    maxRetriesPerRequest: 1,
    connectTimeout: 2000,
    retryStrategy: (attempt) => Math.min(attempt * 200, 2000),
  });
  // Connection errors surface on the commands; without a listener ioredis would log them itself.
  redis.on("error", () => undefined);
  return redis;
}

/** Runs a Redis command; any failure is STATE_UNAVAILABLE, raised before a vendor is called. */
export async function inRedis<T>(command: () => Promise<T>): Promise<T> {
  try {
    return await command();
  } catch (error) {
    throw new HesabgraphError(ErrorCode.STATE_UNAVAILABLE, "The shared state store (Redis) cannot be reached; nothing was sent to the vendor. Retry later.", {
      retryable: true,
      cause: error,
    });
  }
}
