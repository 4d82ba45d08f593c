import type { Counting, CountingOptions, PeriodLength } from "./period-core.js";
import { periodEnd } from "./period-end.js";

/**
 * **Counting case 4 — validity period** (RULES.md §4; Civil Code, General Part, chapter 6
 * "Calculation of periods"): the last day something "valid n years/months/days from the day of X"
 * is valid. It is the end of the forward period (case 1, {@link periodEnd}) and is **not** moved to
 * a working day: validity is a state, not an act to be done.
 *
 * Worked example (R-EL-4, a certificate "valid one year from the day of testing"): tested
 * 2026-08-15 → valid through **2027-08-15** (a Sunday: not moved); tested 2028-02-29 → valid
 * through 2029-02-28.
 *
 * With `counting: "inclusive"` the day of X is day 1 and validity ends one day earlier
 * (2027-08-14).
 *
 * @param from - the day of X, `YYYY-MM-DD` (1900–2199).
 * @param length - `{ days }`, `{ months }` or `{ years }`, a whole number ≥ 1.
 * @param opts - `counting` (default `"civil-code"`).
 * @returns the last valid day (inclusive), `YYYY-MM-DD`.
 * @throws A {@link RuleInputError} for bad input.
 *
 * @example
 * ```ts
 * validUntil("2026-08-15", { years: 1 }) // "2027-08-15"
 * ```
 * @category Periods
 */
export function validUntil(from: string, length: PeriodLength, opts?: CountingOptions): string {
  return periodEnd(from, length, opts);
}
