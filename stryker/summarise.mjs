// The mutation score, per area and overall, from what a run wrote: the stream of
// reports/mutants.jsonl (stryker/stream-results.mjs), or Stryker's JSON report
// (reports/mutation/mutation.json); several files, one per part of a run, may be
// named. Detected (killed or timed out) over detected, survived and not covered,
// as Stryker counts it. A mutant reported Survived although none of the tests
// covering it ran is a non-measurement (the vitest runner's, stryker-js #6213),
// counted apart; `--survivors` lists the survivors, those marked "(no test ran)".
import { readFileSync } from "node:fs";
import { relative } from "node:path";

const DETECTED = new Set(["Killed", "Timeout"]);
const UNDETECTED = new Set(["Survived", "NoCoverage"]);

function read(file) {
  const text = readFileSync(file, "utf8");
  if (!file.endsWith(".json")) return text.split("\n").filter(Boolean).map((l) => JSON.parse(l));
  const report = JSON.parse(text);
  return Object.entries(report.files).flatMap(([name, { mutants }]) =>
    mutants.map((m) => ({ file: name, line: m.location.start.line, mutator: m.mutatorName, replacement: m.replacement, status: m.status, tests: m.coveredBy?.length, ran: m.testsCompleted })),
  );
}

const files = process.argv.slice(2).filter((a) => !a.startsWith("--"));
const rows = (files.length ? files : ["reports/mutants.jsonl"]).flatMap(read);
// Paths from the project's root; a result written with an absolute path (another
// checkout's) is cut at its datasources/ or src/ folder.
const path = (file) => {
  if (!file.startsWith("/")) return file;
  const inside = relative(process.cwd(), file);
  return inside.startsWith("..") ? (/(?:^|\/)((?:datasources|src)\/.*)$/.exec(file)?.[1] ?? file) : inside;
};
const area = (file) => {
  const p = path(file);
  return p.startsWith("datasources/") ? p.split("/").slice(0, 2).join("/") : p.startsWith("src/core/") ? "src/core" : "src (errors)";
};
const unmeasured = (row) => row.status === "Survived" && row.ran === 0;

const tally = new Map();
for (const row of rows) {
  for (const key of [area(row.file), "all"]) {
    const t = tally.get(key) ?? { detected: 0, undetected: 0, timeout: 0, unmeasured: 0, other: 0 };
    if (DETECTED.has(row.status)) t.detected++;
    else if (unmeasured(row)) t.unmeasured++;
    else if (UNDETECTED.has(row.status)) t.undetected++;
    else t.other++;
    if (row.status === "Timeout") t.timeout++;
    tally.set(key, t);
  }
}
for (const [key, t] of [...tally].sort(([a], [b]) => (a === "all") - (b === "all") || a.localeCompare(b))) {
  const score = (undetected) => (t.detected + undetected ? ((100 * t.detected) / (t.detected + undetected)).toFixed(2) : "—");
  const counted = `${score(t.undetected + t.unmeasured)}%`;
  const measured = t.unmeasured ? ` (${score(t.undetected)}% leaving out ${t.unmeasured} survivors after no test ran)` : "";
  console.log(`${key.padEnd(22)} ${counted.padStart(7)}  detected ${t.detected} (timeouts ${t.timeout}), undetected ${t.undetected + t.unmeasured}, not scored ${t.other}${measured}`);
}
if (process.argv.includes("--survivors")) {
  for (const row of rows.filter((r) => UNDETECTED.has(r.status))) {
    console.log(`${path(row.file)}:${row.line} ${row.status}${unmeasured(row) ? " (no test ran)" : ""} ${row.mutator}: ${JSON.stringify(row.replacement)}`);
  }
}
