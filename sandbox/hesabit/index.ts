// Hesabit simulator: an in-process plain-HTTP server that answers like
// Hesabit's OAuth 2.0 server and /v1/ API (seeds/hesabit-*.txt and the public
// evidence in VENDORS.md), strictly, with its own state per instance and
// switchable faults. Used by integration tests and by `npm start` in sandbox
// mode. Imports nothing from datasources/.
import { randomInt } from "node:crypto";
import type { Socket } from "node:net";
import { handleApi } from "./api/router.js";
import { FaultController } from "./faults.js";
import { handleOAuth } from "./oauth.js";
import { OAuthStore, type Client } from "./oauth-store.js";
import { loadPersisted, restore, savePersisted, snapshot } from "./persist.js";
import { Quota } from "./quota.js";
import { applySeed } from "./seed-data.js";
import { startHttp } from "./http.js";
import { HesabitState } from "./state.js";
import type { HesabitSimulator, HesabitSimulatorOptions, RecordedRequest } from "./types.js";

export type { HesabitFaultKind, HesabitFaults, HesabitSimulator, HesabitSimulatorOptions, RecordedRequest } from "./types.js";
export { HesabitState } from "./state.js";
export type { Account, Customer, CustomerFields, Invoice, Item, SentLink, Transaction, TransactionStatus } from "./state.js";
export { tehranDay, nextTehranMidnight } from "./quota.js";

/** The business whose data the sandbox user "approves" access to. */
const ACCOUNT_NAME = "فروشگاه نمونه";

function positiveInteger(value: number | undefined, fallback: number, name: string): number {
  const result = value ?? fallback;
  if (!(Number.isInteger(result) && result >= 1)) throw new RangeError(`${name} must be a positive integer`);
  return result;
}

/** The registered client: from the options, else the one persistFile holds, else a new one. */
function registerClient(store: OAuthStore, options: HesabitSimulatorOptions): Client {
  const remembered = options.clientId ? store.clients.get(options.clientId) : [...store.clients.values()][0];
  const client: Client = {
    clientId: options.clientId ?? remembered?.clientId ?? store.newUuid(),
    clientSecret: options.clientSecret ?? remembered?.clientSecret ?? store.newUuid(),
    redirectUris: options.redirectUris ? [...options.redirectUris] : (remembered?.redirectUris ?? null),
  };
  if (client.clientId === "" || client.clientSecret === "") throw new Error("the Hesabit simulator's client id and secret must not be empty");
  store.register(client);
  return client;
}

export async function startHesabitSimulator(options: HesabitSimulatorOptions = {}): Promise<HesabitSimulator> {
  const host = options.host ?? "127.0.0.1";
  const now = options.now ?? Date.now;
  const random = (n: number) => randomInt(n);
  const store = new OAuthStore(
    random,
    now,
    positiveInteger(options.tokenLifetimeSeconds, 36000, "tokenLifetimeSeconds"),
    positiveInteger(options.codeLifetimeSeconds, 60, "codeLifetimeSeconds"),
  );
  const state = new HesabitState(random);
  const persisted = options.persistFile ? loadPersisted(options.persistFile) : null;
  if (persisted) restore(persisted, store, state);
  else if (options.seed !== false) applySeed(state);
  const client = registerClient(store, options);

  const save = () => {
    if (options.persistFile) savePersisted(options.persistFile, snapshot(store, state));
  };
  save();

  const quota = new Quota(options.dailyQuota ?? 20000, now);
  const sockets = new Set<Socket>();
  const destroyAll = () => {
    for (const socket of sockets) socket.destroy();
    sockets.clear();
  };
  const faults = new FaultController(destroyAll);
  const requests: RecordedRequest[] = [];
  const oauthOptions = {
    store,
    autoApprove: options.autoApprove ?? false,
    rotateRefreshTokens: options.rotateRefreshTokens ?? false,
    accountName: ACCOUNT_NAME,
  };
  const apiOptions = { ctx: { state, now, fullCustomerReads: options.fullCustomerReads ?? false }, store, quota };
  const server = await startHttp({
    host,
    port: options.port ?? 0,
    faults,
    requests,
    now,
    sockets,
    oauth: (incoming) => handleOAuth(oauthOptions, incoming),
    api: (incoming) => handleApi(apiOptions, incoming),
    onChange: save,
  });
  const address = server.address();
  if (address === null || typeof address === "string") throw new Error("the Hesabit simulator is not listening on TCP");
  const base = `http://${host.includes(":") ? `[${host}]` : host}:${address.port}/`;

  let closed: Promise<void> | undefined;
  return {
    apiUrl: `${base}v1/`,
    authUrl: `${base}oauth2/`,
    tokenUrl: `${base}oauth2/token`,
    port: address.port,
    clientId: client.clientId,
    clientSecret: client.clientSecret,
    requests,
    count: (filter = {}) =>
      requests.filter(
        (r) =>
          (filter.method === undefined || r.method === filter.method.toUpperCase()) &&
          (filter.pathPrefix === undefined || r.path.startsWith(filter.pathPrefix)),
      ).length,
    resetRequests: () => {
      requests.length = 0; // in place: callers may hold the array
    },
    grants: store.grants,
    issueTokens: () => {
      const access = store.issueAccessToken(client.clientId, "write");
      const refresh = store.issueRefreshToken(client.clientId, "write");
      save();
      return { accessToken: access.token, refreshToken: refresh.token, expiresIn: store.tokenLifetime };
    },
    expireAccessTokens: () => {
      store.expireAccessTokens();
      save();
    },
    revokeRefreshTokens: () => {
      store.revokeRefreshTokens();
      save();
    },
    quota: { used: (clientId?: string) => quota.used(clientId ?? client.clientId), reset: () => quota.reset() },
    state,
    faults,
    close: () =>
      (closed ??= new Promise<void>((resolve, reject) => {
        server.close(() => {
          try {
            save();
            resolve();
          } catch (error) {
            reject(error instanceof Error ? error : new Error(String(error)));
          }
        });
        destroyAll();
      })),
  };
}
