// The mutation score so far, per area and overall, from reports/mutants.jsonl
// (stryker/stream-results.mjs): detected (killed or timed out) over detected,
// survived and not covered, as Stryker counts it. `--survivors` lists them;
// other files (one per part of a run) may be named instead.
import { readFileSync } from "node:fs";
import { relative } from "node:path";

const DETECTED = new Set(["Killed", "Timeout"]);
const UNDETECTED = new Set(["Survived", "NoCoverage"]);
const files = process.argv.slice(2).filter((a) => !a.startsWith("--"));
const rows = (files.length ? files : ["reports/mutants.jsonl"]).flatMap((f) => readFileSync(f, "utf8").split("\n")).filter(Boolean).map((l) => JSON.parse(l));
const area = (file) => {
  const path = relative(process.cwd(), file);
  return path.startsWith("datasources/") ? path.split("/").slice(0, 2).join("/") : path.startsWith("src/core/") ? "src/core" : "src (errors)";
};
const tally = new Map();
for (const row of rows) {
  for (const key of [area(row.file), "all"]) {
    const t = tally.get(key) ?? { detected: 0, undetected: 0, timeout: 0, other: 0 };
    if (DETECTED.has(row.status)) t.detected++;
    else if (UNDETECTED.has(row.status)) t.undetected++;
    else t.other++;
    if (row.status === "Timeout") t.timeout++;
    tally.set(key, t);
  }
}
for (const [key, t] of tally) {
  const scored = t.detected + t.undetected;
  const score = scored ? ((100 * t.detected) / scored).toFixed(2) : "—";
  console.log(`${key.padEnd(22)} ${String(score).padStart(6)}%  detected ${t.detected} (timeouts ${t.timeout}), undetected ${t.undetected}, not scored ${t.other}`);
}
if (process.argv.includes("--survivors")) {
  for (const row of rows.filter((r) => UNDETECTED.has(r.status))) {
    console.log(`${relative(process.cwd(), row.file)}:${row.line} ${row.status} ${row.mutator}: ${JSON.stringify(row.replacement)}`);
  }
}
