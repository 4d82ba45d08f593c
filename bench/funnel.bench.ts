/**
 * `node --max-old-space-size=4096 --import tsx bench/funnel.bench.ts [n …]` — the Presidential
 * Youth Reserve funnel (R-PYR-3) on what users have: every candidate with all seven stage entries,
 * whole numbers, numbers with 1–3 decimals, decimal strings (trailing zeros too) and Decimals, with
 * realistic ties (bench/reserve-population.ts) — against a plain-number funnel with the same ranking
 * and quotas written there. Sizes: 100,000, 1,000,000 and 3,000,000 unless given.
 *
 * For each size:
 * 1. correctness first: the library and the plain funnel admit the same lists at every stage;
 * 2. time, in this process: the two alternate, `ROUNDS` timed runs each after one warm-up, and the
 *    ratio of the medians is reported (target ≤ 1.3×);
 * 3. peak memory: each funnel runs once in a child process of its own (the same population, built
 *    the same way), which reports its peak resident set (`resourceUsage().maxRSS`) — the population
 *    alone is measured the same way — and the ratio library / plain is reported (target ≤ 2×).
 *
 * Benchmarks, never timed assertions: the figures go to docs/quality.md with the machine noted.
 */
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { runReserveFunnel } from "../src/index.js";
import { mixedPopulation, plainFunnel } from "./reserve-population.js";

const mb = (kb: number): string => `${(kb / 1024).toFixed(0)} MB`;
const self = fileURLToPath(import.meta.url);

/** Child mode: `--child <what> <n>` builds the population, runs `what` once, prints JSON. */
if (process.argv[2] === "--child") {
  const what = process.argv[3]!;
  const n = Number(process.argv[4]);
  const cs = mixedPopulation(n);
  const t = performance.now();
  if (what === "library") runReserveFunnel(cs);
  else if (what === "plain") plainFunnel(cs);
  const ms = performance.now() - t;
  console.log(JSON.stringify({ what, n, ms, maxRSS: process.resourceUsage().maxRSS }));
  process.exit(0);
}

function child(what: string, n: number): { ms: number; maxRSS: number } {
  const out = execFileSync(process.execPath, [...process.execArgv, self, "--child", what, String(n)], { encoding: "utf8", maxBuffer: 1 << 20 });
  return JSON.parse(out.trim().split("\n").pop()!) as { ms: number; maxRSS: number };
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

const sizes = process.argv.slice(2).map(Number).filter((x) => x > 0);
const summary: string[] = [];
for (const n of sizes.length > 0 ? sizes : [100_000, 1_000_000, 3_000_000]) {
  const rounds = n <= 100_000 ? 7 : n <= 1_000_000 ? 5 : 3;
  let t = performance.now();
  const cs = mixedPopulation(n);
  console.log(`\n${n.toLocaleString("en")} candidates generated in ${(performance.now() - t).toFixed(0)} ms`);

  // 1. the same lists
  t = performance.now();
  const mine = runReserveFunnel(cs);
  const first = performance.now() - t;
  const ref = plainFunnel(cs);
  mine.stages.forEach((st, s) => {
    const a = st.admitted;
    const b = ref[s]!;
    if (a.length !== b.length || a.some((x, i) => x !== b[i])) throw new Error(`stage ${st.stage}: the library and the plain funnel disagree`);
  });
  console.log(
    `same lists (first run ${first.toFixed(0)} ms): ${mine.stages.map((s) => `${s.stage} → ${s.admitted.length.toLocaleString("en")}`).join(", ")}; ` +
      `Reserve ${mine.reserve.length}, awaiting the Commission ${mine.awaitingCommission.length}`,
  );

  // 2. time, alternating
  const lib: number[] = [];
  const plain: number[] = [];
  plainFunnel(cs); // warm-up of the plain funnel (the library's is the run above)
  for (let r = 0; r < rounds; r++) {
    t = performance.now();
    runReserveFunnel(cs);
    lib.push(performance.now() - t);
    t = performance.now();
    plainFunnel(cs);
    plain.push(performance.now() - t);
  }
  const ratio = median(lib) / median(plain);
  console.log(`time (median of ${rounds}): library ${median(lib).toFixed(0)} ms, plain ${median(plain).toFixed(0)} ms → ${ratio.toFixed(2)}× (target ≤ 1.3×)`);
  console.log(`  library runs: ${lib.map((x) => x.toFixed(0)).join(", ")}; plain runs: ${plain.map((x) => x.toFixed(0)).join(", ")}`);

  // 3. peak memory, one child process each
  const pop = child("population", n);
  const libMem = child("library", n);
  const plainMem = child("plain", n);
  const memRatio = libMem.maxRSS / plainMem.maxRSS;
  console.log(
    `peak memory (maxRSS of a process that builds the population and runs once): population alone ${mb(pop.maxRSS)}, ` +
      `library ${mb(libMem.maxRSS)}, plain ${mb(plainMem.maxRSS)} → ${memRatio.toFixed(2)}× (target ≤ 2×); ` +
      `over the population: library +${mb(libMem.maxRSS - pop.maxRSS)}, plain +${mb(plainMem.maxRSS - pop.maxRSS)}`,
  );
  summary.push(
    `| ${n.toLocaleString("en")} | ${median(lib).toFixed(0)} ms | ${median(plain).toFixed(0)} ms | ${ratio.toFixed(2)}× | ${mb(libMem.maxRSS)} | ${mb(plainMem.maxRSS)} | ${memRatio.toFixed(2)}× | ${mb(pop.maxRSS)} |`,
  );
}
console.log(`\n| candidates | library | plain | time ratio | library peak | plain peak | memory ratio | population alone |`);
console.log(`|---|---|---|---|---|---|---|---|`);
for (const line of summary) console.log(line);
console.log(`Node ${process.version}`);
