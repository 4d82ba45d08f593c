// A FRESH consumer project, as an agency sets one up (issue 19): `npm pack`s the built package,
// installs the tarball into a new project in the OS temp folder with pinned tools, and runs there
//   1. vitest (ESM, .test.ts) and Jest (CommonJS .test.cjs, no transform) tests an agency would write:
//      results compared with the consumer's OWN decimal.js by plain `toEqual`, the `testing` entry
//      (decimalEquals, toEqualDecimal, fast-check arbitraries, checkConformance), RuleInputError;
//   2. tsc on the consumer's files: nodenext ESM, nodenext CommonJS (.cts), bundler resolution;
//   3. esbuild browser bundles (minified ESM) of three representative imports, gzip -9 sizes checked
//      against the "front end" budgets of .size-limit.cjs, each bundle evaluated once in Node.
// Run after `npm run build`: `npm run test:consumer` (KEEP=1 keeps the temp project and prints where).
// scripts/smoke.mjs tests the symlinked build in place; this tests what `npm publish` would ship.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { gzipSync } from "node:zlib";

const repo = resolve(import.meta.dirname, "..");
const repoPkg = JSON.parse(readFileSync(join(repo, "package.json"), "utf8"));
const KEEP = process.env.KEEP === "1";

// Exact versions of what the consumer installs. typescript follows the repository's own
// devDependency; the others are pinned here (a pin that drifts from the repo's devDependency is
// reported, not fatal: the consumer is meant to be an independent project).
const PINS = {
  "decimal.js": "10.6.0",
  "fast-check": "4.10.2",
  vitest: "4.1.12",
  jest: "30.5.2",
  esbuild: "0.28.2",
  typescript: repoPkg.devDependencies.typescript,
  "@types/node": "20.9.5",
};
// The issue's targets for what a front end ships (gzip), shown beside the budgets; not enforced.
const TARGETS = { calendars: 8_000, scoring: 18_000, funnel: 30_000 };
// The three representative imports; each is matched to its .size-limit.cjs entry by path + import.
const BUNDLES = [
  { key: "calendars", path: "dist/calendars/index.js", names: ["addWorkingDays"], spec: "kz-civil-service-rules/calendars" },
  { key: "scoring", path: "dist/scoring/index.js", names: ["selectionPersonalQualities"], spec: "kz-civil-service-rules/scoring" },
  { key: "funnel", path: "dist/index.js", names: ["runReserveFunnel", "explainReserveCandidate"], spec: "kz-civil-service-rules" },
];
// Tests whose title carries this tag compare results with the consumer's own Decimal by plain
// `toEqual` (no tester): they pass only when results are made by the consumer's decimal.js.
const TAG = "[consumer Decimal]";

const t0 = performance.now();
const timings = [];
const failures = [];
const ok = (s) => console.log(`  ok   ${s}`);
const bad = (step, s) => {
  failures.push({ step, s });
  console.log(`  FAIL ${s}`);
};
const step = (name, fn) => {
  console.log(`\n== consumer: ${name}`);
  const s = performance.now();
  try {
    return fn();
  } catch (e) {
    bad(name, e instanceof Error ? e.message : String(e));
    return undefined;
  } finally {
    timings.push([name, (performance.now() - s) / 1000]);
  }
};
const stepAsync = async (name, fn) => {
  console.log(`\n== consumer: ${name}`);
  const s = performance.now();
  try {
    return await fn();
  } catch (e) {
    bad(name, e instanceof Error ? e.message : String(e));
    return undefined;
  } finally {
    timings.push([name, (performance.now() - s) / 1000]);
  }
};

if (!existsSync(join(repo, "dist", "index.js")) || !existsSync(join(repo, "dist", "testing", "index.cjs"))) {
  console.error("consumer-check: dist/ is missing — run `npm run build` first");
  process.exit(2);
}

const root = mkdtempSync(join(tmpdir(), "kzcsr-consumer-"));
const app = join(root, "agency-app");
// The child tools run in the consumer project, not in this repository's npm context.
const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^npm_(package|lifecycle)_|^INIT_CWD$/.test(k)));
const run = (cmd, args, opts = {}) => spawnSync(cmd, args, { cwd: app, env, encoding: "utf8", stdio: opts.capture ? "pipe" : "inherit", ...opts });
const bin = (pkg, rel) => join(app, "node_modules", pkg, rel);

// ---------------------------------------------------------------------------------------------
// The consumer's files. String.raw: the sources are written as they stand in the project.
// ---------------------------------------------------------------------------------------------
const files = {};

files["vitest.config.mjs"] = String.raw`import { defineConfig } from "vitest/config";
export default defineConfig({ test: { include: ["vitest/**/*.test.ts"] } });
`;

