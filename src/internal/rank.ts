/**
 * The ranking core: one implementation of "admit the top N, with ties" for every rule that needs
 * it (R-SEL-5 admission to the interview, every step of the Presidential Youth Reserve funnel
 * R-PYR-3).
 *
 * ## What it decides
 * Items are ranked by an exact score, highest first, with **competition ranking** (1, 2, 2, 4).
 * Given a quota q, the boundary falls between the q-th and the (q+1)-th item. When those two have
 * equal scores, a tie *straddles* the boundary and the policy decides:
 *
 * - `"admit-all"` — everyone tied at the boundary is admitted (the admitted count may exceed q).
 *   This is the selection stages' "if several candidates have equal results, more candidates may
 *   be admitted".
 * - `"strict"` — the quota is never exceeded: those strictly above the tied group are admitted and
 *   the tied group is **reported, not picked** (`tied`), for a human to decide.
 * - `"final"` — the same mechanics as `"strict"`, named for the steps that are a decision rather
 *   than a selection (the National Commission's "not more than 50", the "not more than three" of
 *   R-SEL-5): always strict-and-report, whatever a caller's tie option says.
 *
 * Nothing is ever broken by id: a tie is a tie. The admitted **set** is a union of whole score
 * groups (everyone at or above the cut-off score), so it does not depend on the input order.
 * Lists are written in a deterministic order: by rank, then by id (UTF-16 code-unit order, i.e.
 * JavaScript's `<` on strings — not a locale collation).
 *
 * ## Exactness and speed
 * Scores are compared through **exact integer keys**, never through Decimal comparisons in the
 * sort and never through floating-point arithmetic on fractional values. {@link exactKeys} turns a
 * group of decimal scores into integers by one common power of ten: with `p` = the largest number of
 * decimal places in the group, the key of `d` is `d × 10^p`, written by moving the decimal point of
 * `d`'s exact decimal string (no arithmetic, no rounding). Multiplying by the same positive constant
 * preserves order and equality, so comparing keys is comparing scores. The keys are JS numbers when
 * every key has at most 15 digits (`< 10^15 < 2^53`: every such integer is exactly representable
 * and compares exactly), otherwise `bigint`s — exact at any size.
 *
 * Sorting: when the keys are numbers whose spread times the group size stays below `2^53`, each
 * item is packed into one float64 `(maxKey − key) × m + position`, an exact integer, and the
 * packed array is sorted natively (no comparator); the position is recovered with `%`, which is
 * exact on doubles. Otherwise a comparator sort on the keys (numbers or bigints) is used. Both
 * give "key descending, then position ascending".
 *
 * @module
 * @internal
 */
import type { Decimal } from "decimal.js";

/** Tie policy at a quota boundary. See the module documentation. */
export type TiePolicy = "admit-all" | "strict" | "final";

/** Exact integer keys of one ranking: all numbers (safe integers) or all bigints. */
export type ExactKeys = readonly number[] | Float64Array | readonly bigint[];

const MAX_SAFE_DIGITS = 15;
const TWO_53 = 2 ** 53;

/**
 * Exact integer keys for a group of decimal scores (see the module documentation).
 *
 * @param values - the scores (finite Decimals).
 * @returns the keys, in the order of `values`, and the power of ten used.
 */
export function exactKeys(values: readonly Decimal[]): { keys: number[] | bigint[]; scale: number } {
  let scale = 0;
  let digits = 0;
  for (const d of values) {
    const dp = d.decimalPlaces();
    if (dp > scale) scale = dp;
  }
  const fixed = values.map((d) => d.toFixed(scale).replace(".", ""));
  for (const s of fixed) {
    const len = s.length - (s.startsWith("-") ? 1 : 0);
    if (len > digits) digits = len;
  }
  if (digits <= MAX_SAFE_DIGITS) return { keys: fixed.map((s) => Number(s)), scale };
  return { keys: fixed.map((s) => BigInt(s)), scale };
}

/**
 * Positions `0…m−1` of `keys` sorted by key descending, ties by position ascending.
 *
 * Number keys must be integers (as {@link exactKeys} makes them); the packed native sort is used
 * when `(max − min + 1) × m ≤ 2^53`.
 */
export function sortByKeyDesc(keys: ExactKeys): Uint32Array {
  const m = keys.length;
  const out = new Uint32Array(m);
  if (m === 0) return out;
  if (typeof keys[0] === "number") {
    const k = keys as readonly number[] | Float64Array;
    let min = Infinity;
    let max = -Infinity;
    for (let i = 0; i < m; i++) {
      const v = k[i] as number;
      if (v < min) min = v;
      if (v > max) max = v;
    }
    if ((max - min + 1) * m <= TWO_53) {
      const packed = new Float64Array(m);
      for (let i = 0; i < m; i++) packed[i] = (max - (k[i] as number)) * m + i;
      packed.sort();
      for (let i = 0; i < m; i++) out[i] = (packed[i] as number) % m;
      return out;
    }
    const pos = Array.from({ length: m }, (_, i) => i);
    pos.sort((a, b) => (k[b] as number) - (k[a] as number) || a - b);
    out.set(pos);
    return out;
  }
  const k = keys as readonly bigint[];
  const pos = Array.from({ length: m }, (_, i) => i);
  pos.sort((a, b) => {
    const x = k[a] as bigint;
    const y = k[b] as bigint;
    return x > y ? -1 : x < y ? 1 : a - b;
  });
  out.set(pos);
  return out;
}

