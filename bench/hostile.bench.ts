/**
 * `npx tsx bench/hostile.bench.ts` — every public function on hostile input at two sizes (issue 23).
 *
 * Workload: for each public function, the same CASES argument lists drawn (fixed seed) from the
 * table of test/support/public-functions.ts, whose "anything" slots hold the hostile values of
 * test/support/hostile-values.ts — throwing getters and Proxies, revoked Proxies, circular and
 * 10,000-deep objects, sparse arrays, arrays of NaN, of 50, of dates, of candidates, strings of
 * digits, spaces, zero-width spaces and dashes, BigInt, Symbol, invisible characters — plus
 * arbitrary JSON. The hostile values are built at size n (arrays of n items, strings of 10 n
 * characters) for n = 100,000 and n = 1,000,000; the argument lists are the same at both sizes.
 *
 * Prints, per function, the slowest of its cases at each size (each case timed once, after one
 * untimed warm-up call at the small size) and the ratio: linear time gives about 10 (10× the
 * size), quadratic about 100. The "plain" column is what reading the same input costs at all —
 * one pass of `JSON.stringify`-free walking over the argument's own array items and string length
 * (`plainTouch`) — so the library's slowest case can be read against the cost of touching the
 * input once. Ends with the process's peak memory (resident set size).
 *
 * The contract itself (result or RuleInputError) is tested in test/hostile.test.ts; this bench
 * does not check answers, it only times them.
 */
import fc from "fast-check";
import { FUNCTIONS, lib, publicFunctionTable } from "../test/support/public-functions.js";
import { hostileArbitrary, materialize } from "../test/support/hostile-values.js";

const CASES = Number(process.env.HOSTILE_BENCH_CASES ?? 40);
const SIZES = [100_000, 1_000_000] as const;
const SEED = 23;

type Fn = (...a: unknown[]) => unknown;

/** The cost of touching the input once: the length of each string, each item of each array. */
function plainTouch(v: unknown, depth = 0): number {
  if (typeof v === "string") return v.length;
  if (v === null || typeof v !== "object" || depth > 2) return 0;
  try {
    if (Array.isArray(v)) {
      let s = 0;
      for (let i = 0; i < v.length; i++) s += typeof v[i] === "number" ? 1 : plainTouch(v[i], depth + 1);
      return s;
    }
    let s = 0;
    for (const k of Object.keys(v)) s += plainTouch((v as Record<string, unknown>)[k], depth + 1);
    return s;
  } catch {
    return 0; // a throwing getter or a revoked Proxy
  }
}

function timeOnce(f: () => unknown): number {
  const t0 = performance.now();
  try {
    f();
  } catch {
    // a RuleInputError, or the caller's own error: timed all the same
  }
  return performance.now() - t0;
}

// The same argument lists (tokens standing for the hostile values) at both sizes.
const table = publicFunctionTable(hostileArbitrary(SIZES[0]));
const drawn = new Map<string, unknown[][]>();
for (const name of FUNCTIONS) {
  const args = table[name];
  if (!args) throw new Error(`${name} is not in test/support/public-functions.ts`);
  drawn.set(name, fc.sample(fc.tuple(...args), { numRuns: CASES, seed: SEED }) as unknown[][]);
}

console.log(`${FUNCTIONS.length} public functions × ${CASES} hostile argument lists, sizes ${SIZES.join(" and ")}`);
console.log("function\tslowest ms (n=1e5)\tslowest ms (n=1e6)\tratio 1e6/1e5\tplain touch ms (n=1e6)\tlibrary / plain");
const rows: { name: string; small: number; big: number }[] = [];
for (const name of FUNCTIONS) {
  const fn = (lib as unknown as Record<string, Fn>)[name]!;
  const cases = drawn.get(name)!;
  const slowest: number[] = [];
  let plain = 0;
  for (const n of SIZES) {
    let worst = 0;
    for (const tokens of cases) {
      const input = tokens.map((t) => materialize(t, n));
      if (n === SIZES[0]) timeOnce(() => fn(...input)); // warm-up
      worst = Math.max(worst, timeOnce(() => fn(...input)));
      if (n === SIZES[1]) plain = Math.max(plain, timeOnce(() => input.forEach((x) => plainTouch(x))));
    }
    slowest.push(worst);
  }
  const [small, big] = slowest as [number, number];
  rows.push({ name, small, big });
  const ratio = small >= 1 ? (big / small).toFixed(1) : "— (< 1 ms)";
  console.log(`${name}\t${small.toFixed(1)}\t${big.toFixed(1)}\t${ratio}\t${plain.toFixed(1)}\t${plain >= 1 ? (big / plain).toFixed(1) : "—"}`);
}
const worst = rows.reduce((a, b) => (b.big > a.big ? b : a));
const measured = rows.filter((r) => r.small >= 5);
const worstRatio = measured.reduce((a, b) => (b.big / b.small > a.big / a.small ? b : a), measured[0] ?? worst);
console.log(`\nslowest call at n=1e6: ${worst.name} ${worst.big.toFixed(0)} ms`);
if (measured.length > 0) console.log(`largest ratio among functions taking ≥ 5 ms at n=1e5: ${worstRatio.name} ×${(worstRatio.big / worstRatio.small).toFixed(1)} (linear ≈ 10, quadratic ≈ 100)`);
console.log(`peak memory (resident set size): ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