// vitest's typing of the library's matcher (the library ships the matcher, not this augmentation)
files["vitest/decimal-matchers.d.ts"] = String.raw`import "vitest";
declare module "vitest" {
  interface Matchers<T = any> {
    toEqualDecimal(expected: unknown): T;
  }
}
`;

// The plain-toEqual checks both test runners run as written (plain JS: valid TypeScript and CommonJS alike).
const SHARED_RESULT_CHECKS = String.raw`  it("${TAG} R-SEL-1: selectionPersonalQualities(85) toEqual new Decimal('1.7'), also from ./scoring", () => {
    expect(selectionPersonalQualities(85)).toEqual(new Decimal("1.7"));
    expect(personalQualities("72.5")).toEqual(new Decimal("1.45"));
  });

  it("${TAG} R-SEL-2, R-GC-5: selectionInformation(17, 14) is 3.1, competitionFinal (leadership 4, 3.5, 9) is 4.8", () => {
    expect(selectionInformation(17, 14)).toEqual(new Decimal("3.1"));
    expect(competitionFinal({ track: "leadership", O: 4, E: "3.5", C: 9 })).toEqual(new Decimal("4.8"));
  });

  it("${TAG} R-GC-5: competitionFinalResult, an object holding Decimals", () => {
    expect(competitionFinalResult({ track: "lower", O: "3.5", P: 8 })).toEqual(
      expect.objectContaining({ value: new Decimal("6.65"), max: new Decimal("8.5"), track: "lower", presumed: true }),
    );
  });

  it("${TAG} R-PYR-3: a funnel result's cut-off and an explanation's score and cut-off", () => {
    const r = runReserveFunnel(population);
    expect(r.stages[0]?.bySector.digitalisation).toEqual(expect.objectContaining({ quota: 1, competed: 2, admitted: 1, cutoff: new Decimal(20) }));
    expect(explainReserveCandidate(r, "b")).toEqual(expect.objectContaining({ rank: 2, score: new Decimal(12), cutoff: new Decimal(20) }));
  });

  it("${TAG} results inside an array", () => {
    expect([selectionPersonalQualities(50), selectionPersonalQualities(100)]).toEqual([new Decimal(1), new Decimal(2)]);
  });
`;

files["vitest/results.test.ts"] = String.raw`// What an agency writes first: the library's results compared with Decimals of ITS OWN decimal.js
// by plain toEqual, no equality tester registered in this file (issue 19). The tests tagged
// [consumer Decimal] pass only when the library makes its public results with decimal.js's main
// constructor, the consumer's copy (decimal.js a peer dependency).
import { Decimal } from "decimal.js";
import { describe, expect, it } from "vitest";
import { competitionFinal, competitionFinalResult, explainReserveCandidate, runReserveFunnel, selectionInformation, selectionPersonalQualities, ruleSource, type ReserveCandidate } from "kz-civil-service-rules";
import { selectionPersonalQualities as personalQualities } from "kz-civil-service-rules/scoring";

const WHY = "the result was not made by the consumer's decimal.js Decimal (a private Decimal.clone() of the library?); decimal.js stores an own 'constructor' on every instance and plain toEqual compares it";

// typed as the library's ReserveCandidate: a misspelt sector or rule id does not compile (tsc checks this file)
// @ts-expect-error "digital" is not a ReserveSector
const misspelt: ReserveCandidate = { id: "x", sector: "digital", scores: {} };
void misspelt;
// @ts-expect-error "R-SEL-99" is not a RuleId
void (() => ruleSource("R-SEL-99"));
const population: ReserveCandidate[] = [
  { id: "a", sector: "digitalisation", scores: { text: 20, numeric: { status: "absent" } } },
  { id: "b", sector: "digitalisation", scores: { text: 12 } },
];

describe("controls (pass whatever the library does)", () => {
  it("plain toEqual tells a Decimal.clone() instance from the main constructor's: no tester is registered here", () => {
    const Clone = Decimal.clone();
    expect(new Clone("1.7")).not.toEqual(new Decimal("1.7"));
    expect(new Decimal("1.70")).toEqual(new Decimal("1.7"));
  });

  it("the values are right and instanceof the consumer's Decimal", () => {
    const t = selectionPersonalQualities(85);
    expect(t.eq("1.7")).toBe(true);
    expect(t.toString()).toBe("1.7");
    expect(t).toBeInstanceOf(Decimal);
  });
});

describe("${TAG} plain toEqual against the consumer's own decimal.js", () => {
  it("${TAG} the result's constructor is the consumer's Decimal", () => {
    expect(selectionPersonalQualities(85).constructor, WHY).toBe(Decimal);
  });

${SHARED_RESULT_CHECKS}});
`;

