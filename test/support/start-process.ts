import { spawn, type ChildProcess } from "node:child_process";
import { fileURLToPath } from "node:url";
import { capture, flushCapture, plantEnvSecrets } from "./capture.js";

// The test command builds dist/ first (tsc), so this runs what `npm start` runs.
export const mainScript = fileURLToPath(new URL("../../dist/src/main.js", import.meta.url));

export interface StartedProcess {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

/**
 * Starts `node dist/src/main.js` as `npm start` would, with only the given
 * hesabgraph variables set — and without the test runner's NODE_ENV=test,
 * under which Apollo behaves differently than it does for users (it skips its
 * own signal handlers).
 */
export function startMain(env: Record<string, string>): StartedProcess {
  const clean = Object.fromEntries(
    Object.entries(process.env).filter(([k]) => !/^(TAHESAB|HESABFA|HESABIT|HESABGRAPH)_|^PORT$|^REDIS_URL$|^NODE_ENV$|^VITEST/.test(k)),
  );
  plantEnvSecrets(env);
  const child = spawn(process.execPath, [mainScript], { env: { ...clean, LOG_LEVEL: "warn", ...env }, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  child.stdout!.on("data", (d) => (output += d));
  child.stderr!.on("data", (d) => (output += d));
  const exited = new Promise<number | null>((resolve) =>
    child.on("exit", (code) => {
      // Everything it wrote goes to the secrets sweep (test/support/capture.ts).
      capture("output", output);
      flushCapture();
      resolve(code);
    }),
  );
  return { child, output: () => output, exited };
}

/** Waits (up to 15 s) until the output matches, or fails if the process ends first. */
export async function waitForOutput(server: StartedProcess, pattern: RegExp): Promise<RegExpMatchArray> {
  let done = false;
  void server.exited.then(() => (done = true));
  for (let i = 0; i < 300 && !done; i++) {
    const match = server.output().match(pattern);
    if (match) return match;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`the server never printed ${pattern}; it printed:\n${server.output()}`);
}
