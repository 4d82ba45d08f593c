/**
 * A seeded-random, synthetic national campaign of the Presidential Youth Reserve selection, for
 * the demo (30,000 candidates) and the bench (1,000,000). Nothing here is real data.
 *
 * - Sector mix: uneven, as applications are (digitalisation and economic policy draw the most).
 * - Scores follow one latent "ability" per candidate, so the stages are correlated:
 *   text and numeric blocks — whole 0–25 (25 tasks, a binomial count of correct answers);
 *   situational tasks — the exact mean of three experts' whole grades 1–5 (a 40-digit Decimal
 *   string when the sum is not a multiple of 3, e.g. "4.333…3"); assessment centre — an average with
 *   two decimals, "1.00"–"5.00"; interview — one decimal, "0.0"–"10.0"; expert commission — whole
 *   0–100; National Commission — whole votes 0–15 (ties are common: the final-step rule shows).
 * - A few candidates are absent (`{ status: "absent" }`), excluded with a ground, or `null`.
 * - Each candidate has an entry for every stage they reach under any of the four combinations of
 *   `ties` and `halfRounding` (and any `finalQuotas`), so the campaign runs under any options. The
 *   generator finds those stages with its own small plain-number simulation of the funnel; every
 *   entry is a pure function of (seed, candidate, stage), so the simulations agree on it.
 * - Ids are unique, and not in sorted order.
 *
 * @module
 */
import { D } from "../src/internal/decimal.js";
import { RESERVE_SECTORS, type ReserveCandidate, type ReserveExclusionGround, type ReserveSector, type ReserveStageEntry } from "../src/index.js";
import { uniform } from "./uniform.mjs";

const SECTORS = RESERVE_SECTORS;
const SECTOR_WEIGHTS = [0.17, 0.13, 0.22, 0.24, 0.1, 0.14];
const FIXED_QUOTAS = [
  [100, 100, 100, 100, 100, 100],
  [54, 48, 42, 54, 54, 48],
  [36, 32, 28, 36, 36, 32],
  [27, 24, 21, 27, 27, 24],
  [18, 16, 14, 18, 18, 16],
];
const GROUNDS: readonly ReserveExclusionGround[] = [
  "failed-verification",
  "false-information",
  "proctoring-violation",
  "civil-service-law-art-16",
  "others-did-tasks",
  "procedure-breach",
];

const STAGES = ["text", "numeric", "situational", "assessment", "interview", "expert", "national"] as const;
type Stage = (typeof STAGES)[number];
const clamp = (x: number, lo: number, hi: number) => (x < lo ? lo : x > hi ? hi : x);
/** Sometimes absent or excluded instead of a score. */
const LEAVE: Record<Stage, [absent: number, excluded: number, nul: number]> = {
  text: [0.01, 0.003, 0.02],
  numeric: [0.015, 0.002, 0],
  situational: [0.02, 0.005, 0],
  assessment: [0.02, 0, 0],
  interview: [0.01, 0, 0],
  expert: [0, 0, 0],
  national: [0, 0, 0],
};

type Mutable = { id: string; sector: ReserveSector; scores: Record<string, ReserveStageEntry> };

/**
 * A synthetic campaign of `n` candidates, the same for the same `(n, seed)`.
 *
 * @param n - number of candidates (≤ 2^32).
 * @param seed - any integer.
 */
