import { isoFromDay, readDate, checkResultYear, CIVIL_MIN_YEAR, CIVIL_MAX_YEAR } from "./civil-date.js";
import { forwardEnd, readCounting, readLength, type Counting, type CountingOptions, type Length, type PeriodLength } from "./period-core.js";

const RULE = "§4 counting case 3";

/**
 * **Counting case 3 — waiting period** (RULES.md §4; Civil Code, General Part, chapter 6
 * "Calculation of periods"): the first day an act is allowed when the text says "not earlier than
 * n days after D". The n days run from the day after D (case 1) and must have passed, so the first
 * allowed day is **D + n + 1** (for months/years: the day after the corresponding day).
 *
 * It is **not moved** to a working day: it is a bar, not a deadline. When the act needs a working
 * day, use {@link firstWorkingDayAfterWaiting}.
 *
 * Worked example (R-EL-1, retest "not earlier than three calendar days after the day of testing"):
 * tested Wednesday 2026-12-30 → the three days are 31.12, 01.01, 02.01 → first allowed day
 * **Sunday 2027-01-03** (D + 4).
 *
 * With `counting: "inclusive"` the day D counts as day 1: first allowed day D + n (2027-01-02).
 *
 * @param from - the day D, `YYYY-MM-DD` (1900–2199).
 * @param length - `{ days }`, `{ months }` or `{ years }`, a whole number ≥ 1.
 * @param opts - `counting` (default `"civil-code"`).
 * @returns the first allowed day, `YYYY-MM-DD`.
 * @throws A {@link RuleInputError} for bad input.
 *
 * @example
 * ```ts
 * earliestAfterWaiting("2026-12-30", { days: 3 }) // "2027-01-03"
 * ```
 * @category Periods
 */
export function earliestAfterWaiting(from: string, length: PeriodLength, opts?: CountingOptions): string {
  const z = readDate(from, "from", RULE);
  const len = readLength(length, "length", RULE);
  const counting = readCounting(opts, RULE);
  return isoFromDay(earliestAfterWaitingFrom(z, len, counting, length));
}

/** @internal {@link earliestAfterWaiting} on a day number and a checked length; `length` as given, for an error. */
export function earliestAfterWaitingFrom(z: number, len: Length, counting: Counting, length: unknown): number {
  return checkResultYear(forwardEnd(z, len, counting) + 1, RULE, "length", length, CIVIL_MIN_YEAR, CIVIL_MAX_YEAR);
}
