import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

// Runs after every other test file (vitest.config.ts: its own project, a later group).
// Every credential the harness planted or saw on the wire, against everything the servers
// of the whole suite let out: log lines (at trace level), GraphQL answers and errors,
// /metrics scrapes, the output of started processes (test/support/capture.ts).

interface Entry {
  secret?: string;
  label?: string;
  kind?: string;
  text?: string;
}

const dir = process.env.HESABGRAPH_TEST_CAPTURE_DIR;

function entries(): Entry[] {
  if (!dir) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith(".jsonl"))
    .flatMap((name) => readFileSync(join(dir, name), "utf8").split("\n").filter(Boolean))
    .map((line) => JSON.parse(line) as Entry);
}

/** The secret, and for long ones their first and last 16 characters, which alone would give most of it away. */
function pieces(secret: string): string[] {
  return secret.length >= 32 ? [secret, secret.slice(0, 16), secret.slice(-16)] : [secret];
}

describe("no secret anywhere the suite's servers wrote", () => {
  const all = entries();
  const secrets = new Map<string, string>();
  for (const e of all) if (e.secret) secrets.set(e.secret, e.label ?? "?");
  const outputs = all.filter((e) => e.kind !== undefined);
  const ran = outputs.length > 0;

  it.skipIf(!ran || process.env.HESABGRAPH_TEST_WHOLE_SUITE !== "1")("captured the whole run: credentials of every kind, and log lines, answers, metrics and process output", () => {
    const labels = new Set(secrets.values());
    for (const label of ["TAHESAB_TOKEN", "HESABFA_API_KEY", "HESABFA_LOGIN_TOKEN", "HESABIT_CLIENT_SECRET", "HESABIT_REFRESH_TOKEN", "Hesabit access token"]) {
      expect([...labels], label).toContain(label);
    }
    expect([...labels].some((label) => label.startsWith("API key "))).toBe(true);
    const kinds = new Set(outputs.map((e) => e.kind));
    for (const kind of ["log", "answer", "metrics"]) expect([...kinds]).toContain(kind);
    // Trace-level lines really were written: every vendor call logs one.
    expect(outputs.some((e) => e.kind === "log" && e.text!.includes('"msg":"vendor call"'))).toBe(true);
  });

  it.skipIf(!ran)("finds none of them", () => {
    const leaks: string[] = [];
    for (const [secret, label] of secrets) {
      for (const piece of pieces(secret)) {
        const where = outputs.find((e) => e.text!.includes(piece));
        if (where) {
          const at = where.text!.indexOf(piece);
          leaks.push(`${label} in ${where.kind}: …${where.text!.slice(Math.max(0, at - 80), at).replaceAll(piece, "<SECRET>")}<SECRET>…`);
          break;
        }
      }
    }
    expect(leaks).toEqual([]);
  });
});
