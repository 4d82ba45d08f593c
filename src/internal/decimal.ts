import { Decimal } from "decimal.js";

/**
 * The library's own Decimal constructor: 40 significant digits, round half to even.
 * Instances are ordinary decimal.js `Decimal`s (`instanceof Decimal` holds; the prototype is
 * shared), but our divisions by 3, 6, 7 keep 40 significant digits whatever the caller's
 * global `Decimal.set(...)` says, and we never change the caller's global configuration.
 */
export const D = /* @__PURE__ */ (() => Decimal.clone({
  precision: 40,
  rounding: Decimal.ROUND_HALF_EVEN,
  toExpNeg: -30,
  toExpPos: 40,
}))();
export type D = Decimal;