// The checks of the testing entry both test runners run as written (plain JS: valid TypeScript and CommonJS alike).
const SHARED_TESTING_CHECKS = String.raw`describe("testing entry: Decimals by value", () => {
  it("decimalEquals: toEqual(new Decimal(...)) by value, at the top, in objects, in arrays", () => {
    expect(selectionPersonalQualities(85)).toEqual(new Decimal("1.7"));
    expect(selectionPersonalQualities(85)).toEqual(new Decimal("1.70"));
    expect(selectionPersonalQualities(85)).not.toEqual(new Decimal("1.69999"));
    expect(competitionFinalResult({ track: "lower", O: "3.5", P: 8 })).toEqual(expect.objectContaining({ value: new Decimal("6.65"), max: new Decimal("8.5") }));
    expect([selectionPersonalQualities(50)]).toEqual([new Decimal(1)]);
    expect(isDecimalLike(selectionPersonalQualities(85))).toBe(true);
  });

  it("decimalMatchers: toEqualDecimal takes a decimal string, a number, a Decimal", () => {
    expect(selectionPersonalQualities("72.5")).toEqualDecimal("1.45");
    expect(selectionPersonalQualities("72.5")).toEqualDecimal(1.45);
    expect(selectionPersonalQualities("72.5")).toEqualDecimal(new Decimal("1.450"));
    expect(selectionPersonalQualities(85)).not.toEqualDecimal("1.69");
  });
});

describe("testing entry: fast-check arbitraries", () => {
  it("R-GC-5: for any valid input, 0 <= competitionFinal = competitionFinalResult.value <= max", () => {
    fc.assert(fc.property(competitionFinalInputArb(), (input) => {
      const r = competitionFinalResult(input);
      return r.value.gte(0) && r.value.lte(r.max) && competitionFinal(input).eq(r.value);
    }));
  });

  it("R-CAL-1: one working day after any working day of 2026 is a later working day", () => {
    fc.assert(fc.property(workingDayArb({ from: "2026-01-01", to: "2026-12-31" }), (d) => {
      const next = addWorkingDays(d, 1);
      return next > d && isWorkingDay(next);
    }));
  });

  it("R-PYR-3: any population goes through the funnel; at most 50 enter; each is explained", () => {
    fc.assert(fc.property(reserveCandidatesArb({ maxCandidates: 60 }), (candidates) => {
      const r = runReserveFunnel(candidates);
      expect(r.reserve.length).toBeLessThanOrEqual(50);
      for (const id of r.reserve) expect(explainReserveCandidate(r, id).summary).toMatch(/Reserve/);
    }), { numRuns: 30 });
  });
});

`;

files["vitest/testing-entry.test.ts"] = String.raw`// The testing entry as the docs (docs/testing.md) tell an agency to use it.
import { Decimal } from "decimal.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as lib from "kz-civil-service-rules";
import { competitionFinal, competitionFinalResult, explainReserveCandidate, isRuleInputError, RuleInputError, runReserveFunnel, selectionPersonalQualities } from "kz-civil-service-rules";
import { addWorkingDays, isWorkingDay } from "kz-civil-service-rules/calendars";
import { checkConformance, competitionFinalInputArb, decimalEquals, decimalMatchers, isDecimalLike, reserveCandidatesArb, workingDayArb, type ConformanceFile } from "kz-civil-service-rules/testing";
import scoring from "kz-civil-service-rules/conformance/scoring.json" with { type: "json" };
import eligibility from "kz-civil-service-rules/conformance/eligibility.json" with { type: "json" };
import calendars from "kz-civil-service-rules/conformance/calendars.json" with { type: "json" };
import reserve from "kz-civil-service-rules/conformance/reserve.json" with { type: "json" };

expect.addEqualityTesters([decimalEquals]);
expect.extend(decimalMatchers);

${SHARED_TESTING_CHECKS}describe("testing entry: checkConformance with the library's own functions", () => {
  const files: Record<string, ConformanceFile> = { scoring, eligibility, calendars, reserve };
  for (const [name, file] of Object.entries(files)) {
    it(name + ".json: every shipped vector passes, none skipped", () => {
      const report = checkConformance(file, lib, { isExpectedError: isRuleInputError });
      expect(report.failed).toEqual([]);
      expect(report.skipped).toEqual([]);
      expect(report.passed).toBeGreaterThan(0);
    });
  }
});

describe("errors", () => {
  it("a RuleInputError is caught by its class and by isRuleInputError, with its issues", () => {
    expect(() => selectionPersonalQualities(101)).toThrow(RuleInputError);
    let caught: unknown;
    try {
      selectionPersonalQualities(101);
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(RuleInputError);
    expect(caught).toBeInstanceOf(Error);
    expect(isRuleInputError(caught)).toBe(true);
    if (!isRuleInputError(caught)) throw new Error("unreachable");
    expect(caught.name).toBe("RuleInputError");
    expect(caught.issues[0]).toEqual(expect.objectContaining({ field: "S", rule: "R-SEL-1", code: "out-of-range" }));
    expect(isRuleInputError(new Error("x"))).toBe(false);
  });
});
`;

