import type { Counting, CountingOptions, PeriodLength } from "./period-core.js";
import { periodEnd } from "./period-end.js";

/**
 * **Counting case 5 — look-back window** (RULES.md §4; Civil Code, General Part, chapter 6
 * "Calculation of periods"): the last day on which an event on E still counts for a rule worded
 * "within the last n days / months / year" before a date A. The event counts while A ≤ E + n
 * (calendar days; for months and years the corresponding day as in case 1, {@link periodEnd}); the
 * ground stops applying on the day after this one. Not moved to a working day.
 *
 * Worked example (R-EL-3 ground 1, "tested below the thresholds within the last three calendar
 * days"): failed on Monday 2026-09-14 → counts through **2026-09-17**; on 2026-09-18 (D + 4) it no
 * longer applies — the same day R-EL-1 allows the retest.
 *
 * With `counting: "inclusive"` the day E is day 1 and the window ends one day earlier.
 *
 * @param eventDate - the day E of the event, `YYYY-MM-DD` (1900–2199).
 * @param length - `{ days }`, `{ months }` or `{ years }`, a whole number ≥ 1.
 * @param opts - `counting` (default `"civil-code"`).
 * @returns the last day the event counts (inclusive), `YYYY-MM-DD`.
 * @throws A {@link RuleInputError} for bad input.
 *
 * @example
 * ```ts
 * lookBackWindowEnd("2026-09-14", { days: 3 })   // "2026-09-17"
 * lookBackWindowEnd("2026-03-31", { months: 6 }) // "2026-09-30"
 * ```
 * @category Periods
 */
export function lookBackWindowEnd(eventDate: string, length: PeriodLength, opts?: CountingOptions): string {
  return periodEnd(eventDate, length, opts);
}
