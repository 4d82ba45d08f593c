#!/usr/bin/env node
// Summarises one or more Stryker JSON reports (reports/mutation/mutation.json, or the per-part
// reports of a split run): the score per folder and per file, overall, and every surviving or
// uncovered mutant with its line. Used to write docs/quality.md.
//   node scripts/mutation-summary.mjs [--survivors] [--files] report.json [report.json ...]
import { readFileSync } from "node:fs";

const args = process.argv.slice(2);
const showSurvivors = args.includes("--survivors");
const showFiles = args.includes("--files");
const reports = args.filter((a) => !a.startsWith("--"));
if (reports.length === 0) reports.push("reports/mutation/mutation.json");

const KILLED = new Set(["Killed", "Timeout"]);
const UNDETECTED = new Set(["Survived", "NoCoverage"]);
const files = new Map();
for (const r of reports) {
  const json = JSON.parse(readFileSync(r, "utf8"));
  for (const [name, f] of Object.entries(json.files)) files.set(name, f);
}

const count = () => ({ killed: 0, survived: 0, noCoverage: 0, ignored: 0, invalid: 0 });
const add = (c, m) => {
  if (KILLED.has(m.status)) c.killed++;
  else if (m.status === "Survived") c.survived++;
  else if (m.status === "NoCoverage") c.noCoverage++;
  else if (m.status === "Ignored") c.ignored++;
  else c.invalid++;
};
const score = (c) => {
  const valid = c.killed + c.survived + c.noCoverage;
  return valid === 0 ? "—" : `${((100 * c.killed) / valid).toFixed(2)} %`;
};
const row = (name, c) =>
  `| ${name} | ${c.killed + c.survived + c.noCoverage} | ${c.killed} | ${c.survived} | ${c.noCoverage} | ${c.ignored} | **${score(c)}** |`;

const total = count();
const byDir = new Map();
const byFile = new Map();
const survivors = [];
for (const [name, f] of [...files].sort(([a], [b]) => a.localeCompare(b))) {
  const dir = name.split("/").slice(0, 2).join("/");
  if (!byDir.has(dir)) byDir.set(dir, count());
  const fc = count();
  const lines = f.source.split("\n");
  for (const m of f.mutants) {
    add(total, m);
    add(byDir.get(dir), m);
    add(fc, m);
    if (UNDETECTED.has(m.status)) {
      const line = m.location.start.line;
      survivors.push(`${name}:${line}:${m.location.start.column} ${m.status} ${m.mutatorName} → ${JSON.stringify(m.replacement ?? "")}  | ${(lines[line - 1] ?? "").trim().slice(0, 140)}`);
    }
  }
  byFile.set(name, fc);
}
console.log("| part | mutants (valid) | killed (incl. timeout) | survived | no coverage | ignored (static) | score |");
console.log("|---|---:|---:|---:|---:|---:|---:|");
for (const [d, c] of byDir) console.log(row(d, c));
console.log(row("**all of src/**", total));
if (showFiles) {
  console.log("\n| file | mutants | killed | survived | no coverage | ignored | score |\n|---|---:|---:|---:|---:|---:|---:|");
  for (const [f, c] of byFile) console.log(row(f, c));
}
if (showSurvivors) {
  console.log(`\n${survivors.length} undetected mutants:`);
  for (const s of survivors) console.log(s);
}
