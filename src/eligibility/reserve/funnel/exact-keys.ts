/**
 * The exact keys the ranking core compares (R-PYR-3). Every score is stored as a scaled integer
 * `m / 10^dp` (see `scaled-score.ts`); a group's keys are those integers brought to the group's
 * largest number of places p: `m × 10^(p − dp)` — the same positive factor 10^p times every score,
 * so comparing keys is comparing scores, exactly. The keys are numbers while every key has at most
 * 15 digits (exact below 2^53), else `bigint`s. No Decimal and no string is built for a key, and no
 * float comparison of scores is ever made.
 *
 * @module
 * @internal
 */
import type { ExactKeys } from "../../../internal/rank.js";
import { BIG } from "./stored-values.js";
import { scaleUp } from "./scaled-score.js";

/**
 * Exact keys of a group: the positions `members` of a stage's stored integers `va` (their places
 * in `dp`, `undefined` when all are whole; those of 2^31 or more in `big`, a number up to 2^53, a
 * `bigint` beyond), in the order of `members`.
 *
 * Time: one pass for the scale, one multiplication per member; a `bigint` per member only when
 * some key of the group has more than 15 digits.
 *
 * @internal
 */
export function groupKeys(members: ArrayLike<number>, va: Int32Array, dp: Uint8Array | undefined, big: ReadonlyMap<number, number | bigint>): ExactKeys {
  const m = members.length;
  const keys = new Float64Array(m);
  let p = 0;
  if (dp !== undefined) for (let k = 0; k < m; k++) if (dp[members[k]!]! > p) p = dp[members[k]!]!;
  let fits = true;
  for (let k = 0; k < m && fits; k++) {
    const ci = members[k]!;
    const stored = va[ci]!;
    const v = stored === BIG ? big.get(ci)! : stored;
    if (typeof v !== "number") {
      fits = false;
      break;
    }
    const key = p === 0 ? (v < 2 ** 53 ? v : undefined) : scaleUp(v, p - dp![ci]!);
    if (key === undefined) fits = false;
    else keys[k] = key;
  }
  if (fits) return keys;
  const out: bigint[] = new Array<bigint>(m);
  for (let k = 0; k < m; k++) {
    const ci = members[k]!;
    const stored = va[ci]!;
    const v = stored === BIG ? big.get(ci)! : stored;
    const mant = typeof v === "bigint" ? v : BigInt(v);
    const shift = p - (dp === undefined ? 0 : dp[ci]!);
    out[k] = shift === 0 ? mant : mant * 10n ** BigInt(shift);
  }
  return out;
}
