/**
 * The bench population of the Reserve funnel (R-PYR-3) and the plain-number funnel it is measured
 * against (bench/funnel.bench.ts). Synthetic and seeded; nothing here is real data.
 *
 * ## What users have
 * A platform exporting its database hands over a value for every stage column of every candidate
 * (the funnel validates them all and ignores those of stages a candidate did not reach), in the
 * types its export produces. So every candidate here has all seven entries, mixed:
 *
 * - `text`, `numeric`: whole 0–25 (25 tasks, a binomial-like count of correct answers): massive
 *   ties, as in a real campaign; about 1 in 20 given as a digit string ("17"), a few absent,
 *   excluded with a ground, or `null`;
 * - `situational`: the mean of three experts' whole grades 1–5 — a JS number rounded to 3 decimals
 *   (`4.333`, `3.667`, or whole), a decimal string (`"4.333"`), or the exact Decimal (13/3 to 40
 *   digits); `assessment`: an average with 2 decimals, as a number (`3.85`), a string with trailing
 *   zeros (`"3.80"`) or a Decimal; `interview`: 1 decimal (`7.5`), `expert`: a mean of marks with up
 *   to 3 decimals (`83.667`) or whole; `national`: whole votes 0–15 (ties at the last step) or a
 *   3-decimal average. Shares per fractional stage: about 60 % numbers, 30 % strings, 10 % Decimals.
 * - Ids unique, not sorted, flat strings (as parsed from JSON or CSV).
 *
 * @module
 */
import { Decimal } from "decimal.js";
import { RESERVE_SECTORS, type ReserveCandidate, type ReserveExclusionGround, type ReserveStageEntry } from "../src/index.js";
import { uniform } from "../examples/uniform.mjs";

const SECTOR_WEIGHTS = [0.17, 0.13, 0.22, 0.24, 0.1, 0.14];
const GROUNDS: readonly ReserveExclusionGround[] = ["failed-verification", "false-information", "proctoring-violation", "procedure-breach"];

/** One whole test block 0–25 from ability a ∈ [0, 1): the sum of 25 Bernoulli draws. */
function block(seed: number, i: number, k: number, a: number): number {
  let c = 0;
  for (let t = 0; t < 25; t++) if (uniform(seed, i, k * 32 + t) < 0.25 + 0.6 * a) c++;
  return c;
}

/** A fractional score in one of the three types: number (60 %), string (30 %), Decimal (10 %). */
function typed(x: number, places: number, u: number, exact?: () => Decimal): ReserveStageEntry {
  if (u < 0.6) return Math.round(x * 10 ** places) / 10 ** places;
  if (u < 0.9) return x.toFixed(places);
  return exact !== undefined ? exact() : new Decimal(x.toFixed(places));
}

/**
 * `n` candidates, the same for the same `(n, seed)`, every stage given (see the module documentation).
 */
export function mixedPopulation(n: number, seed = 17): ReserveCandidate[] {
  const out = new Array<ReserveCandidate>(n);
  const cum = SECTOR_WEIGHTS.map((_, i) => SECTOR_WEIGHTS.slice(0, i + 1).reduce((a, b) => a + b, 0));
  for (let i = 0; i < n; i++) {
    const us = uniform(seed, i, 1);
    let sec = 0;
    while (sec < 5 && us >= cum[sec]!) sec++;
    const a = uniform(seed, i, 2);
    const leave = uniform(seed, i, 3);
    const text: ReserveStageEntry =
      leave < 0.01 ? { status: "absent" } : leave < 0.013 ? { status: "excluded", ground: GROUNDS[i % GROUNDS.length]! } : leave < 0.03 ? null : block(seed, i, 4, a);
    const numericWhole = block(seed, i, 5, a);
    const numeric: ReserveStageEntry = uniform(seed, i, 6) < 0.05 ? String(numericWhole) : leave > 0.985 ? { status: "absent" } : numericWhole;
    const grades = 3 + Math.floor(uniform(seed, i, 7) * 3) + Math.floor(uniform(seed, i, 8) * 3) + Math.floor(uniform(seed, i, 9) * 3) + Math.floor(a * 3);
    const g = Math.min(15, grades);
    const situational = g % 3 === 0 ? g / 3 : typed(g / 3, 3, uniform(seed, i, 10), () => new Decimal(g).div(3));
    const assessment = typed(1 + Math.floor((a * 0.6 + uniform(seed, i, 11) * 0.4) * 400) / 100, 2, uniform(seed, i, 12));
    const interview = typed(Math.floor((a * 0.5 + uniform(seed, i, 13) * 0.5) * 100) / 10, 1, uniform(seed, i, 14));
    const expertMean = Math.round((a * 0.5 + uniform(seed, i, 15) * 0.5) * 300) / 3;
    const expert = Number.isInteger(expertMean) ? expertMean : typed(expertMean, 3, uniform(seed, i, 16));
    const votes = Math.floor((a * 0.5 + uniform(seed, i, 17) * 0.5) * 16);
    const national = uniform(seed, i, 18) < 0.7 ? votes : typed(votes + Math.round(uniform(seed, i, 19) * 1000) / 1000, 3, uniform(seed, i, 20));
    out[i] = { id: "", sector: RESERVE_SECTORS[sec]!, scores: { text, numeric, situational, assessment, interview, expert, national } };
  }
  // the ids as a platform's export has them once parsed (JSON, CSV): flat strings, not the
  // concatenations built above
  const ids = JSON.parse(JSON.stringify(out.map((_, i) => `KZ${(Math.imul(i + 1, 2654435761) >>> 0).toString(36)}-${i.toString(36)}`))) as string[];
  for (let i = 0; i < n; i++) (out[i] as { id: string }).id = ids[i]!;
  return out;
}

