/**
 * `npx tsx bench/text-fold.bench.ts` — the folding of titles and names against hostile text
 * (issue 23): a title pasted from a web form with a long run of spaces (item 1), and a title
 * carrying a long run of invisible characters copied from Word or a PDF (item 2).
 *
 * Workload 1: `foldTitle(" ".repeat(n) + "басқарма басшысы")` and the same through
 * `isLeadershipPosition("C-3", …)`, n = 10,000 … 1,000,000; beside it, the plain regex the library
 * used before (`/\s*-\s*\/g`, quadratic) at the sizes it can finish.
 *
 * Workload 2: 100,000 (and 1,000,000) invisible characters in a title — the removed ones (ZWJ,
 * ZWNJ, word joiner, BOM, soft hyphen, bidi controls) mixed with ZERO WIDTH SPACE — through
 * `cleanText`, `foldTitle` and `isLeadershipPosition("C-3", …)`; and the error path: the same run
 * after a decomposed «ё» prefix (so the position of the culprit is mapped back to the text as
 * given), ending in a NUL or in a stray combining mark; and `normalizeBodyName` on a body name
 * with a run of n «;» before its last letter (its final-punctuation rule was the quadratic
 * `/[;.,]+$/`). Every row should grow linearly with n (×10 from 100,000 to 1,000,000), not
 * quadratically (×100).
 *
 * Prints milliseconds, the ratio library / plain regex, and the process's peak memory (resident
 * set size).
 */
import { foldTitle } from "../src/eligibility/text-fold.js";
import { cleanText } from "../src/internal/text.js";
import { isLeadershipPosition, normalizeBodyName } from "../src/index.js";

const plain = (s: string): string => s.replace(/\s*-\s*/g, "-").replace(/\s+/gu, " ").trim();
const SITE = { rule: "R-GC-6", field: "title" } as const;

function time(f: () => unknown, runs = 3): number {
  let best = Infinity;
  for (let r = 0; r < runs; r++) {
    const t0 = performance.now();
    try {
      f();
    } catch {
      // the error path is timed too (a RuleInputError for the rejected character)
    }
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}

console.log("n\tfoldTitle ms\tisLeadershipPosition ms\tplain regex ms\tratio (library / plain)");
for (const n of [10_000, 30_000, 100_000, 1_000_000]) {
  const input = " ".repeat(n) + "басқарма басшысы";
  const lib = time(() => foldTitle(input, SITE));
  const lookup = time(() => isLeadershipPosition("C-3", input));
  const ref = n <= 30_000 ? time(() => plain(input.toLowerCase()), 1) : NaN;
  console.log(`${n}\t${lib.toFixed(2)}\t${lookup.toFixed(2)}\t${Number.isNaN(ref) ? "(not run: quadratic)" : ref.toFixed(2)}\t${Number.isNaN(ref) ? "—" : (lib / ref).toFixed(3)}`);
}

const INVISIBLE = ["\u200d", "\u200c", "\u2060", "\ufeff", "\u00ad", "\u200e", "\u202e", "\u2066", "\u200b", "\u2069"];
console.log("\nn invisible\tcleanText ms\tfoldTitle ms\tisLeadershipPosition ms\terror: NUL at the end ms\terror: stray mark at the end ms\tnormalizeBodyName, n «;» ms");
for (const n of [100_000, 1_000_000]) {
  const run = Array.from({ length: n }, (_, i) => INVISIBLE[i % INVISIBLE.length]).join("");
  const title = "басқарма" + run + " басшысы";
  const decomposed = "е\u0308".repeat(1000) + run;
  const clean = time(() => cleanText(title, SITE));
  const fold = time(() => foldTitle(title, SITE));
  const lookup = time(() => isLeadershipPosition("C-3", title));
  const nul = time(() => cleanText(decomposed + "\u0000", SITE));
  const mark = time(() => cleanText(decomposed + "б\u0301", SITE));
  const body = time(() => normalizeBodyName("Көлік министрлігі" + ";".repeat(n) + "x"));
  console.log(`${n}\t${clean.toFixed(2)}\t${fold.toFixed(2)}\t${lookup.toFixed(2)}\t${nul.toFixed(2)}\t${mark.toFixed(2)}\t${body.toFixed(2)}`);
}
console.log(`peak memory (RSS): ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
