// Hesabfa online-accounting API simulator: an in-process HTTP server that
// answers like https://api.hesabfa.com/v1/, strictly, written from the vendor
// evidence (/work/shared/VENDORS.md, the seed page, Hesabfa's official
// clients) and never from hesabgraph's client. Each instance has its own
// business, credentials and faults. Imports nothing outside sandbox/.
import { randomBytes } from "node:crypto";
import type { Socket } from "node:net";
import type { Credentials } from "./auth.js";
import { FaultController } from "./faults.js";
import { RequestIds } from "./idempotency.js";
import { RateLimiter } from "./rate-limit.js";
import { applySeed } from "./seed-data.js";
import { startServer } from "./server.js";
import { HesabfaState } from "./state.js";
import type { HesabfaSimulator, HesabfaSimulatorOptions, RecordedRequest } from "./types.js";
import { UserChanges } from "./user-change.js";
import { HookSender } from "./webhook.js";

export type { HesabfaFaultKind, HesabfaFaults, HesabfaSimulator, HesabfaSimulatorOptions, RecordedRequest } from "./types.js";
export type { RateLimit } from "./rate-limit.js";
export { HesabfaState, type ChangeHook, type HookDelivery } from "./state.js";
export { UserChanges } from "./user-change.js";
export { Dec } from "./decimal.js";
export { ErrorCode } from "./errors.js";
export type * from "./records.js";

function randomText(alphabet: string, length: number): string {
  const bytes = randomBytes(length);
  let text = "";
  for (let i = 0; i < length; i++) text += alphabet[bytes[i] % alphabet.length];
  return text;
}

const ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

export async function startHesabfaSimulator(options: HesabfaSimulatorOptions = {}): Promise<HesabfaSimulator> {
  const host = options.host ?? "127.0.0.1";
  const clock = options.clock ?? Date.now;
  const credentials: Credentials = {
    apiKey: options.apiKey ?? randomText(ALNUM, 32),
    loginToken: options.loginToken ?? randomBytes(48).toString("hex"),
    userId: options.userId ?? "owner@example.com",
    password: options.password ?? randomText(ALNUM, 16),
  };
  for (const [name, value] of Object.entries(credentials)) {
    if (value === "") throw new Error(`the Hesabfa simulator's ${name} must not be empty`);
  }

  const state = new HesabfaState(options.currency ?? "IRR", clock);
  if (options.seed !== false) applySeed(state);
  const hooks = new HookSender(state.hookDeliveries);
  state.hookSender = (hook, changes) => hooks.send(hook, changes);

  const sockets = new Set<Socket>();
  const destroyAll = () => {
    for (const socket of sockets) socket.destroy();
    sockets.clear();
  };
  const faults = new FaultController(destroyAll);
  const requests: RecordedRequest[] = [];
  const limiter = new RateLimiter(options.rateLimit === undefined ? { limit: 50, windowMs: 60_000 } : options.rateLimit, clock);
  const context = {
    state,
    credentials,
    requestIds: new RequestIds(clock),
    duplicates: options.duplicateRequests ?? "replay",
  };
  const server = await startServer({ host, port: options.port ?? 0, faults, limiter, requests, context, sockets });
  const address = server.address();
  if (address === null || typeof address === "string") throw new Error("the Hesabfa simulator is not listening on TCP");
  const urlHost = host.includes(":") ? `[${host}]` : host;

  let closed: Promise<void> | undefined;
  return {
    url: `http://${urlHost}:${address.port}/v1/`,
    port: address.port,
    ...credentials,
    requests,
    count: (method?: string) =>
      method === undefined ? requests.length : requests.filter((r) => r.method === method.replace(/^\/+/, "").toLowerCase()).length,
    resetRequests: () => {
      requests.length = 0; // in place: callers may hold the array
    },
    state,
    userChange: new UserChanges(state),
    faults,
    close: () =>
      (closed ??= new Promise<void>((resolve) => {
        hooks.close();
        server.close(() => resolve());
        destroyAll();
      })),
  };
}