files["jest/results.test.cjs"] = String.raw`// Jest, CommonJS, no transform: the same first checks as vitest/results.test.ts (no tester here).
const { Decimal } = require("decimal.js");
const { competitionFinal, competitionFinalResult, explainReserveCandidate, runReserveFunnel, selectionInformation, selectionPersonalQualities } = require("kz-civil-service-rules");
const personalQualities = require("kz-civil-service-rules/scoring").selectionPersonalQualities;

const WHY = "the result was not made by the consumer's decimal.js Decimal (a private Decimal.clone() of the library?); decimal.js stores an own 'constructor' on every instance and plain toEqual compares it";

const population = [
  { id: "a", sector: "digitalisation", scores: { text: 20, numeric: { status: "absent" } } },
  { id: "b", sector: "digitalisation", scores: { text: 12 } },
];

describe("controls (pass whatever the library does)", () => {
  it("Jest loads the CommonJS build", () => {
    expect(require.resolve("kz-civil-service-rules")).toMatch(/dist[\\/]index\.cjs$/);
    expect(require.resolve("kz-civil-service-rules/testing")).toMatch(/dist[\\/]testing[\\/]index\.cjs$/);
  });

  it("plain toEqual tells a Decimal.clone() instance from the main constructor's: no tester is registered here", () => {
    const Clone = Decimal.clone();
    expect(new Clone("1.7")).not.toEqual(new Decimal("1.7"));
    expect(new Decimal("1.70")).toEqual(new Decimal("1.7"));
  });

  it("the values are right and instanceof the consumer's Decimal", () => {
    const t = selectionPersonalQualities(85);
    expect(t.eq("1.7")).toBe(true);
    expect(t).toBeInstanceOf(Decimal);
  });
});

describe("${TAG} plain toEqual against the consumer's own decimal.js", () => {
  it("${TAG} the result's constructor is the consumer's Decimal", () => {
    if (selectionPersonalQualities(85).constructor !== Decimal) throw new Error(WHY);
  });

${SHARED_RESULT_CHECKS}});
`;

files["jest/testing-entry.test.cjs"] = String.raw`// Jest, CommonJS: the testing entry, fast-check, conformance vectors, errors.
const { Decimal } = require("decimal.js");
const fc = require("fast-check");
const lib = require("kz-civil-service-rules");
const { competitionFinal, competitionFinalResult, explainReserveCandidate, isRuleInputError, RuleInputError, runReserveFunnel, selectionPersonalQualities } = lib;
const { addWorkingDays, isWorkingDay } = require("kz-civil-service-rules/calendars");
const { checkConformance, competitionFinalInputArb, decimalEquals, decimalMatchers, isDecimalLike, reserveCandidatesArb, workingDayArb } = require("kz-civil-service-rules/testing");

expect.addEqualityTesters([decimalEquals]);
expect.extend(decimalMatchers);

${SHARED_TESTING_CHECKS}describe("testing entry: checkConformance with the library's own functions", () => {
  for (const name of ["scoring", "eligibility", "calendars", "reserve"]) {
    it(name + ".json: every shipped vector passes, none skipped", () => {
      const file = require("kz-civil-service-rules/conformance/" + name + ".json");
      const report = checkConformance(file, lib, { isExpectedError: isRuleInputError });
      expect(report.failed).toEqual([]);
      expect(report.skipped).toEqual([]);
      expect(report.passed).toBeGreaterThan(0);
    });
  }
});

describe("errors", () => {
  it("a RuleInputError is caught by its class and by isRuleInputError, with its issues", () => {
    expect(() => selectionPersonalQualities(101)).toThrow(RuleInputError);
    let caught;
    try {
      selectionPersonalQualities(101);
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(RuleInputError);
    expect(caught).toBeInstanceOf(Error);
    expect(isRuleInputError(caught)).toBe(true);
    expect(caught.name).toBe("RuleInputError");
    expect(caught.issues[0]).toEqual(expect.objectContaining({ field: "S", rule: "R-SEL-1", code: "out-of-range" }));
    expect(isRuleInputError(new Error("x"))).toBe(false);
  });
});
`;

