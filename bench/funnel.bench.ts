/**
 * `npx tsx bench/funnel.bench.ts [n]` — the Presidential Youth Reserve funnel (R-PYR-3) over
 * 1,000,000 seeded-random candidates (examples/reserve-campaign.ts), against a plain-number
 * reference implementation of the same funnel written below, in the same run.
 *
 * The reference is the same algorithm without exactness or validation: scores as JS numbers, one
 * object per candidate, each sector sorted by score, top N with ties, the admitted put in id order
 * within equal scores. A naive variant sorts each sector by (score, id) outright. Both produce the
 * library's lists (checked before timing). Target: the library ≤ 2× the reference.
 * Also measured: a zod shape check of the same input (what per-candidate zod validation alone
 * would cost), and peak memory (resourceUsage().maxRSS).
 */
import { Bench } from "tinybench";
import * as z from "zod";
import { RESERVE_SECTORS, runReserveFunnel, type ReserveCandidate, type ReserveFunnelResult } from "../src/index.js";
import { syntheticCampaign } from "../examples/reserve-campaign.js";

const N = Number(process.argv[2] ?? 1_000_000);
const STAGES = ["text", "numeric", "situational", "assessment", "interview", "expert", "national"] as const;
const SECTORS = RESERVE_SECTORS;
const QUOTAS: Record<string, number[]> = {
  numeric: [100, 100, 100, 100, 100, 100],
  situational: [54, 48, 42, 54, 54, 48],
  assessment: [36, 32, 28, 36, 36, 32],
  interview: [27, 24, 21, 27, 27, 24],
  expert: [18, 16, 14, 18, 18, 16],
  national: [9, 8, 7, 9, 9, 8],
};

type Row = { id: string; score: number; c: ReserveCandidate };
const byScore = (a: Row, b: Row) => b.score - a.score;
const byScoreThenId = (a: Row, b: Row) => b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
const byIdOnly = (a: Row, b: Row) => (a.id < b.id ? -1 : 1);

/**
 * The same funnel with plain numbers and no validation (ties admit-all; half rounded up; last step
 * strict). `naive`: each sector sorted by (score desc, id asc). Otherwise: sorted by score only,
 * then the admitted and tied places put in id order within each score — the library's algorithm
 * without exactness or validation.
 */
function referenceFunnel(candidates: readonly ReserveCandidate[], naive = false): string[][] {
  let reached: ReserveCandidate[][] = SECTORS.map(() => []);
  const secIndex = new Map<string, number>(SECTORS.map((s, i) => [s, i]));
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
      rows.sort(naive ? byScoreThenId : byScore);
      const q = stage === "text" ? Math.ceil(rows.length / 2) : QUOTAS[stage]![s]!;
      let k = Math.min(q, rows.length);
      if (k > 0 && k < rows.length && rows[k - 1]!.score === rows[k]!.score) {
        const cut = rows[k - 1]!.score;
        if (stage === "national") while (k > 0 && rows[k - 1]!.score === cut) k--;
        else while (k < rows.length && rows[k]!.score === cut) k++;
      }
      const taken = rows.slice(0, k);
      if (!naive) {
        for (let a = 0; a < taken.length; ) {
          let b = a + 1;
          while (b < taken.length && taken[b]!.score === taken[a]!.score) b++;
          if (b - a > 1) taken.splice(a, b - a, ...taken.slice(a, b).sort(byIdOnly));
          a = b;
        }
      }
      for (const r of taken) admitted.push(r.id);
      next.push(taken.map((r) => r.c));
    });
    out.push(admitted);
    reached = next;
  }
  return out;
}

const zodCandidate = z.object({
  id: z.string().min(1),
  sector: z.enum(SECTORS),
  scores: z.partialRecord(
    z.enum(STAGES),
    z.union([z.number().nonnegative(), z.string().regex(/^\d+(\.\d+)?$/), z.null(), z.object({ status: z.enum(["absent", "excluded"]), ground: z.string().optional() })]),
  ),
});
const zodAll = z.array(zodCandidate);

const mb = (kb: number) => `${(kb / 1024).toFixed(0)} MB`;
const heap = () => `${(process.memoryUsage().heapUsed / 2 ** 20).toFixed(0)} MB`;

let t = performance.now();
const candidates = syntheticCampaign(N, 2025);
console.log(`generated ${N.toLocaleString("en")} candidates in ${(performance.now() - t).toFixed(0)} ms; heap ${heap()}, maxRSS ${mb(process.resourceUsage().maxRSS)}`);

// correctness first: the same lists
const rssBefore = process.resourceUsage().maxRSS;
t = performance.now();
const mine: ReserveFunnelResult = runReserveFunnel(candidates);
const firstRun = performance.now() - t;
const rssAfterMine = process.resourceUsage().maxRSS;
console.log(`first run of runReserveFunnel: ${firstRun.toFixed(0)} ms; maxRSS ${mb(rssBefore)} → ${mb(rssAfterMine)} (+${mb(rssAfterMine - rssBefore)}); heap with the result alive ${heap()}`);
for (const naive of [false, true]) {
  const ref = referenceFunnel(candidates, naive);
  for (let s = 0; s < STAGES.length; s++) {
    const a = mine.stages[s]!.admitted;
    const b = ref[s]!;
    if (a.length !== b.length || a.some((x, i) => x !== b[i])) throw new Error(`stage ${STAGES[s]}: the library and the reference disagree`);
  }
}
console.log(
  `same lists: ${mine.stages.map((s) => `${s.stage} → ${s.admitted.length.toLocaleString("en")}`).join(", ")}; Reserve ${mine.reserve.length}, awaiting the Commission ${mine.awaitingCommission.length}`,
);

const bench = new Bench({ name: `Reserve funnel, ${N.toLocaleString("en")} candidates`, time: 0, iterations: 5, warmup: true, warmupIterations: 1, warmupTime: 0 });
bench
  .add("runReserveFunnel (exact, validated)", () => {
    runReserveFunnel(candidates);
  })
  .add("reference (plain numbers, no validation)", () => {
    referenceFunnel(candidates);
  })
  .add("naive reference (sort by score, then id)", () => {
    referenceFunnel(candidates, true);
  })
  .add("zod shape check only (for comparison)", () => {
    zodAll.safeParse(candidates);
  });
await bench.run();
console.table(bench.table());

const mean = (name: string) => {
  const task = bench.tasks.find((x) => x.name.startsWith(name))!;
  const r = task.result;
  return "latency" in r ? r.latency.mean : NaN;
};
const lib = mean("runReserveFunnel");
const plain = mean("reference");
const naive = mean("naive");
const zod = mean("zod");
console.log(
  `mean: library ${lib.toFixed(0)} ms, reference ${plain.toFixed(0)} ms → ratio ${(lib / plain).toFixed(2)}× (target ≤ 2×); ` +
    `naive reference ${naive.toFixed(0)} ms (${(lib / naive).toFixed(2)}×); zod shape check alone ${zod.toFixed(0)} ms`,
);
console.log(`peak memory (maxRSS) of the whole process: ${mb(process.resourceUsage().maxRSS)}`);
