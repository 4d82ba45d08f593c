/**
 * `npx tsx bench/scoring.bench.ts [n] [name]` — the cost of validation in the scoring functions:
 * every public scoring function over `n` (default 200,000) inputs against the same formula
 * written in raw decimal.js (the library's 40-digit Decimal, no validation), in the same run.
 * The inputs mix the types a caller passes: numbers (`3.85`), decimal strings (`"4.5"`) and
 * Decimals; fractional where the rule allows it, whole where it requires whole points. Target: the
 * library ≤ 3× raw decimal.js. Benchmarks, never timed assertions: the figures go to
 * docs/quality.md with the machine noted. `name` runs only the functions whose name contains it.
 */
import { Decimal } from "decimal.js";
import {
  competitionFinal,
  competitionFinalResult,
  competitionInterview,
  competitionPersonalQualities,
  competitionPractical,
  meanOfGrades,
  reserveSituationalScore,
  selectionEssay,
  selectionInformation,
  selectionInterview,
  selectionPersonalQualities,
  type CompetitionFinalInput,
  type CompetitionPersonalQualitiesInput,
} from "../src/index.js";
import { D } from "../src/internal/decimal.js";

type Num = number | string | Decimal;
const N = Number(process.argv[2] ?? 200_000);
const ONLY = process.argv[3];
const ROUNDS = 5;

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
/** A value as a number, a string or a Decimal (half, 35 %, 15 %). */
function as(x: number, places: number): Num {
  const u = r();
  return u < 0.5 ? x : u < 0.85 ? x.toFixed(places) : new Decimal(x.toFixed(places));
}
/** A score on 0–max with two decimals. */
const score = (max: number): Num => as(Math.round(r() * max * 100) / 100, 2);
/** A whole score on 0–max. */
const whole = (max: number): Num => as(Math.floor(r() * (max + 1)), 0);
const many = <T>(f: () => T): T[] => Array.from({ length: N }, f);

/** One function and its formula in raw decimal.js: build each Decimal, compute. No validation. */
interface Case<A> {
  readonly name: string;
  readonly inputs: readonly A[];
  readonly lib: (a: A) => Decimal;
  readonly raw: (a: A) => Decimal;
}
const c = <A>(x: Case<A>): Case<unknown> => x as Case<unknown>;

const W = { l: [new D("0.4"), new D("0.4"), new D("0.2")], n: [new D("0.3"), new D("0.7")] };
function rawFinal(i: CompetitionFinalInput): Decimal {
  if (i.track === "leadership") return new D(0).plus(W.l[0]!.times(new D(i.O))).plus(W.l[1]!.times(new D(i.E))).plus(W.l[2]!.times(new D(i.C)));
  return new D(0).plus(W.n[0]!.times(new D(i.O))).plus(W.n[1]!.times(new D(i.P)));
}
const finalInputs = (): CompetitionFinalInput[] =>
  many(() => {
    const t = r();
    if (t < 0.4) return { track: "leadership", O: score(5), E: score(5), C: score(10) };
    return { track: t < 0.8 ? "non-leadership" : "lower", O: score(5), P: score(10) };
  });
const sum = (xs: readonly Num[]): Decimal => xs.reduce<Decimal>((s, x) => s.plus(new D(x)), new D(0));
const C002 = new D("0.02");
const C01 = new D("0.1");

