import type { Calendar } from "./calendar.js";
import { isoFromDay, readDate } from "./civil-date.js";
import { readCounting, readLength, type Counting, type CountingOptions, type PeriodLength } from "./period-core.js";
import { earliestAfterWaitingFrom } from "./earliest-after-waiting.js";
import { resolveCalendar } from "./kazakhstan-calendar.js";
import { nextWorkingDayFrom } from "./next-working-day.js";

/**
 * **Counting case 3, the working-day companion** (RULES.md §4): the first *working* day on or
 * after the first allowed day of a waiting period ({@link earliestAfterWaiting}). A separate value
 * on purpose: the bar itself is not moved; this is only when the act can next be done on a working
 * day.
 *
 * Worked example: tested Wednesday 2026-12-30, three calendar days → first allowed day Sunday
 * 2027-01-03 → Monday 04.01.2027 is a day off too (New Year's 2 January fell on a Saturday and is
 * carried) → first working day **Tuesday 2027-01-05**.
 *
 * @rule R-CAL-1
 * @param from - the day D, `YYYY-MM-DD`.
 * @param length - `{ days }`, `{ months }` or `{ years }`, a whole number ≥ 1.
 * @param cal - a calendar from {@link kazakhstanCalendar}; default the built-in one.
 * @param opts - `counting` (default `"civil-code"`).
 * @returns a working day, `YYYY-MM-DD`.
 * @throws A {@link RuleInputError} for bad input, or an answer outside 2012–2077.
 *
 * @example
 * ```ts
 * firstWorkingDayAfterWaiting("2026-12-30", { days: 3 }) // "2027-01-05"
 * ```
 * @category Periods
 */
export function firstWorkingDayAfterWaiting(
  from: string,
  length: PeriodLength,
  cal?: Calendar,
  opts?: CountingOptions,
): string {
  // as earliestAfterWaiting then nextWorkingDay, reading `from` once: same checks, same order
  const z = readDate(from, "from", "§4 counting case 3");
  const len = readLength(length, "length", "§4 counting case 3");
  const counting = readCounting(opts, "§4 counting case 3");
  const earliest = earliestAfterWaitingFrom(z, len, counting, length);
  return isoFromDay(nextWorkingDayFrom(resolveCalendar(cal, "R-CAL-1"), earliest));
}
