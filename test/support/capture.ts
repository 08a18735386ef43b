import { appendFileSync } from "node:fs";
import { randomBytes } from "node:crypto";
import { join } from "node:path";

// The secrets sweep (test/secrets-sweep/no-secret-anywhere.test.ts) runs after every other
// test file. Meanwhile each test process writes here every secret the harness planted or
// saw on the wire (credentials of every simulator and configuration, API keys, OAuth
// tokens) and everything the servers let out: every log line (captured at trace level,
// whatever LOG_LEVEL the test chose), every GraphQL answer, every /metrics scrape, every
// started process's output. test/support/global-setup.ts gives the folder.

const dir = process.env.HESABGRAPH_TEST_CAPTURE_DIR;
const file = dir ? join(dir, `capture-${process.pid}-${randomBytes(4).toString("hex")}.jsonl`) : undefined;
let buffered: string[] = [];

export type CaptureKind = "log" | "answer" | "metrics" | "output";

export const capturing = file !== undefined;

/** Writes what was buffered (also done when the process exits). */
export function flushCapture(): void {
  if (!file || buffered.length === 0) return;
  appendFileSync(file, buffered.join(""));
  buffered = [];
}

if (file) process.on("exit", flushCapture);

function record(entry: object): void {
  if (!file) return;
  buffered.push(JSON.stringify(entry) + "\n");
  if (buffered.length >= 500) flushCapture();
}

/** A secret value that must never appear in anything captured; `label` says which credential it is. */
export function plantSecret(label: string, value: string | undefined): void {
  if (value && value.length >= 8) record({ secret: value, label });
}

export function capture(kind: CaptureKind, text: string): void {
  record({ kind, text });
}

/** Variables whose values are credentials (the API keys' hashes are not). */
export const SECRET_VARIABLE = /(TOKEN|_API_KEY|PASSWORD|SECRET)$/;

/** Plants every credential of an environment. */
export function plantEnvSecrets(env: Record<string, string | undefined>): void {
  for (const [name, value] of Object.entries(env)) if (SECRET_VARIABLE.test(name)) plantSecret(name, value);
}

/** A pino destination that captures each line. */
export const captureDestination = {
  write(line: string): void {
    capture("log", line);
  },
};
