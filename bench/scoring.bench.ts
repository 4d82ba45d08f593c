/**
 * `npx tsx bench/scoring.bench.ts [n]` — the cost of validation in the scoring functions:
 * `competitionFinal` (R-GC-5) over `n` (default 200,000) inputs against the same formula written in
 * raw decimal.js (the library's 40-digit Decimal, no validation), in the same run. The inputs mix
 * the three tracks and the three types a caller passes: numbers (`3.85`), decimal strings
 * (`"4.5"`) and Decimals. Target: the library ≤ 3× raw decimal.js. Benchmarks, never timed
 * assertions: the figures go to docs/quality.md with the machine noted.
 */
import { Decimal } from "decimal.js";
import { competitionFinal, type CompetitionFinalInput } from "../src/index.js";
import { D } from "../src/internal/decimal.js";

const N = Number(process.argv[2] ?? 200_000);
const ROUNDS = 7;

/** A seeded generator of uniform numbers in [0, 1). */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s ^ (s >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0;
    s ^= s >>> 13;
    return (s >>> 0) / 4294967296;
  };
}
const r = rng(17);
/** A score on 0–max with two decimals, as a number, a string or a Decimal. */
function score(max: number): number | string | Decimal {
  const x = Math.round(r() * max * 100) / 100;
  const u = r();
  return u < 0.5 ? x : u < 0.85 ? x.toFixed(2) : new Decimal(x.toFixed(2));
}
const inputs: CompetitionFinalInput[] = Array.from({ length: N }, () => {
  const t = r();
  if (t < 0.4) return { track: "leadership", O: score(5), E: score(5), C: score(10) };
  return { track: t < 0.8 ? "non-leadership" : "lower", O: score(5), P: score(10) };
});

const W = { l: [new D("0.4"), new D("0.4"), new D("0.2")], n: [new D("0.3"), new D("0.7")] };
/** The formula in raw decimal.js: build each Decimal, weigh, add. No validation. */
function raw(i: CompetitionFinalInput): Decimal {
  if (i.track === "leadership") return W.l[0]!.times(new D(i.O)).plus(W.l[1]!.times(new D(i.E))).plus(W.l[2]!.times(new D(i.C)));
  return W.n[0]!.times(new D(i.O)).plus(W.n[1]!.times(new D(i.P)));
}

// the same values first
for (let k = 0; k < N; k++) if (!competitionFinal(inputs[k]!).eq(raw(inputs[k]!))) throw new Error(`input ${k}: the library and raw decimal.js disagree`);

const lib: number[] = [];
const rawT: number[] = [];
let sink = 0;
for (let round = 0; round < ROUNDS; round++) {
  let t = performance.now();
  for (let k = 0; k < N; k++) sink += competitionFinal(inputs[k]!).e;
  lib.push(performance.now() - t);
  t = performance.now();
  for (let k = 0; k < N; k++) sink += raw(inputs[k]!).e;
  rawT.push(performance.now() - t);
}
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[(xs.length - 1) >> 1]!;
console.log(`competitionFinal over ${N.toLocaleString("en")} inputs (numbers, strings, Decimals; three tracks), median of ${ROUNDS} (sink ${sink % 7}):`);
console.log(`  library ${median(lib).toFixed(0)} ms, raw decimal.js ${median(rawT).toFixed(0)} ms → ${(median(lib) / median(rawT)).toFixed(2)}× (target ≤ 3×)`);
console.log(`  library runs: ${lib.map((x) => x.toFixed(0)).join(", ")}; raw runs: ${rawT.map((x) => x.toFixed(0)).join(", ")}; Node ${process.version}`);