const STAGES = ["text", "numeric", "situational", "assessment", "interview", "expert", "national"] as const;
const QUOTAS: Record<string, readonly number[]> = {
  numeric: [100, 100, 100, 100, 100, 100],
  situational: [54, 48, 42, 54, 54, 48],
  assessment: [36, 32, 28, 36, 36, 32],
  interview: [27, 24, 21, 27, 27, 24],
  expert: [18, 16, 14, 18, 18, 16],
  national: [9, 8, 7, 9, 9, 8],
};

type Row = { id: string; score: number; c: ReserveCandidate };
const byScore = (a: Row, b: Row): number => b.score - a.score;
const byIdOnly = (a: Row, b: Row): number => (a.id < b.id ? -1 : 1);

/**
 * The same funnel with plain numbers and no validation: scores as `Number(v)`, one object per
 * ranked candidate, each sector sorted by score, the top N with ties (admit-all; half rounded up;
 * the last step strict), the admitted put in id order within equal scores — the library's ranking
 * and quotas without exactness or validation. Returns each stage's admitted ids.
 */
export function plainFunnel(candidates: readonly ReserveCandidate[]): string[][] {
  let reached: ReserveCandidate[][] = RESERVE_SECTORS.map(() => []);
  const secIndex = new Map<string, number>(RESERVE_SECTORS.map((s, i) => [s, i]));
  for (const c of candidates) reached[secIndex.get(c.sector)!]!.push(c);
  const out: string[][] = [];
  for (const stage of STAGES) {
    const admitted: string[] = [];
    const next: ReserveCandidate[][] = [];
    reached.forEach((group, s) => {
      const rows: Row[] = [];
      for (const c of group) {
        const v = c.scores[stage];
        if (v === null || v === undefined || (typeof v === "object" && "status" in v)) continue;
        rows.push({ id: c.id, score: Number(v), c });
      }
      rows.sort(byScore);
      const q = stage === "text" ? Math.ceil(rows.length / 2) : QUOTAS[stage]![s]!;
      let k = Math.min(q, rows.length);
      if (k > 0 && k < rows.length && rows[k - 1]!.score === rows[k]!.score) {
        const cut = rows[k - 1]!.score;
        if (stage === "national") while (k > 0 && rows[k - 1]!.score === cut) k--;
        else while (k < rows.length && rows[k]!.score === cut) k++;
      }
      const taken = rows.slice(0, k);
      for (let a = 0; a < taken.length; ) {
        let b = a + 1;
        while (b < taken.length && taken[b]!.score === taken[a]!.score) b++;
        if (b - a > 1) {
          const part = taken.slice(a, b).sort(byIdOnly);
          for (let t = 0; t < part.length; t++) taken[a + t] = part[t]!;
        }
        a = b;
      }
      for (const r of taken) admitted.push(r.id);
      next.push(taken.map((r) => r.c));
    });
    out.push(admitted);
    reached = next;
  }
  return out;
}
