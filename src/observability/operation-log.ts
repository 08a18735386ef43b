import type { ApolloServerPlugin } from "@apollo/server";
import { Kind, type OperationDefinitionNode } from "graphql";
import type { Context } from "../context.js";
import type { VendorCallEvent } from "../core/http/transport.js";
import type { Logger } from "../core/logger.js";
import type { OperationScope } from "../core/operation-scope.js";
import type { Metrics } from "./metrics.js";

/** What one request's operation did, filled in as it runs (src/core/operation-scope.ts). */
export class OperationRecord implements OperationScope {
  readonly started = performance.now();
  /** Vendor calls by vendor. */
  readonly vendorCalls: Record<string, number> = {};

  constructor(private readonly metrics: Metrics) {}

  vendorCall(event: VendorCallEvent): void {
    this.vendorCalls[event.vendor] = (this.vendorCalls[event.vendor] ?? 0) + 1;
  }

  batch(loader: string, size: number): void {
    this.metrics.batch(loader, size);
  }
}

/**
 * One log line per operation, and the operation metrics: its name, type,
 * tenant (from the request's logger) and key name, how long it took, vendor calls by vendor, its outcome
 * and error codes. Never the operation's text, its variables or answers:
 * those may hold customers' details; the key is named, never shown.
 */
export function operationLog(logger: Logger, metrics: Metrics): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      let executed = false;
      return {
        async executionDidStart() {
          executed = true;
        },
        async willSendResponse({ response, operation, request, contextValue, document }) {
          const record = contextValue.operation;
          const seconds = (performance.now() - record.started) / 1000;
          const body = response.body.kind === "single" ? response.body.singleResult : undefined;
          const codes = [...new Set((body?.errors ?? []).map((e) => String(e.extensions?.code ?? "INTERNAL_SERVER_ERROR")))];
          const hasData = body?.data !== undefined && body.data !== null;
          const outcome = codes.length === 0 ? "ok" : !executed ? "refused" : hasData ? "partial" : "error";
          // An operation that did not validate has no resolved operation: its name is read from the text.
          const named = document?.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION && d.name) as OperationDefinitionNode | undefined;
          const name = operation?.name?.value ?? request.operationName ?? named?.name?.value ?? undefined;
          const type = operation?.operation ?? named?.operation ?? "unknown";
          metrics.operation(name, type, outcome, seconds);
          const line = {
            operation: name ?? null,
            type,
            key: contextValue.caller.keyName,
            ms: Math.round(seconds * 1000),
            vendorCalls: record.vendorCalls,
            cost: contextValue.cost,
            outcome,
            ...(codes.length ? { errors: codes } : {}),
          };
          if (outcome === "ok" || outcome === "partial") contextValue.logger.info(line, "operation");
          else contextValue.logger.warn(line, "operation");
        },
      };
    },
  };
}
