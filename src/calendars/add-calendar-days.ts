import { readDate, readWhole, isoFromDay, checkResultYear, CIVIL_MIN_YEAR, CIVIL_MAX_YEAR } from "./civil-date.js";

/**
 * **R-CAL-1** (calendar days) — the date `n` calendar days after `date` (`n < 0`: before). Plain
 * civil-date arithmetic on day numbers: no time zone, no daylight-saving effects. "Calendar days"
 * (күнтізбелік күн) count every day, working or not.
 *
 * @rule R-CAL-1
 * @param date - civil date `YYYY-MM-DD`, years 1900–2199.
 * @param n - whole number of days, −100000…100000.
 * @returns a civil date `YYYY-MM-DD`.
 * @throws A {@link RuleInputError} for a bad date, a non-whole or NaN `n`, or a result outside 1900–2199.
 *
 * @example
 * ```ts
 * addCalendarDays("2026-12-30", 4)  // "2027-01-03"
 * addCalendarDays("2028-03-01", -1) // "2028-02-29"
 * ```
 * @category Calendars
 */
export function addCalendarDays(date: string, n: number): string {
  const z = readDate(date, "date", "R-CAL-1");
  readWhole(n, "n", "R-CAL-1", -100000, 100000);
  return isoFromDay(addCalendarDaysFrom(z, n));
}

/** @internal {@link addCalendarDays} on a day number and a checked whole `n`. */
export function addCalendarDaysFrom(z: number, n: number): number {
  return checkResultYear(z + n, "R-CAL-1", "n", n, CIVIL_MIN_YEAR, CIVIL_MAX_YEAR);
}