// Type-level checks, compiled (not run) under nodenext ESM and bundler resolution.
files["types/esm-consumer.ts"] = String.raw`import { Decimal } from "decimal.js";
import { competitionFinalResult, isRuleInputError, runReserveFunnel, selectionPersonalQualities, type CompetitionFinalResult, type ReserveFunnelResult, type RuleInputIssue } from "kz-civil-service-rules";
import { addWorkingDays } from "kz-civil-service-rules/calendars";
import { selectionPersonalQualities as personalQualities } from "kz-civil-service-rules/scoring";
import type { ConformanceReport } from "kz-civil-service-rules/testing";

export function typeChecks(report: ConformanceReport): readonly unknown[] {
  const t: Decimal = selectionPersonalQualities(85); // the library's Decimal is the consumer's Decimal type
  const u: Decimal = personalQualities("72.5");
  const r: CompetitionFinalResult = competitionFinalResult({ track: "lower", O: "3.5", P: 8 });
  const v: Decimal = r.value.plus(t).minus(u).toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
  const day: string = addWorkingDays("2026-12-11", 3);
  const f: ReserveFunnelResult = runReserveFunnel([]);
  const cutoff: Decimal | undefined = f.stages[0]?.bySector.digitalisation.cutoff;
  // @ts-expect-error the leadership track needs E and C
  competitionFinalResult({ track: "leadership", O: 4 });
  // @ts-expect-error a date is a YYYY-MM-DD string
  addWorkingDays(new Date(), 1);
  let issues: readonly RuleInputIssue[] = [];
  try {
    selectionPersonalQualities(101);
  } catch (e) {
    if (isRuleInputError(e)) issues = e.issues;
  }
  return [t, u, v, day, cutoff, issues, report.failed.length];
}
`;

// The same from CommonJS TypeScript (.cts: require conditions, dist/*.d.cts).
files["types/cjs-consumer.cts"] = String.raw`import { Decimal } from "decimal.js";
import lib = require("kz-civil-service-rules");
import calendars = require("kz-civil-service-rules/calendars");
import { selectionPersonalQualities } from "kz-civil-service-rules/scoring";
import type { ConformanceReport } from "kz-civil-service-rules/testing";

export function typeChecksCjs(report: ConformanceReport): readonly unknown[] {
  const t: Decimal = lib.selectionPersonalQualities(85);
  const u: Decimal = selectionPersonalQualities("72.5");
  const r: lib.CompetitionFinalResult = lib.competitionFinalResult({ track: "lower", O: "3.5", P: 8 });
  const day: string = calendars.addWorkingDays("2026-12-11", 3);
  // @ts-expect-error the leadership track needs E and C
  lib.competitionFinalResult({ track: "leadership", O: 4 });
  let issues: readonly lib.RuleInputIssue[] = [];
  try {
    lib.selectionPersonalQualities(101);
  } catch (e) {
    if (lib.isRuleInputError(e)) issues = e.issues;
    if (e instanceof lib.RuleInputError) issues = e.issues;
  }
  return [t, u, r.value.plus(t), day, issues, report.passed];
}
`;

// The project's configs skip the check of declaration files, as most projects (and this repository)
// do: vite's types need the DOM lib, and @types/node 20.9 predates TypeScript 5.9's typed-array
// generics. tsconfig.lib.json checks the library's own declarations strictly (skipLibCheck off,
// no ambient types: only the library, decimal.js and fast-check are in that program).
const strict = { target: "ES2022", lib: ["ES2022"], strict: true, noUncheckedIndexedAccess: true, resolveJsonModule: true, noEmit: true, skipLibCheck: true, types: ["node"] };
files["tsconfig.json"] = JSON.stringify({ compilerOptions: { ...strict, module: "nodenext", moduleResolution: "nodenext" }, include: ["vitest/**/*.ts", "types/**/*.ts", "types/**/*.cts"] }, null, 2);
files["tsconfig.bundler.json"] = JSON.stringify({ compilerOptions: { ...strict, module: "esnext", moduleResolution: "bundler" }, include: ["vitest/**/*.ts", "types/**/*.ts"] }, null, 2);
files["tsconfig.lib.json"] = JSON.stringify({ compilerOptions: { ...strict, skipLibCheck: false, types: [], module: "nodenext", moduleResolution: "nodenext" }, include: ["types/**/*.ts", "types/**/*.cts"] }, null, 2);

for (const b of BUNDLES) files[`bundles/${b.key}.js`] = `export { ${b.names.join(", ")} } from "${b.spec}";\n`;

