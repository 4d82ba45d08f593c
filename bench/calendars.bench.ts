/**
 * `npx tsx bench/calendars.bench.ts` — R-CAL-1 working-day arithmetic against date-fns, in the
 * same run.
 *
 * Workload: 1,000 seeded-random (date, n) pairs, dates 2014–2074, n in −250…250.
 * - library: `addWorkingDays(date, n)` — ISO string in, ISO string out, validated, Kazakhstan's
 *   days off, carries and transfers;
 * - date-fns (ISO): `format(addBusinessDays(parseISO(date), n), "yyyy-MM-dd")` — the same job
 *   with weekends only (no holidays), string in and out;
 * - date-fns (Date): `addBusinessDays(date, n)` on prebuilt Date objects (no parsing/formatting).
 * Target: library ≤ 3× date-fns (ISO). Prints the ratios.
 */
import { Bench } from "tinybench";
import { addBusinessDays, format, parseISO } from "date-fns";
import { addWorkingDays, addCalendarDays } from "../src/index.js";

// Seeded PRNG (mulberry32) so every run times the same inputs.
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rand = rng(20260316);
const PAIRS = 1000;
const dates: string[] = [];
const ns: number[] = [];
for (let i = 0; i < PAIRS; i++) {
  dates.push(addCalendarDays("2014-01-01", Math.floor(rand() * 365 * 61)));
  ns.push(Math.floor(rand() * 501) - 250);
}
const jsDates = dates.map((d) => parseISO(d));

let sink = 0;
const bench = new Bench({ time: 1000, warmupTime: 200 });
bench
  .add("library addWorkingDays (ISO, KZ holidays)", () => {
    for (let i = 0; i < PAIRS; i++) sink += addWorkingDays(dates[i]!, ns[i]!).length;
  })
  .add("date-fns addBusinessDays (ISO, weekends only)", () => {
    for (let i = 0; i < PAIRS; i++) sink += format(addBusinessDays(parseISO(dates[i]!), ns[i]!), "yyyy-MM-dd").length;
  })
  .add("date-fns addBusinessDays (Date objects)", () => {
    for (let i = 0; i < PAIRS; i++) sink += addBusinessDays(jsDates[i]!, ns[i]!).getTime() & 1;
  });

await bench.run();
console.table(bench.table());

function mean(name: string): number {
  const t = bench.tasks.find((x) => x.name === name)!;
  const r = t.result;
  if (r.state !== "completed") throw new Error(`${name}: ${r.state}`);
  return r.latency.mean;
}
const lib = mean("library addWorkingDays (ISO, KZ holidays)");
const dfIso = mean("date-fns addBusinessDays (ISO, weekends only)");
const dfDate = mean("date-fns addBusinessDays (Date objects)");
console.log(`per call: library ${((lib / PAIRS) * 1e6).toFixed(0)} ns, date-fns ISO ${((dfIso / PAIRS) * 1e6).toFixed(0)} ns, date-fns Date ${((dfDate / PAIRS) * 1e6).toFixed(0)} ns`);
console.log(`ratio library / date-fns (ISO)  = ${(lib / dfIso).toFixed(3)}  (target ≤ 3)`);
console.log(`ratio library / date-fns (Date) = ${(lib / dfDate).toFixed(3)}`);
if (sink === 42) console.log("");
