/**
 * How the funnel stores what it read (R-PYR-3): per stage, one `Int32Array` of values — a score
 * as its scaled integer `m` (see `scaled-score.ts`), or a negative marker — beside a `Uint8Array` of
 * decimal places and a map of the integers that do not fit 32 bits (a number up to 2^53, a `bigint`
 * beyond). No object is kept per candidate. Four bytes a value, not eight: a million candidates'
 * seven stages take 28 MB, which matters beyond the bytes — the less a run allocates outside the
 * heap, the less often V8 collects the caller's whole heap (its candidates) for it.
 * Read by the stages, sealed into the index, and read back by the explanations.
 *
 * @module
 * @internal
 */
import type { Decimal } from "decimal.js";
import { RESERVE_EXCLUSION_GROUNDS, type ReserveExclusionGround } from "../exclusion-grounds.js";
import type { IdTable } from "./id-table.js";
import { decimalOf } from "./scaled-score.js";

/** Status of a candidate who left a stage. @internal */
export interface LeftStatus {
  readonly status: "absent" | "excluded" | "unspecified";
  readonly ground?: ReserveExclusionGround;
}

/**
 * Encodings of a stored stage value. A score is stored as its scaled integer `m` (≥ 0; the score is
 * `m / 10^dp`, `dp` beside it in `dps`), so negatives are free for markers: MISSING (no entry), BIG
 * (the integer is 2^31 or more and is in `bigs`), and the ways of leaving a stage —
 * `null` (LEFT), absent, excluded without a ground, excluded with the ground of index g
 * (`EXCLUDED_GROUND - g`). No object is kept per candidate for any of them.
 *
 * @internal
 */
export const MISSING = -1;
/** Left without saying how (`null`). @internal */
export const LEFT = -2;
/** @internal */
export const BIG = -3;
/** @internal */
export const ABSENT = -4;
/** @internal */
export const EXCLUDED = -5;
/** Excluded on ground g of {@link RESERVE_EXCLUSION_GROUNDS}: `EXCLUDED_GROUND - g`. @internal */
export const EXCLUDED_GROUND = -16;

/** Whether a stored value says the candidate left the stage (null, absent, excluded). @internal */
export function isLeft(v: number): boolean {
  return v === LEFT || (v <= ABSENT && v !== MISSING && v !== BIG);
}

const LEFT_STATUSES: ReadonlyMap<number, LeftStatus> = /* @__PURE__ */ (() => new Map<number, LeftStatus>([
  [LEFT, Object.freeze({ status: "unspecified" as const })],
  [ABSENT, Object.freeze({ status: "absent" as const })],
  [EXCLUDED, Object.freeze({ status: "excluded" as const })],
  ...RESERVE_EXCLUSION_GROUNDS.map((ground, g): [number, LeftStatus] => [EXCLUDED_GROUND - g, Object.freeze({ status: "excluded" as const, ground })]),
]))();

/** The status a left marker stands for (shared frozen objects). @internal */
export function leftStatusOf(v: number): LeftStatus {
  return LEFT_STATUSES.get(v)!;
}

/** The marker of a status (see {@link MISSING}). @internal */
export function leftMarker(status: "absent" | "excluded" | "unspecified", ground?: ReserveExclusionGround): number {
  if (status === "unspecified") return LEFT;
  if (status === "absent") return ABSENT;
  return ground === undefined ? EXCLUDED : EXCLUDED_GROUND - RESERVE_EXCLUSION_GROUNDS.indexOf(ground);
}

/** The candidates as read and validated: ids, sectors and every stage's encoded values. @internal */
export interface FunnelInput {
  readonly n: number;
  readonly ids: string[];
  readonly byId: IdTable;
  readonly sector: Uint8Array;
  readonly vals: (Int32Array | undefined)[];
  readonly dps: (Uint8Array | undefined)[];
  readonly bigs: Map<number, number | bigint>[];
}

/**
 * The exact score of candidate `ci` at stage `s`, as a new Decimal (the candidate had a score
 * there: not a marker other than BIG).
 *
 * @internal
 */
export function scoreAt(
  x: { readonly vals: readonly (Int32Array | undefined)[]; readonly dps: readonly (Uint8Array | undefined)[]; readonly bigs: readonly ReadonlyMap<number, number | bigint>[] },
  s: number,
  ci: number,
): Decimal {
  const v = x.vals[s]![ci]!;
  const dp = x.dps[s]?.[ci] ?? 0;
  return decimalOf(v === BIG ? x.bigs[s]!.get(ci)! : v, dp);
}

