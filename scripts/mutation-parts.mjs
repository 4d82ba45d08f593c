#!/usr/bin/env node
// Runs Stryker over src/ one part at a time (`npm run mutation:parts [-- part ... --stryker-option value]`), each part with
// its own incremental file and JSON report under reports/parts/, then prints the summary of all of
// them (scripts/mutation-summary.mjs). Same mutants and tests as `npm run mutation`, but each part
// ends with a report, so a long run can be read (and its survivors worked on) part by part, and a
// stopped run loses only the part it was in.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";

const PARTS = {
  eligibility: ["src/eligibility/**/*.ts", "!src/eligibility/reserve/**"],
  reserve: ["src/eligibility/reserve/**/*.ts"],
  explain: ["src/explain/**/*.ts"],
  cli: ["src/cli/**/*.ts"],
  sources: ["src/sources/**/*.ts", "src/errors.ts", "src/schemas/**/*.ts"],
  calendars: ["src/calendars/**/*.ts"],
  internal: ["src/internal/**/*.ts"],
  scoring: ["src/scoring/**/*.ts"],
};
// Per-part overrides of stryker.config.json. The CLI's mutants that make the CSV parser loop forever
// time out; every timeout costs a test-runner restart, so a shorter limit keeps that part's run short
// (its tests take well under a second per mutant on a quiet machine).
const OVERRIDES = {
  cli: { timeoutMS: 3000 },
};
// Arguments that start with "--" go to Stryker as they are (e.g. `-- internal --concurrency 1`).
const passThrough = [];
const asked = [];
for (let i = 2; i < process.argv.length; i++) {
  const a = process.argv[i];
  if (a.startsWith("--")) {
    passThrough.push(a);
    const next = process.argv[i + 1];
    if (!a.includes("=") && next !== undefined && !next.startsWith("--") && !(next in PARTS)) passThrough.push(process.argv[++i]);
  } else asked.push(a);
}
for (const p of asked) if (!(p in PARTS)) throw new Error(`unknown part "${p}" (parts: ${Object.keys(PARTS).join(", ")})`);
// `--retest-timeouts` (ours, not Stryker's): forget the timed-out mutants of the incremental files
// before the run, so they are tested again. A timeout counts as detected, but on a loaded machine
// a slow test run also times out; run this on a quiet machine to keep only the real hangs.
const retestTimeouts = passThrough.includes("--retest-timeouts");
if (retestTimeouts) passThrough.splice(passThrough.indexOf("--retest-timeouts"), 1);
const parts = asked.length > 0 ? asked : Object.keys(PARTS);

const base = JSON.parse(readFileSync("stryker.config.json", "utf8"));
mkdirSync("reports/parts", { recursive: true });
for (const part of parts) {
  const config = {
    ...base,
    mutate: [...PARTS[part], "!src/**/index.ts"],
    incrementalFile: `reports/parts/${part}.incremental.json`,
    reporters: ["clear-text", "progress", "json"],
    jsonReporter: { fileName: `reports/parts/${part}.json` },
    ...OVERRIDES[part],
  };
  if (retestTimeouts && existsSync(config.incrementalFile)) {
    const inc = JSON.parse(readFileSync(config.incrementalFile, "utf8"));
    let dropped = 0;
    for (const f of Object.values(inc.files ?? {})) {
      const before = f.mutants.length;
      f.mutants = f.mutants.filter((m) => m.status !== "Timeout");
      dropped += before - f.mutants.length;
    }
    writeFileSync(config.incrementalFile, JSON.stringify(inc));
    console.log(`${part}: ${dropped} timed-out mutants will be tested again`);
  }
  const file = `reports/parts/${part}.config.json`;
  writeFileSync(file, JSON.stringify(config, null, 2));
  console.log(`\n=== mutation testing: ${part} (${new Date().toISOString()})`);
  const r = spawnSync("npx", ["stryker", "run", file, ...passThrough], { stdio: "inherit" });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
const reports = Object.keys(PARTS).map((p) => `reports/parts/${p}.json`).filter((f) => existsSync(f));
spawnSync(process.execPath, ["scripts/mutation-summary.mjs", "--files", ...reports], { stdio: "inherit" });
