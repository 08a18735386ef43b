import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/**
 * A fresh folder for this run's captures (test/support/capture.ts), inherited
 * by every test process; and whether the whole suite runs (no file filter on
 * the command line), when the secrets sweep also checks it saw every kind of
 * credential and output.
 */
export default function setup(): void {
  process.env.HESABGRAPH_TEST_CAPTURE_DIR = mkdtempSync(join(tmpdir(), "hesabgraph-capture-"));
  const args = process.argv.slice(2).filter((arg) => !arg.startsWith("-") && arg !== "run");
  process.env.HESABGRAPH_TEST_WHOLE_SUITE = args.length === 0 ? "1" : "0";
}
