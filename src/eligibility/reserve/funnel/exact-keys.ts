/**
 * The exact keys the ranking core compares (R-PYR-3): within a group, the stored whole numbers as
 * they are, or every score scaled by 10^p to an integer (a number while it stays exact, else a
 * BigInt) — no float comparison of scores, ever.
 *
 * @module
 * @internal
 */
import type { Decimal } from "decimal.js";
import { D } from "../../../internal/decimal.js";
import type { ExactKeys } from "../../../internal/rank.js";
import { DEC, SAFE_INT_DIGITS } from "./funnel-index.js";

/** @internal */
export /** Exact keys of a group (see the ranking core): the stored integers, or all scaled by 10^p. */
function groupKeys(members: readonly number[], va: Float64Array, dec: Map<number, Decimal>, hasDec: boolean): ExactKeys {
  const m = members.length;
  if (!hasDec) {
    const keys = new Float64Array(m);
    for (let k = 0; k < m; k++) keys[k] = va[members[k]!]!;
    return keys;
  }
  let scale = 0;
  let intDigits = 1;
  for (const ci of members) {
    const v = va[ci]!;
    if (v === DEC) {
      const d = dec.get(ci)!;
      if (d.decimalPlaces() > scale) scale = d.decimalPlaces();
      if (d.e + 1 > intDigits) intDigits = d.e + 1;
    } else if (v >= 10 ** (intDigits)) {
      intDigits = String(v).length;
    }
  }
  const fixed = (ci: number): string => {
    const v = va[ci]!;
    return v === DEC ? dec.get(ci)!.toFixed(scale).replace(".", "") : String(v) + "0".repeat(scale);
  };
  if (intDigits + scale <= SAFE_INT_DIGITS) {
    const keys = new Float64Array(m);
    for (let k = 0; k < m; k++) keys[k] = Number(fixed(members[k]!));
    return keys;
  }
  return members.map((ci) => BigInt(fixed(ci)));
}

/** The exact score of candidate `ci` at a stage. @internal */
export function valueAt(va: Float64Array, dec: Map<number, Decimal>, ci: number): Decimal {
  const v = va[ci]!;
  return v === DEC ? dec.get(ci)! : new D(v);
}
