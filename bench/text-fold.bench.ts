/**
 * `npx tsx bench/text-fold.bench.ts` — the folding of titles and names against hostile whitespace
 * (issue 23): a title pasted from a web form with a long run of spaces.
 *
 * Workload: `foldTitle(" ".repeat(n) + "басқарма басшысы")` and the same through
 * `isLeadershipPosition("C-3", …)`, n = 10,000 … 1,000,000; beside it, the plain regex the library
 * used before (`/\s*-\s*\/g`, quadratic) at the sizes it can finish. Prints milliseconds, the ratio
 * library / plain regex, and the process's peak memory (resident set size).
 */
import { foldTitle } from "../src/eligibility/text-fold.js";
import { isLeadershipPosition } from "../src/index.js";

const plain = (s: string): string => s.replace(/\s*-\s*/g, "-").replace(/\s+/gu, " ").trim();

function time(f: () => unknown, runs = 3): number {
  let best = Infinity;
  for (let r = 0; r < runs; r++) {
    const t0 = performance.now();
    f();
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}

console.log("n\tfoldTitle ms\tisLeadershipPosition ms\tplain regex ms\tratio (library / plain)");
for (const n of [10_000, 30_000, 100_000, 1_000_000]) {
  const input = " ".repeat(n) + "басқарма басшысы";
  const lib = time(() => foldTitle(input));
  const lookup = time(() => isLeadershipPosition("C-3", input));
  const ref = n <= 30_000 ? time(() => plain(input.toLowerCase()), 1) : NaN;
  console.log(`${n}\t${lib.toFixed(2)}\t${lookup.toFixed(2)}\t${Number.isNaN(ref) ? "(not run: quadratic)" : ref.toFixed(2)}\t${Number.isNaN(ref) ? "—" : (lib / ref).toFixed(3)}`);
}
console.log(`peak memory (RSS): ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
