// A Stryker reporter that appends each mutant's result to reports/mutants.jsonl as
// soon as it is known. The whole run takes hours on a small machine; the other
// reporters write only when it ends, so a stopped run would otherwise leave nothing.
// Summarise with `node stryker/summarise.mjs` (STRYKER_RESULTS_FILE moves it).
import { appendFileSync, mkdirSync, writeFileSync } from "node:fs";
import { dirname, relative } from "node:path";
import { declareClassPlugin, PluginKind } from "@stryker-mutator/api/plugin";

const FILE = process.env.STRYKER_RESULTS_FILE ?? "reports/mutants.jsonl";

class StreamResults {
  onMutationTestingPlanReady() {
    mkdirSync(dirname(FILE), { recursive: true });
    writeFileSync(FILE, "");
  }

  onMutantTested(result) {
    const { fileName, mutatorName, replacement, location, status, statusReason, coveredBy, testsCompleted } = result;
    const line = { file: relative(process.cwd(), fileName), line: location.start.line, mutator: mutatorName, replacement, status, tests: coveredBy?.length, ran: testsCompleted };
    if (status === "Survived" || status === "NoCoverage") line.reason = statusReason;
    appendFileSync(FILE, JSON.stringify(line) + "\n");
  }
}

export const strykerPlugins = [declareClassPlugin(PluginKind.Reporter, "stream-results", StreamResults)];