// ---------------------------------------------------------------------------------------------
console.log(`consumer-check: a fresh agency project in ${app}`);
let tarball;
step("npm pack (the package as published)", () => {
  const out = execFileSync("npm", ["pack", "--json", "--ignore-scripts", "--pack-destination", root], { cwd: repo, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
  const [info] = JSON.parse(out);
  tarball = join(root, info.filename);
  ok(`${info.filename}: ${info.entryCount} files, ${(info.size / 1000).toFixed(1)} kB packed`);
});
if (!tarball) finish();

step("install the tarball and the pinned tools", () => {
  mkdirSync(app, { recursive: true });
  for (const [f, text] of Object.entries(files)) {
    mkdirSync(dirname(join(app, f)), { recursive: true });
    writeFileSync(join(app, f), text);
  }
  const { "decimal.js": dec, ...dev } = PINS;
  const pkg = {
    name: "agency-app",
    private: true,
    type: "module",
    // what an agency lists: the library and its own decimal.js (which it uses to build expected values)
    dependencies: { "kz-civil-service-rules": `file:${tarball}`, "decimal.js": dec },
    devDependencies: dev,
    scripts: { test: "vitest run && jest" },
    jest: { testEnvironment: "node", testMatch: ["<rootDir>/jest/**/*.test.cjs"], transform: {} },
  };
  writeFileSync(join(app, "package.json"), JSON.stringify(pkg, null, 2) + "\n");
  for (const [name, v] of Object.entries(PINS)) {
    const repoV = repoPkg.devDependencies?.[name] ?? repoPkg.dependencies?.[name];
    if (repoV !== undefined && repoV !== v) console.log(`  note ${name}: the consumer pins ${v}, the repository has ${repoV}`);
  }
  const r = run("npm", ["install", "--no-audit", "--no-fund", "--prefer-offline", "--loglevel=error"]);
  if (r.status !== 0) throw new Error(`npm install exited with ${r.status}`);
  const version = (p) => JSON.parse(readFileSync(join(app, "node_modules", p, "package.json"), "utf8")).version;
  ok(`installed: ${["kz-civil-service-rules", ...Object.keys(PINS)].map((p) => `${p}@${version(p)}`).join(", ")}`);
  // one decimal.js in the tree: the consumer's (the library's results can then be the consumer's Decimals)
  const installed = JSON.parse(readFileSync(join(app, "node_modules", "kz-civil-service-rules", "package.json"), "utf8"));
  const how = installed.peerDependencies?.["decimal.js"] ? `a peerDependency (${installed.peerDependencies["decimal.js"]})` : `a dependency (${installed.dependencies?.["decimal.js"]}), not a peerDependency`;
  const nested = existsSync(join(app, "node_modules", "kz-civil-service-rules", "node_modules", "decimal.js"));
  console.log(`  info the package declares decimal.js as ${how}`);
  if (nested) bad("install", "a second decimal.js is nested under node_modules/kz-civil-service-rules: the library does not use the consumer's copy");
  else ok("one decimal.js in the tree (node_modules/decimal.js), shared by the consumer and the library");
});
if (!existsSync(join(app, "node_modules", "kz-civil-service-rules"))) finish();

// ---------------------------------------------------------------------------------------------
const testResults = [];
const collect = (runner, file) => {
  if (!existsSync(file)) {
    bad(runner, `${runner} wrote no JSON report`);
    return;
  }
  const json = JSON.parse(readFileSync(file, "utf8"));
  for (const f of json.testResults) {
    for (const a of f.assertionResults) {
      testResults.push({ runner, file: f.name.slice(app.length + 1), title: [...a.ancestorTitles, a.title].join(" > "), status: a.status, message: (a.failureMessages ?? []).join("\n") });
    }
    if (f.assertionResults.length === 0 && f.status === "failed") testResults.push({ runner, file: f.name.slice(app.length + 1), title: "(the file did not load)", status: "failed", message: f.message ?? "" });
  }
};
const report = (runner) => {
  const mine = testResults.filter((t) => t.runner === runner);
  const failed = mine.filter((t) => t.status === "failed");
  if (mine.length === 0) return bad(runner, `${runner}: no test ran`);
  const tagged = failed.filter((t) => t.title.includes(TAG));
  const other = failed.filter((t) => !t.title.includes(TAG));
  if (tagged.length) bad(runner, `${runner}: ${tagged.length} ${TAG} test(s) fail — the library's results are not the consumer's Decimals (see "diagnosis of the [consumer Decimal] failures")`);
  for (const t of other) bad(runner, `${runner}: ${t.file} > ${t.title}\n         ${t.message.split("\n").slice(0, 6).join("\n         ")}`);
  if (!failed.length) ok(`${runner}: ${mine.length} tests pass`);
  else console.log(`  info ${runner}: ${mine.length - failed.length} of ${mine.length} tests pass`);
};

step("vitest (ESM, .test.ts)", () => {
  run(process.execPath, [bin("vitest", "vitest.mjs"), "run", "--reporter=default", "--reporter=json", "--outputFile.json=vitest-report.json"]);
  collect("vitest", join(app, "vitest-report.json"));
  report("vitest");
});

step("Jest (CommonJS, .test.cjs, no transform)", () => {
  run(process.execPath, [bin("jest", "bin/jest.js"), "--ci", "--runInBand", "--json", "--outputFile=jest-report.json"]);
  collect("jest", join(app, "jest-report.json"));
  report("jest");
});

// ---------------------------------------------------------------------------------------------
for (const [label, config] of [
  ["tsc: nodenext ESM + nodenext CommonJS (.cts)", "tsconfig.json"],
  ["tsc: bundler resolution", "tsconfig.bundler.json"],
  ["tsc: the library's declarations with skipLibCheck off (ESM .d.ts and CommonJS .d.cts)", "tsconfig.lib.json"],
]) {
  step(label, () => {
    const r = run(process.execPath, [bin("typescript", "bin/tsc"), "-p", config], { capture: true });
    if (r.status === 0) ok(`${config}: no error`);
    else bad(label, `${config}:\n${(r.stdout + r.stderr).trim()}`);
  });
}

// ---------------------------------------------------------------------------------------------
const KB = (n) => `${(n / 1000).toFixed(2)} kB`;
function parseSize(limit) {
  const m = /^\s*([\d.]+)\s*(B|kB|KB|KiB|MB|MiB)\s*$/.exec(String(limit));
  if (!m) throw new Error(`.size-limit.cjs: cannot read the limit ${JSON.stringify(limit)}`);
  return Number(m[1]) * { B: 1, kB: 1000, KB: 1000, KiB: 1024, MB: 1e6, MiB: 1024 ** 2 }[m[2]];
}
const normImport = (s) => String(s ?? "").replace(/[\s{}]/g, "").split(",").sort().join(",");

await stepAsync("esbuild: browser bundles (minified ESM), gzip -9, .size-limit.cjs front-end budgets", async () => {
  const esbuild = createRequire(join(app, "package.json"))("esbuild");
  const sizeLimit = createRequire(import.meta.url)(join(repo, ".size-limit.cjs"));
  const rows = [];
  for (const b of BUNDLES) {
    const entry = sizeLimit.find((e) => e.path === b.path && e.gzip === true && normImport(e.import) === normImport(b.names.join(",")));
    const outfile = join(app, "out", `${b.key}.min.js`);
    await esbuild.build({ entryPoints: [join(app, "bundles", `${b.key}.js`)], outfile, bundle: true, minify: true, platform: "browser", format: "esm", logLevel: "error", absWorkingDir: app });
    const code = readFileSync(outfile);
    const gz = gzipSync(code, { level: 9 }).length;
    const budget = entry ? parseSize(entry.limit) : undefined;
    rows.push({ b, min: code.length, gz, budget, limitText: entry?.limit, outfile });
    if (!entry) bad("bundles", `.size-limit.cjs has no gzip entry for ${b.path} with import { ${b.names.join(", ")} }`);
  }
  const head = ["import", "min", "gzip", "budget (.size-limit.cjs)", "issue target", ""];
  const body = rows.map((r) => [
    `{ ${r.b.names.join(", ")} } from "${r.b.spec}"`,
    KB(r.min),
    KB(r.gz),
    r.limitText ?? "—",
    KB(TARGETS[r.b.key]),
    r.budget === undefined ? "no budget" : r.gz <= r.budget ? (r.gz <= TARGETS[r.b.key] ? "ok, target met" : "ok") : "OVER BUDGET",
  ]);
  const width = head.map((h, i) => Math.max(h.length, ...body.map((row) => row[i].length)));
  for (const row of [head, width.map((w) => "-".repeat(w)), ...body]) console.log("  " + row.map((c, i) => (i === 0 || i === row.length - 1 ? c.padEnd(width[i]) : c.padStart(width[i]))).join("  "));
  for (const r of rows) if (r.budget !== undefined && r.gz > r.budget) bad("bundles", `${r.b.key}: ${KB(r.gz)} gzip is over the budget ${r.limitText} of .size-limit.cjs`);
  console.log("  (sizes in kB = 1000 bytes, as size-limit reads its limits; gzip level 9 of esbuild's minified output, dependencies included)");

  // each bundle evaluated once (Node, as an ES module): it works, not only builds
  const mod = {};
  for (const r of rows) mod[r.b.key] = await import(pathToFileURL(r.outfile).href);
  const day = mod.calendars.addWorkingDays("2026-12-11", 3);
  if (day !== "2026-12-17") bad("bundles", `calendars bundle: addWorkingDays("2026-12-11", 3) = ${day}, expected 2026-12-17`);
  const t = mod.scoring.selectionPersonalQualities(85);
  if (String(t) !== "1.7") bad("bundles", `scoring bundle: selectionPersonalQualities(85) = ${t}`);
  const f = mod.funnel.runReserveFunnel([
    { id: "a", sector: "digitalisation", scores: { text: 20, numeric: { status: "absent" } } },
    { id: "b", sector: "digitalisation", scores: { text: 12 } },
  ]);
  const summary = mod.funnel.explainReserveCandidate(f, "b").summary;
  if (!/^Stopped at the text-information block/.test(summary)) bad("bundles", `funnel bundle: explainReserveCandidate summary: ${summary}`);
  ok(`the bundles run: addWorkingDays("2026-12-11", 3) = ${day}; selectionPersonalQualities(85) = ${t}; "${summary.slice(0, 60)}…"`);
});

// ---------------------------------------------------------------------------------------------
const tagged = testResults.filter((t) => t.status === "failed" && t.title.includes(TAG));
if (tagged.length) {
  step("diagnosis of the [consumer Decimal] failures", () => {
    const probe = String.raw`
      const { Decimal } = require("decimal.js");
      const lib = require("kz-civil-service-rules");
      const t = lib.selectionPersonalQualities(85);
      const fromLib = require.resolve("decimal.js", { paths: [require.resolve("kz-civil-service-rules")] });
      console.log(JSON.stringify({
        value: t.toString(), eq: t.eq("1.7"), instanceOf: t instanceof Decimal,
        sameConstructor: t.constructor === Decimal, ownConstructor: Object.prototype.hasOwnProperty.call(t, "constructor"),
        sameDecimalJs: fromLib === require.resolve("decimal.js"),
      }));`;
    const r = run(process.execPath, ["-e", probe], { capture: true });
    const d = JSON.parse(r.stdout);
    console.log(`  selectionPersonalQualities(85) = ${d.value}; .eq("1.7") ${d.eq}; instanceof the consumer's Decimal ${d.instanceOf}; ` +
      `its own 'constructor' is the consumer's Decimal: ${d.sameConstructor}; the library loads the consumer's decimal.js: ${d.sameDecimalJs}`);
    const plain = (m) => m.replace(/\u001b\[[0-9;]*m/g, "").split("\n").map((l) => l.trim());
    const why = (m) => {
      const lines = plain(m);
      const first = lines.find((l) => /Error/.test(l)) ?? lines[0] ?? "";
      const same = lines.find((l) => /serializes to the same string/.test(l));
      return same ? `${first} — ${same}` : first;
    };
    const shown = tagged.map((t) => `${t.runner}: ${t.title.split(" > ").pop()}\n         ${why(t.message)}`);
    for (const s of shown) console.log(`  FAIL ${s}`);
    if (d.eq && d.instanceOf && !d.sameConstructor && d.sameDecimalJs) {
      console.log(
        "  => the values are right; only the identity differs: the results are instances of the library's private\n" +
          "     Decimal.clone(...) (decimal.js puts an own 'constructor' on every instance, and plain toEqual compares it).\n" +
          "     These tests pass once the library makes its public results with decimal.js's main constructor — the\n" +
          "     consumer's copy (decimal.js a peerDependency). Until then an agency must register decimalEquals.",
      );
    }
  });
}

finish();

function finish() {
  const total = (performance.now() - t0) / 1000;
  console.log("\n== consumer: timings");
  for (const [name, s] of timings) console.log(`  ${s.toFixed(1).padStart(6)} s  ${name}`);
  if (KEEP) console.log(`  ${total.toFixed(1).padStart(6)} s  total\n\nKEEP=1: the consumer project is kept in ${app}`);
  else {
    const s = performance.now();
    rmSync(root, { recursive: true, force: true });
    console.log(`  ${((performance.now() - s) / 1000).toFixed(1).padStart(6)} s  removing the temp project`);
    console.log(`  ${((performance.now() - t0) / 1000).toFixed(1).padStart(6)} s  total`);
  }
  if (failures.length) {
    console.log(`\nconsumer-check: FAILED (${failures.length}):`);
    for (const f of failures) console.log(`  - ${f.s.split("\n")[0]}`);
    if (!KEEP) console.log("  (KEEP=1 npm run test:consumer keeps the consumer project to look into)");
    process.exit(1);
  }
  console.log("\nconsumer-check: ok — the packed package works in a fresh vitest / Jest / tsc / esbuild project");
  process.exit(0);
}
