import { isoFromDay, readDate, checkResultYear, CIVIL_MIN_YEAR, CIVIL_MAX_YEAR } from "./civil-date.js";
import { forwardEnd, readCounting, readLength, type Counting, type CountingOptions, type Length, type PeriodLength } from "./period-core.js";

const RULE = "§4 counting case 1";

/**
 * **Counting case 1 — forward period** (RULES.md §4; Civil Code of the Republic of Kazakhstan,
 * General Part, chapter 6 "Calculation of periods"): the last day of a period of days, months or
 * years that runs from a date or an event.
 *
 * The period **begins on the day after** the date (the event's day is not counted). A period of
 * n days ends on D + n. A period of months or years ends on the corresponding day of its last
 * month; when that month has no such day, on the month's last day. The end is **not** moved off a
 * day off — that is case 2 ({@link deadline}).
 *
 * Worked examples: 2028-02-29 + 1 year → 2029-02-28 (2029 has no 29 February);
 * 2026-01-31 + 1 month → 2026-02-28; 2026-07-15 + 10 days → 2026-07-25.
 *
 * With `counting: "inclusive"` the date itself is day 1 and the period ends one day earlier
 * (2026-07-15 + 10 days → 2026-07-24). See {@link Counting}.
 *
 * @param from - the date or the day of the event, `YYYY-MM-DD` (1900–2199).
 * @param length - `{ days }`, `{ months }` or `{ years }`, a whole number ≥ 1.
 * @param opts - `counting` (default `"civil-code"`).
 * @returns the last day of the period, `YYYY-MM-DD`.
 * @throws A {@link RuleInputError} for a bad date, a length that is not exactly one whole unit ≥ 1, an unknown `counting`.
 *
 * @example
 * ```ts
 * periodEnd("2028-02-29", { years: 1 })  // "2029-02-28"
 * periodEnd("2026-01-31", { months: 1 }) // "2026-02-28"
 * periodEnd("2026-07-15", { days: 10 })  // "2026-07-25"
 * ```
 * @category Periods
 */
export function periodEnd(from: string, length: PeriodLength, opts?: CountingOptions): string {
  const z = readDate(from, "from", RULE);
  const len = readLength(length, "length", RULE);
  const counting = readCounting(opts, RULE);
  return isoFromDay(periodEndFrom(z, len, counting, length));
}

/**
 * @internal {@link periodEnd} (and so {@link validUntil}, {@link lookBackWindowEnd}) on a day
 * number and a checked length; `length` is the length as given, shown in an error.
 */
export function periodEndFrom(z: number, len: Length, counting: Counting, length: unknown): number {
  return checkResultYear(forwardEnd(z, len, counting), RULE, "length", length, CIVIL_MIN_YEAR, CIVIL_MAX_YEAR);
}
