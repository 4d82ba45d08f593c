import { fail } from "../internal/fail.js";
import type { Calendar, CalendarData } from "./calendar.js";
import { isoFromDay, readDate, readWhole } from "./civil-date.js";
import { CALENDAR_FIRST_YEAR, CALENDAR_LAST_YEAR } from "./days-off-data.js";
import { resolveCalendar } from "./kazakhstan-calendar.js";

const MAX_N = 20000;

/**
 * **R-CAL-1** — the `n`-th working day after `date` ("within n working days after X": the last day
 * of such a deadline, RULES.md §4 counting case 2). `date` itself is never counted, working or not.
 *
 * - `n > 0`: the n-th working day strictly after `date` (always a working day);
 * - `n < 0`: the |n|-th working day strictly before `date`;
 * - `n = 0`: `date` itself, unchanged even when it is a day off (zero days after X is X; use
 *   {@link nextWorkingDay} to move it).
 *
 * Worked example: a complaint registered on Friday 20.03.2026 is decided within 5 working days
 * (R-EL-7): 21–25 March are off (Saturday, Sunday, Nauryz 23 and the carried 24, 25), so the five
 * working days are 26, 27, 30, 31 March and 1 April → `"2026-04-01"`.
 *
 * Computed in constant time from precomputed tables (see bench/calendars.bench.ts).
 *
 * @rule R-CAL-1
 * @param date - civil date `YYYY-MM-DD`, 2012–2077 (any day, working or not).
 * @param n - whole number of working days, −20000…20000.
 * @param cal - a calendar from {@link kazakhstanCalendar}; default the built-in one.
 * @returns a civil date `YYYY-MM-DD`.
 * @throws A {@link RuleInputError} for a bad date, a non-whole or NaN `n`, or a result outside 2012–2077.
 *
 * @example
 * ```ts
 * addWorkingDays("2026-03-20", 5)  // "2026-04-01"
 * addWorkingDays("2026-04-01", -5) // "2026-03-20"
 * addWorkingDays("2026-03-21", 0)  // "2026-03-21"
 * ```
 * @category Calendars
 */
export function addWorkingDays(date: string, n: number, cal?: Calendar): string {
  const c = resolveCalendar(cal, "R-CAL-1");
  const z = readDate(date, "date", "R-CAL-1", CALENDAR_FIRST_YEAR, CALENDAR_LAST_YEAR);
  readWhole(n, "n", "R-CAL-1", -MAX_N, MAX_N);
  if (n === 0) return date;
  return c.iso[addWorkingDaysFrom(c, z, n) - c.start]!;
}

/**
 * @internal {@link addWorkingDays} on a day number `z` of the calendar's years and a checked
 * whole `n` ≠ 0 (zero days is the day itself, answered by the caller): the day number `n` working
 * days away.
 */
export function addWorkingDaysFrom(c: CalendarData, z: number, n: number): number {
  const i = z - c.start;
  // before[i] working days lie strictly before i; the first working day after i is at position
  // before[i + 1] of workIdx.
  const k = n > 0 ? c.before[i + 1]! + n - 1 : c.before[i]! + n;
  if (k < 0 || k >= c.workIdx.length) {
    return fail("R-CAL-1", "n", n, `${n} working days from ${isoFromDay(z)} fall outside the years ${CALENDAR_FIRST_YEAR}–${CALENDAR_LAST_YEAR} the calendar covers`);
  }
  return c.start + c.workIdx[k]!;
}
