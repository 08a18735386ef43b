import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import { ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import { ApolloServerPluginInlineTrace } from "@apollo/server/plugin/inlineTrace";
import { expressMiddleware } from "@as-integrations/express5";
import compression from "compression";
import cors from "cors";
import express, { type Request } from "express";
import http from "node:http";
import type { AddressInfo } from "node:net";
import type { Config } from "./config.js";
import { createContext, type Context } from "./context.js";
import { createErrorFormatter } from "./format-error.js";
import { aliasLimit, MAX_TOKENS, nestingGuard, NoSubscriptionsRule } from "./limits.js";
import { jsonErrors, notFound } from "./web/errors.js";
import { graphiqlPage } from "./web/graphiql.js";
import type { Logger } from "./core/logger.js";
import { createStores, type Stores } from "./core/store/index.js";
import { buildGraphSchema } from "./schema.js";
import { closeTenant, createTenant, DEFAULT_TENANT, type Tenant } from "./tenants.js";
import { VENDOR_MODULES } from "./vendors.js";

export interface ServerOptions {
  config: Config;
  logger: Logger;
  /** The journal and state store; default: made from the configuration (REDIS_URL, HESABGRAPH_STATE_DIR). Closed on stop. */
  stores?: Stores;
}

export interface HesabgraphServer {
  /** e.g. `http://127.0.0.1:4000/graphql` once listening. */
  url: string;
  port: number;
  httpServer: http.Server;
  /** Stops accepting, lets in-flight requests finish (up to the shutdown timeout), closes vendor connections. */
  stop(): Promise<void>;
}

function wantsHtml(request: Request): boolean {
  return request.method === "GET" && request.query.query === undefined && request.accepts(["application/json", "text/html"]) === "text/html";
}

/** Builds the server and starts listening on `config.port` (0 for an ephemeral port). */
export async function startServer({ config, logger, stores = createStores(config) }: ServerOptions): Promise<HesabgraphServer> {
  const tenant: Tenant = createTenant(DEFAULT_TENANT, config.vendors, stores, logger);
  const app = express();
  app.disable("x-powered-by");
  const httpServer = http.createServer(app);

  const apollo = new ApolloServer<Context>({
    schema: await buildGraphSchema(),
    introspection: config.introspection,
    includeStacktraceInErrorResponses: false,
    // An operation of thousands of aliases would become thousands of calls to a
    // shop PC: refused before anything runs. (The schema has no cycles, so depth
    // is bounded by the schema itself and needs no limit.)
    validationRules: [aliasLimit(config.maxAliases), NoSubscriptionsRule],
    parseOptions: { maxTokens: MAX_TOKENS },
    // Signals are handled by src/main.ts, which stops the server and then the process;
    // Apollo's own handlers would stop the server and leave the process running.
    stopOnTerminationSignals: false,
    formatError: createErrorFormatter(logger),
    logger: {
      debug: (m) => logger.debug(m),
      info: (m) => logger.info(m),
      warn: (m) => logger.warn(m),
      error: (m) => logger.error(m),
    },
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer, stopGracePeriodMillis: config.shutdownTimeoutMs }),
      ApolloServerPluginLandingPageDisabled(),
      // Federated traces (ftv1) for a gateway that asks for them; installed here
      // so Apollo does not announce it in the log on every start.
      ApolloServerPluginInlineTrace(),
    ],
  });
  await apollo.start();

  app.get("/healthz", (_request, response) => {
    response.json({ status: "ok" });
  });

  app.get("/readyz", async (_request, response) => {
    const check = (ping: () => Promise<void>) =>
      ping().then(
        () => ({ ready: true }),
        (error: any) => ({ ready: false, code: error?.code ?? "ERROR", message: String(error?.message ?? error) }),
      );
    const checks = [...tenant.vendors].map(async ([name, vendor]) => [name, await check(() => vendor.ping())] as const);
    const [results, state] = await Promise.all([
      Promise.all(checks).then((entries) => Object.fromEntries(entries)),
      check(async () => {
        await Promise.all([stores.journal.ping(), stores.store.ping()]);
      }),
    ]);
    const ready = state.ready && Object.values(results).every((r) => r.ready);
    response.status(ready ? 200 : 503).json({ status: ready ? "ready" : "not ready", vendors: results, state });
  });

  // Vendors' own endpoints (OAuth callbacks, webhooks), each mounted by its module.
  for (const module of VENDOR_MODULES) {
    if (!module.routes) continue;
    const router = express.Router();
    module.routes(router, (tenantId) => (tenantId === tenant.id ? tenant.vendors.get(module.name) : undefined));
    app.use(router);
  }

  app.get("/graphql", (request, response, next) => {
    if (!wantsHtml(request)) return next();
    const page = graphiqlPage("/graphql");
    const encoding = request.acceptsEncodings(["br", "gzip", "identity"]);
    response.set({ "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-cache", Vary: "Accept-Encoding" });
    if (encoding === "br") response.set("Content-Encoding", "br").send(page.brotli);
    else if (encoding === "gzip") response.set("Content-Encoding", "gzip").send(page.gzip);
    else response.send(page.html);
  });

  if (config.corsOrigins.length > 0) {
    // Browser apps on other origins (HESABGRAPH_CORS_ORIGINS). Without it, only
    // same-origin pages (GraphiQL) and non-browser clients reach the graph.
    const origin = config.corsOrigins.includes("*") ? "*" : config.corsOrigins;
    app.use("/graphql", cors({ origin, methods: ["GET", "POST"], maxAge: 600 }));
  }

  app.use(
    "/graphql",
    compression(),
    express.json({ limit: "2mb" }),
    nestingGuard(),
    expressMiddleware(apollo, { context: async () => createContext(config, logger, tenant) }),
  );
  app.use(jsonErrors(logger));
  app.use(notFound);

  await new Promise<void>((resolve, reject) => {
    httpServer.once("error", reject);
    httpServer.listen(config.port, config.host, () => {
      httpServer.off("error", reject);
      resolve();
    });
  });
  const { port } = httpServer.address() as AddressInfo;
  const shownHost = config.host === "0.0.0.0" || config.host === "::" ? "localhost" : config.host;

  let stopping: Promise<void> | undefined;
  return {
    url: `http://${shownHost}:${port}/graphql`,
    port,
    httpServer,
    stop() {
      stopping ??= (async () => {
        await apollo.stop();
        await closeTenant(tenant);
        await Promise.all([stores.store.close(), stores.journal.close()]);
      })();
      return stopping;
    },
  };
}
