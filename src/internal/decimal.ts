import { Decimal } from "decimal.js";

/**
 * The library's own Decimal constructor: 40 significant digits, round half to even.
 * Every computation runs on it, so our divisions by 3, 6, 7 keep 40 significant digits whatever
 * the caller's global `Decimal.set(...)` says, and we never change the caller's global
 * configuration. Its instances never reach the caller: see {@link out}.
 */
export const D = /* @__PURE__ */ (() => Decimal.clone({
  precision: 40,
  rounding: Decimal.ROUND_HALF_EVEN,
  toExpNeg: -30,
  toExpPos: 40,
}))();
export type D = Decimal;

/**
 * A result as the caller receives it: an instance of decimal.js's MAIN constructor — the
 * caller's own `Decimal` wherever npm resolves one decimal.js, which the peer dependency makes
 * the rule — holding exactly the digits of `x` (constructing a Decimal from a Decimal copies its
 * digits and never rounds). So a consumer's `expect(r).toEqual(new Decimal("1.7"))` compares
 * like with like (decimal.js keeps the constructor as an own property of every instance, and a
 * clone's instances never deep-equal the main constructor's) (issue 19).
 *
 * Further arithmetic on a result follows the caller's own `Decimal.set(...)`, as with any of
 * their Decimals; the library's own code therefore never computes on a result without wrapping
 * it in {@link D} first. A result outside the exponent range the caller set with `minE`/`maxE`
 * would be changed by that copy: it is an error, never a silently different number.
 * @internal
 */
export function out(x: Decimal): Decimal {
  const r = new Decimal(x);
  if (r.e !== x.e && x.isFinite() && !x.isZero()) {
    throw new RangeError(`kz-civil-service-rules: the result ${x.toFixed()} is outside the exponent range set by the caller's Decimal.set({ minE, maxE })`);
  }
  return r;
}
