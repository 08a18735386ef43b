import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import { ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import { ApolloServerPluginInlineTrace } from "@apollo/server/plugin/inlineTrace";
import { expressMiddleware } from "@as-integrations/express5";
import compression from "compression";
import express from "express";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { authenticator, requireKey, type Caller } from "./auth/authenticate.js";
import { isLoopback, type Config } from "./config.js";
import { createContext, type Context } from "./context.js";
import { currentOperation, runInOperation } from "./core/operation-scope.js";
import type { Logger } from "./core/logger.js";
import { createStores, type Stores } from "./core/store/index.js";
import { costRule } from "./cost.js";
import { createErrorFormatter } from "./format-error.js";
import { aliasLimit, MAX_TOKENS, nestingGuard, NoSubscriptionsRule } from "./limits.js";
import { countedJournal } from "./observability/journal-metrics.js";
import { Metrics } from "./observability/metrics.js";
import { operationLog, OperationRecord } from "./observability/operation-log.js";
import { operationGuard } from "./operation-guard.js";
import { buildGraphSchema } from "./schema.js";
import { closeTenants, createTenants } from "./tenants.js";
import { VENDOR_MODULES } from "./vendors.js";
import { corsGuard } from "./web/cors.js";
import { jsonErrors, notFound } from "./web/errors.js";
import { graphiqlRoute } from "./web/graphiql.js";
import { healthRoutes } from "./web/health.js";
import { mountVendorRoutes } from "./web/vendor-routes.js";

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
  /** The server's Prometheus metrics (also at GET /metrics). */
  metrics: Metrics;
  /** Stops accepting, lets in-flight requests finish (up to the shutdown timeout), closes vendor connections. */
  stop(): Promise<void>;
}

/** What is said at every start about who may reach the graph. */
function announceSecurity(config: Config, logger: Logger): void {
  for (const warning of config.warnings) logger.warn(warning);
  if (config.keys.size > 0) {
    logger.info({ keys: config.keys.size, tenants: config.tenants.map((t) => t.id) }, "API keys required for /graphql");
  } else if (isLoopback(config.host)) {
    logger.info({ host: config.host }, "no API key configured: listening on this machine only (loopback); configure HESABGRAPH_API_KEYS to serve the network");
  } else {
    logger.warn(
      { host: config.host },
      "NO AUTHENTICATION: no API key is configured and the graph is reachable from other machines (HESABGRAPH_ALLOW_UNAUTHENTICATED=1); anyone who can reach it can read and write the books",
    );
  }
}

/** The assembly: builds the server and starts listening on `config.port` (0 for an ephemeral port). */
export async function startServer({ config, logger, stores: given }: ServerOptions): Promise<HesabgraphServer> {
  announceSecurity(config, logger);
  const metrics = new Metrics();
  const raw = given ?? createStores(config);
  const vendorNames = VENDOR_MODULES.map((m) => m.name);
  const stores: Stores = { store: raw.store, journal: countedJournal(raw.journal, vendorNames, (vendor, event) => metrics.journalEvent(vendor, event)) };
  const tenants = createTenants(config.tenants, stores, logger, (event) => {
    metrics.vendorCall(event);
    currentOperation()?.vendorCall(event);
  });
  const auth = authenticator(config.keys);
  const refused = (reason: string) => metrics.refusal(reason);

  const app = express();
  app.disable("x-powered-by");
  const httpServer = http.createServer(app);
  const schema = await buildGraphSchema();

  const apollo = new ApolloServer<Context>({
    schema,
    introspection: config.introspection,
    includeStacktraceInErrorResponses: false,
    // An operation of thousands of aliases would become thousands of calls to a
    // shop PC: refused before anything runs, as is one over the cost limit (operationGuard).
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
      operationGuard({ config, schema, rule: costRule(schema), metrics }),
      operationLog(logger, metrics),
    ],
  });
  await apollo.start();

  const routes = express.Router();
  healthRoutes(routes, tenants, stores);
  routes.get("/metrics", requireKey({ auth, logger, refused, purpose: "metrics" }), async (_request, response) => {
    response.set("Content-Type", metrics.contentType).send(await metrics.text());
  });
  app.use(routes);
  mountVendorRoutes(app, tenants, auth, logger, refused);

  if (config.graphiql) app.get("/graphql", graphiqlRoute);
  app.use(
    "/graphql",
    corsGuard(config.corsOrigins, logger, refused),
    requireKey({ auth, logger, refused, purpose: "graph" }),
    compression(),
    express.json({ limit: config.maxBodyBytes }),
    nestingGuard(),
    // Opened after the body is read (stream events run outside it): from here on,
    // everything the request starts reports its vendor calls to its record.
    (_request, response, next) => {
      const record = new OperationRecord(metrics);
      response.locals.operation = record;
      runInOperation(record, next);
    },
    expressMiddleware(apollo, {
      context: async ({ res }) => {
        const caller = res.locals.caller as Caller;
        return createContext(config, logger, tenants.get(caller.tenant)!, caller, res.locals.operation as OperationRecord);
      },
    }),
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
  const shownHost = config.host === "0.0.0.0" || config.host === "::" ? "localhost" : config.host.includes(":") ? `[${config.host}]` : config.host;

  let stopping: Promise<void> | undefined;
  return {
    url: `http://${shownHost}:${port}/graphql`,
    port,
    httpServer,
    metrics,
    stop() {
      stopping ??= (async () => {
        await apollo.stop();
        await closeTenants(tenants);
        await Promise.all([stores.store.close(), stores.journal.close()]);
      })();
      return stopping;
    },
  };
}