/** The outcome of a quota selection over positions (see {@link selectTop}). */
export interface Selection {
  /** Positions, best first; equal keys keep their position order. */
  readonly order: Uint32Array;
  /** Competition rank (1, 2, 2, 4) of `order[p]`, for each sorted place p. */
  readonly ranks: Uint32Array;
  /** `order[0 … admitted)` are admitted. */
  readonly admitted: number;
  /** `order[tiedFrom … tiedTo)` is the tied group straddling the boundary (empty when equal). */
  readonly tiedFrom: number;
  /** End (exclusive) of the straddling tied group. */
  readonly tiedTo: number;
  /** Whether the straddling tied group was admitted (`"admit-all"`), or left out and reported. */
  readonly tiedAdmitted: boolean;
}

/**
 * Ranks `keys` and applies `quota` with `policy`.
 *
 * With q = quota and the keys sorted best first: if there are at most q items, all are admitted;
 * if the q-th and (q+1)-th keys differ, exactly q are admitted; otherwise the group with that key
 * straddles the boundary: `"admit-all"` admits up to its end, `"strict"`/`"final"` up to its start
 * (everything strictly better) and reports it.
 *
 * @param keys - exact integer keys, one per position (higher is better).
 * @param quota - a non-negative whole number.
 */
export function selectTop(keys: ExactKeys, quota: number, policy: TiePolicy): Selection {
  const order = sortByKeyDesc(keys);
  const m = order.length;
  const ranks = new Uint32Array(m);
  for (let p = 0; p < m; p++) {
    ranks[p] = p > 0 && keys[order[p] as number] === keys[order[p - 1] as number] ? (ranks[p - 1] as number) : p + 1;
  }
  if (m <= quota || quota <= 0) {
    const admitted = quota <= 0 ? 0 : m;
    return { order, ranks, admitted, tiedFrom: admitted, tiedTo: admitted, tiedAdmitted: false };
  }
  const last = keys[order[quota - 1] as number];
  const next = keys[order[quota] as number];
  if (last !== next) return { order, ranks, admitted: quota, tiedFrom: quota, tiedTo: quota, tiedAdmitted: false };
  const tiedFrom = (ranks[quota - 1] as number) - 1;
  let tiedTo = quota;
  while (tiedTo < m && keys[order[tiedTo] as number] === last) tiedTo++;
  const admitAll = policy === "admit-all";
  return { order, ranks, admitted: admitAll ? tiedTo : tiedFrom, tiedFrom, tiedTo, tiedAdmitted: admitAll };
}

/**
 * Puts each run of equal keys within sorted places `[from, to)` of `order` in the order of
 * `compare` (e.g. by id), in place. Runs are recognised by equal `ranks`. The places of different
 * keys do not move, so this changes only the order *within* ties — which is how lists get a
 * deterministic order that does not depend on the input order.
 */
export function sortTiesWithin(
  order: Uint32Array,
  ranks: Uint32Array,
  from: number,
  to: number,
  compare: (a: number, b: number) => number,
): void {
  let start = from;
  while (start < to) {
    let end = start + 1;
    while (end < to && ranks[end] === ranks[start]) end++;
    if (end - start > 1) order.subarray(start, end).sort(compare);
    start = end;
  }
}

/** One ranked item of {@link rankTop}. */
export interface RankedItem {
  readonly id: string;
  readonly score: Decimal;
  /** Competition rank, 1 = best. */
  readonly rank: number;
}

/** The result of {@link rankTop}. */
export interface TopResult {
  /** Every item, best first; equal scores by id. */
  readonly ranking: readonly RankedItem[];
  /** Admitted ids, by rank then id. */
  readonly admitted: readonly string[];
  /** Score of the last admitted item; absent when none is admitted. */
  readonly cutoff?: Decimal;
  /** The tied group straddling the boundary, by id (admitted under "admit-all", left out otherwise). */
  readonly tied: readonly string[];
  /** Score of the tied group; absent when there is none. */
  readonly tiedScore?: Decimal;
  /** Whether the tied group was admitted. */
  readonly tiedAdmitted: boolean;
}

const byId = (a: { id: string }, b: { id: string }): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * Ranks scored items and applies a quota with a tie policy (see the module documentation).
 * Items are first put in id order, so equal scores come out by id whatever the input order.
 *
 * @param items - ids must be unique (the caller validates); scores are finite Decimals.
 * @param quota - a non-negative whole number.
 */
export function rankTop(items: readonly { id: string; score: Decimal }[], quota: number, policy: TiePolicy): TopResult {
  const sorted = [...items].sort(byId);
  const { keys } = exactKeys(sorted.map((i) => i.score));
  const sel = selectTop(keys, quota, policy);
  const ranking: RankedItem[] = [];
  for (let p = 0; p < sel.order.length; p++) {
    const it = sorted[sel.order[p] as number]!;
    ranking.push({ id: it.id, score: it.score, rank: sel.ranks[p] as number });
  }
  const admitted = ranking.slice(0, sel.admitted).map((r) => r.id);
  const tiedItems = ranking.slice(sel.tiedFrom, sel.tiedTo);
  const out: TopResult = {
    ranking,
    admitted,
    tied: tiedItems.map((r) => r.id),
    tiedAdmitted: sel.tiedAdmitted,
    ...(sel.admitted > 0 ? { cutoff: ranking[sel.admitted - 1]!.score } : {}),
    ...(tiedItems.length > 0 ? { tiedScore: tiedItems[0]!.score } : {}),
  };
  return out;
}
