// Tahesab API add-on simulator: an in-process HTTPS server that answers like
// the add-on on a shop's PC — the vendor page (seeds/tahesab-api.txt) as real
// clients see it (VENDORS.md) — strictly, with its own state per instance and
// switchable faults. Used by integration tests and by `npm start` in sandbox
// mode. Imports nothing from datasources/: it is an independent reading of the
// vendor evidence.
import { randomInt } from "node:crypto";
import type { Socket } from "node:net";
import { generateSelfSignedCertificate } from "../tls.js";
import { FaultController } from "./faults.js";
import { applySeed } from "./seed-data.js";
import { startServer } from "./server.js";
import { TahesabState } from "./state.js";
import type { RecordedRequest, TahesabSimulator, TahesabSimulatorOptions } from "./types.js";

export type {
  RecordedRequest,
  TahesabAddOn,
  TahesabErrorKey,
  TahesabFaultKind,
  TahesabFaults,
  TahesabSimulator,
  TahesabSimulatorOptions,
} from "./types.js";
export { TahesabState } from "./state.js";
export type {
  Balance, CoinKind, Customer, CustomerGroup, DocumentFacts, DocumentSummary, Etiket, RfidRead, SanadDocument,
} from "./state.js";
export { backEndOf } from "./environment.js";
export { fitsWindows1256, toWindows1256 } from "./text-storage.js";

export const DEFAULT_DB_NAMES: readonly string[] = ["DB", "DB1", "TahesabDB", "TahesabDB1"];

/** 80 characters, letter-digit pairs, like the seed's example token. */
function randomToken(): string {
  const letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  let token = "";
  for (let i = 0; i < 40; i++) token += letters[randomInt(letters.length)] + String(randomInt(1, 10));
  return token;
}

export async function startTahesabSimulator(options: TahesabSimulatorOptions = {}): Promise<TahesabSimulator> {
  const host = options.host ?? "127.0.0.1";
  const token = options.token ?? randomToken();
  if (token === "") throw new Error("the Tahesab simulator's token must not be empty");
  const dbNames = [...(options.dbNames ?? DEFAULT_DB_NAMES)];
  if (dbNames.length === 0) throw new Error("the Tahesab simulator needs at least one DBName");
  const addOn = options.addOn ?? "current";
  if (addOn !== "current" && addOn !== "older") throw new Error(`unknown Tahesab add-on ${String(addOn)}`);
  const errorKey = options.errorKey ?? "ERROR";
  if (errorKey !== "ERROR" && errorKey !== "Error") throw new Error(`unknown Tahesab error key ${String(errorKey)}`);

  const state = new TahesabState();
  if (options.seed !== false) applySeed(state);

  const { key, cert, sha256 } = await generateSelfSignedCertificate();
  const sockets = new Set<Socket>();
  const destroyAll = () => {
    for (const socket of sockets) socket.destroy();
    sockets.clear();
  };
  const faults = new FaultController(destroyAll);
  const requests: RecordedRequest[] = [];
  const server = await startServer({
    host, port: options.port ?? 0, key, cert, token, dbNames, state, requests, faults, sockets, addOn, errorKey,
  });
  const address = server.address();
  if (address === null || typeof address === "string") throw new Error("the Tahesab simulator is not listening on TCP");
  const urlHost = host.includes(":") ? `[${host}]` : host;

  let closed: Promise<void> | undefined;
  return {
    url: `https://${urlHost}:${address.port}/`,
    port: address.port,
    token,
    dbName: dbNames[0],
    addOn,
    errorKey,
    certificatePem: cert,
    certificateSha256: sha256,
    faults,
    requests,
    count: (command?: string) => (command === undefined ? requests.length : requests.filter((r) => r.command === command).length),
    resetRequests: () => {
      requests.length = 0; // in place: callers may hold the array
    },
    state,
    close: () =>
      (closed ??= new Promise<void>((resolve) => {
        server.close(() => resolve());
        destroyAll();
      })),
  };
}
