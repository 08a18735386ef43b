import { collectDefaultMetrics, Counter, Histogram, Registry } from "prom-client";
import type { VendorCallEvent } from "../core/http/transport.js";

/**
 * The server's Prometheus metrics (GET /metrics). One registry per server,
 * so several servers in one process (tests) count apart. Labels hold names
 * from bounded sets only — operation names as clients chose them (cut to a
 * bounded number of distinct ones), vendor commands, error codes — never a
 * tenant's id, a variable, a key or a URL.
 */
export class Metrics {
  readonly registry = new Registry();
  private readonly operations: Counter<"operation" | "type" | "outcome">;
  private readonly operationSeconds: Histogram<"type">;
  private readonly vendorCalls: Counter<"vendor" | "command" | "outcome">;
  private readonly vendorSeconds: Histogram<"vendor" | "command">;
  private readonly batchSizes: Histogram<"loader">;
  private readonly journal: Counter<"vendor" | "event">;
  private readonly unkeyedWrites: Counter<"field" | "outcome">;
  private readonly refused: Counter<"reason">;
  private readonly operationNames = new Set<string>();

  constructor() {
    const registers = [this.registry];
    collectDefaultMetrics({ register: this.registry });
    this.operations = new Counter({
      name: "hesabgraph_operations_total",
      help: "GraphQL operations by name, type and outcome (ok, partial: data with errors, error: no data, refused: stopped before running).",
      labelNames: ["operation", "type", "outcome"],
      registers,
    });
    this.operationSeconds = new Histogram({
      name: "hesabgraph_operation_duration_seconds",
      help: "How long GraphQL operations took, from the request to the answer.",
      labelNames: ["type"],
      buckets: [0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
      registers,
    });
    this.vendorCalls = new Counter({
      name: "hesabgraph_vendor_calls_total",
      help: "Calls to vendors by vendor, command and outcome of the HTTP exchange (ok: an answer with a 2xx status, whatever the vendor said in it; http_<status>; or the error code of a call that got no answer).",
      labelNames: ["vendor", "command", "outcome"],
      registers,
    });
    this.vendorSeconds = new Histogram({
      name: "hesabgraph_vendor_call_duration_seconds",
      help: "How long vendor calls took, answered or not.",
      labelNames: ["vendor", "command"],
      buckets: [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
      registers,
    });
    this.batchSizes = new Histogram({
      name: "hesabgraph_dataloader_batch_size",
      help: "Keys per DataLoader batch (one vendor call for vendors with a batch read), by loader.",
      labelNames: ["loader"],
      buckets: [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000],
      registers,
    });
    this.journal = new Counter({
      name: "hesabgraph_journal_events_total",
      help: "Idempotency journal: keys begun (PENDING), completed (DONE), answered from the journal (replayed), found PENDING at begin (found_pending), found held by another attempt (waited, once per look), given back (released), left PENDING with their fate unknown (unknown).",
      labelNames: ["vendor", "event"],
      registers,
    });
    this.unkeyedWrites = new Counter({
      name: "hesabgraph_writes_without_idempotency_key_total",
      help: "Mutation fields sent without an idempotencyKey, by field, and whether they were run or refused (HESABGRAPH_REQUIRE_IDEMPOTENCY_KEY).",
      labelNames: ["field", "outcome"],
      registers,
    });
    this.refused = new Counter({
      name: "hesabgraph_requests_refused_total",
      help: "Requests refused before any GraphQL ran, by reason (unauthenticated, forbidden_origin).",
      labelNames: ["reason"],
      registers,
    });
  }

  /** At most this many distinct operation names are kept as labels; later ones count as `other`. */
  static readonly MAX_OPERATION_NAMES = 200;

  private operationLabel(name: string | undefined): string {
    if (!name) return "anonymous";
    if (this.operationNames.has(name)) return name;
    if (this.operationNames.size >= Metrics.MAX_OPERATION_NAMES || !/^[A-Za-z_][A-Za-z0-9_]{0,99}$/.test(name)) return "other";
    this.operationNames.add(name);
    return name;
  }

  operation(name: string | undefined, type: string, outcome: string, seconds?: number): void {
    this.operations.inc({ operation: this.operationLabel(name), type, outcome });
    if (seconds !== undefined) this.operationSeconds.observe({ type }, seconds);
  }

  vendorCall(event: VendorCallEvent): void {
    const outcome = event.outcome !== "ok" ? event.outcome : event.status !== undefined && (event.status < 200 || event.status > 299) ? `http_${event.status}` : "ok";
    this.vendorCalls.inc({ vendor: event.vendor, command: event.operation, outcome });
    this.vendorSeconds.observe({ vendor: event.vendor, command: event.operation }, event.ms / 1000);
  }

  batch(loader: string, size: number): void {
    this.batchSizes.observe({ loader }, size);
  }

  journalEvent(vendor: string, event: string): void {
    this.journal.inc({ vendor, event });
  }

  writeWithoutKey(field: string, outcome: "sent" | "refused"): void {
    this.unkeyedWrites.inc({ field, outcome });
  }

  refusal(reason: string): void {
    this.refused.inc({ reason });
  }

  text(): Promise<string> {
    return this.registry.metrics();
  }

  get contentType(): string {
    return this.registry.contentType;
  }
}