const cases: Case<unknown>[] = [
  c<Num>({ name: "selectionPersonalQualities", inputs: many(() => score(100)), lib: selectionPersonalQualities, raw: (s) => C002.times(new D(s)) }),
  c<[Num, Num]>({ name: "selectionInformation", inputs: many(() => [whole(25), whole(25)]), lib: ([a, b]) => selectionInformation(a, b), raw: ([a, b]) => C01.times(new D(a)).plus(C01.times(new D(b))) }),
  c<Num>({ name: "selectionEssay", inputs: many(() => whole(5)), lib: selectionEssay, raw: (p) => new D(p) }),
  c<Num>({ name: "selectionInterview", inputs: many(() => whole(3)), lib: selectionInterview, raw: (p) => new D(p) }),
  c<CompetitionPersonalQualitiesInput>({
    name: "competitionPersonalQualities",
    inputs: many(() => {
      const t = r();
      if (t < 0.34) return { track: "leadership", competencies: Array.from({ length: 10 }, () => score(5)) };
      if (t < 0.67) return { track: "non-leadership", competencies: Array.from({ length: 7 }, () => score(5)) };
      return { track: "lower", iq: score(30) };
    }),
    lib: competitionPersonalQualities,
    raw: (i) => (i.track === "lower" ? new D(i.iq).div(new D(6)) : sum(i.competencies).div(new D(i.track === "leadership" ? 10 : 7))),
  }),
  c<[Num, Num, boolean]>({
    name: "competitionPractical",
    inputs: many(() => (r() < 0.5 ? [whole(5), whole(5), true] : [score(5), score(5), false])),
    lib: ([a, b, w]) => (w ? competitionPractical(a, b) : competitionPractical(a, b, { wholePoints: false })),
    raw: ([a, b]) => new D(a).plus(new D(b)),
  }),
  c<[Num, Num, boolean]>({
    name: "competitionInterview",
    inputs: many(() => (r() < 0.5 ? [whole(5), whole(5), true] : [score(5), score(5), false])),
    lib: ([a, b, w]) => (w ? competitionInterview(a, b) : competitionInterview(a, b, { wholePoints: false })),
    raw: ([a, b]) => new D(a).plus(new D(b)),
  }),
  c<CompetitionFinalInput>({ name: "competitionFinal", inputs: finalInputs(), lib: competitionFinal, raw: rawFinal }),
  c<CompetitionFinalInput>({ name: "competitionFinalResult", inputs: finalInputs(), lib: (i) => competitionFinalResult(i).value, raw: rawFinal }),
  c<Num[]>({ name: "meanOfGrades", inputs: many(() => Array.from({ length: 3 + Math.floor(r() * 5) }, () => whole(5))), lib: meanOfGrades, raw: (g) => sum(g).div(g.length) }),
  c<Num[]>({ name: "reserveSituationalScore", inputs: many(() => [score(5), score(5), score(5)]), lib: reserveSituationalScore, raw: (g) => sum(g).div(3) }),
];

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[(xs.length - 1) >> 1]!;
let sink = 0;
const rows: string[] = [];
for (const k of cases) {
  if (ONLY !== undefined && !k.name.includes(ONLY)) continue;
  // the same values first
  for (let j = 0; j < N; j++) if (!k.lib(k.inputs[j]).eq(k.raw(k.inputs[j]))) throw new Error(`${k.name}, input ${j}: the library and raw decimal.js disagree`);
  const lib: number[] = [];
  const raw: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    let t = performance.now();
    for (let j = 0; j < N; j++) sink += k.lib(k.inputs[j]).e;
    lib.push(performance.now() - t);
    t = performance.now();
    for (let j = 0; j < N; j++) sink += k.raw(k.inputs[j]).e;
    raw.push(performance.now() - t);
  }
  const ratio = median(lib) / median(raw);
  rows.push(`| ${k.name.padEnd(28)} | ${median(lib).toFixed(0).padStart(7)} | ${median(raw).toFixed(0).padStart(6)} | ${ratio.toFixed(2).padStart(5)}×${ratio > 3 ? " !" : "  "} |`);
}
console.log(`scoring functions over ${N.toLocaleString("en")} inputs each (numbers, strings, Decimals), median of ${ROUNDS}; Node ${process.version} (sink ${sink % 7}); target ≤ 3×`);
console.log(`| ${"function".padEnd(28)} | lib ms  | raw ms | ratio   |`);
console.log(`|${"-".repeat(30)}|---------|--------|---------|`);
for (const row of rows) console.log(row);