export function syntheticCampaign(n: number, seed = 2025): ReserveCandidate[] {
  const out: Mutable[] = new Array<Mutable>(n);
  const ability = new Float64Array(n);
  const sectorOf = new Uint8Array(n);
  const cum = SECTOR_WEIGHTS.map((_, i) => SECTOR_WEIGHTS.slice(0, i + 1).reduce((a, b) => a + b, 0));

  /** The entry of candidate i at stage s (a pure function), and its integer ranking key (NaN = left). */
  const entry = (i: number, s: number): { v: ReserveStageEntry; key: number } => {
    const u = (k: number) => uniform(seed, i, s * 64 + k);
    const [pa, pe, pn] = LEAVE[STAGES[s]!];
    const l = u(63);
    if (l < pa) return { v: { status: "absent" }, key: NaN };
    if (l < pa + pe) return { v: { status: "excluded", ground: GROUNDS[Math.floor(u(62) * GROUNDS.length)]! }, key: NaN };
    if (l < pa + pe + pn) return { v: null, key: NaN };
    const a = ability[i]!;
    switch (STAGES[s]!) {
      case "text":
      case "numeric": {
        const p = s === 0 ? clamp(0.15 + 0.8 * a, 0, 1) : clamp(0.1 + 0.85 * a, 0, 1);
        let k = 0;
        for (let t = 0; t < 25; t++) if (u(t) < p) k++;
        return { v: k, key: k };
      }
      case "situational": {
        const g = (k: number) => clamp(Math.round(1 + 4 * a + (u(k) - 0.5) * 2), 1, 5);
        const sum = g(0) + g(1) + g(2);
        return { v: new D(sum).div(3).toString(), key: sum };
      }
      case "assessment": {
        const h = Math.round(clamp(100 + 400 * a + (u(0) - 0.5) * 120, 100, 500));
        return { v: (h / 100).toFixed(2), key: h };
      }
      case "interview": {
        const t = Math.round(clamp(100 * a + (u(0) - 0.5) * 30, 0, 100));
        return { v: (t / 10).toFixed(1), key: t };
      }
      case "expert": {
        const v = Math.round(clamp(100 * a + (u(0) - 0.5) * 40, 0, 100));
        return { v, key: v };
      }
      case "national": {
        const v = Math.round(clamp(15 * a + (u(0) - 0.5) * 6, 0, 15));
        return { v, key: v };
      }
    }
  };

  const textKey = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const x = uniform(seed, i, 1_000_000);
    let s = 0;
    while (s < 5 && x >= cum[s]!) s++;
    sectorOf[i] = s;
    ability[i] = (uniform(seed, i, 1_000_001) + uniform(seed, i, 1_000_002) + uniform(seed, i, 1_000_003)) / 3; // peaked at 0.5
    const perm = (Math.imul(i, 0x9e3779b1) + seed) >>> 0; // a bijection of 32-bit integers: unique ids
    const e = entry(i, 0);
    out[i] = { id: `PYR-${perm.toString(36).padStart(7, "0")}`, sector: SECTORS[s]!, scores: { text: e.v } };
    textKey[i] = e.key;
  }

  /** Admitted of one sector group: admit-all → fewer than q strictly better; strict → at most q at or above. */
  const admit = (group: number[], keys: Float64Array, q: number, strict: boolean): number[] => {
    if (q <= 0) return [];
    if (group.length <= q) return group;
    const sorted = Float64Array.from(group, (i) => keys[i]!).sort();
    const last = sorted[sorted.length - q]!;
    const tie = sorted[sorted.length - q - 1] === last;
    return group.filter((i) => (strict && tie ? keys[i]! > last : keys[i]! >= last));
  };

  // every combination of the options: the union of the stages each candidate reaches gets entries
  const keys = STAGES.map((_, s) => (s === 0 ? textKey : new Float64Array(n).fill(NaN)));
  const done = STAGES.map(() => new Uint8Array(n));
  const all = Array.from({ length: n }, (_, i) => i);
  for (const strict of [false, true]) {
    for (const down of [false, true]) {
      let reached = all;
      for (let s = 0; s < STAGES.length - 1; s++) {
        const ks = keys[s]!;
        const bySector: number[][] = SECTORS.map(() => []);
        for (const i of reached) if (!Number.isNaN(ks[i]!)) bySector[sectorOf[i]!]!.push(i);
        const next: number[] = [];
        bySector.forEach((group, sec) => {
          const q = s === 0 ? (down ? Math.floor(group.length / 2) : Math.ceil(group.length / 2)) : FIXED_QUOTAS[s - 1]![sec]!;
          for (const i of admit(group, ks, q, strict)) next.push(i);
        });
        const nk = keys[s + 1]!;
        const nd = done[s + 1]!;
        for (const i of next) {
          if (nd[i]) continue;
          nd[i] = 1;
          const e = entry(i, s + 1);
          out[i]!.scores[STAGES[s + 1]!] = e.v;
          nk[i] = e.key;
        }
        reached = next;
      }
    }
  }
  return out;
}
