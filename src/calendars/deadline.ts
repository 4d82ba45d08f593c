import { fail } from "../internal/fail.js";
import type { Calendar, CalendarData } from "./calendar.js";
import { isoFromDay, readDate } from "./civil-date.js";
import { CALENDAR_FIRST_YEAR, CALENDAR_LAST_YEAR } from "./days-off-data.js";
import { resolveCalendar } from "./kazakhstan-calendar.js";
import { forwardEnd, readCounting, readLength, type Counting, type CountingOptions, type DeadlineLength, type PeriodLength, type WorkingDaysLength } from "./period-core.js";

const RULE = "§4 counting case 2";

/**
 * **Counting case 2 — deadline for doing an act** (RULES.md §4; Civil Code, General Part,
 * chapter 6 "Calculation of periods"; R-CAL-1 for the working days): the last day on which an act
 * "within n days / months", "within n working days", "no later than …" may still be done. The act
 * may be done until 24:00 of that day.
 *
 * - Calendar `days`, `months`, `years`: the end of the forward period (case 1, {@link periodEnd});
 *   **if that day is not a working day, the deadline moves to the next working day**.
 * - `workingDays`: the n-th working day after `from` ({@link addWorkingDays}); the day `from` is
 *   not counted.
 *
 * Worked examples: 10 calendar days from Tuesday 2026-03-10 end on Friday 20.03 (a working day,
 * kept); 3 calendar days from Friday 2026-03-20 end on Monday 23.03, Nauryz, and 24, 25 March are
 * carried days off, so the deadline is **Thursday 26.03.2026**; 3 working days from Friday
 * 2026-03-20 are 26, 27, 30 March → 30.03.2026.
 *
 * With `counting: "inclusive"` the day `from` counts as day 1: calendar periods end one day
 * earlier (before the move), and for `workingDays` `from` itself is the first working day when it
 * is one.
 *
 * @rule R-CAL-1
 * @param from - the date the period runs from, `YYYY-MM-DD`.
 * @param length - `{ days }`, `{ months }`, `{ years }` or `{ workingDays }`, a whole number ≥ 1.
 * @param cal - a calendar from {@link kazakhstanCalendar}; default the built-in one.
 * @param opts - `counting` (default `"civil-code"`).
 * @returns the last day of the deadline, a working day, `YYYY-MM-DD`.
 * @throws A {@link RuleInputError} for bad input, or when the deadline falls outside 2012–2077.
 *
 * @example
 * ```ts
 * deadline("2026-03-20", { days: 3 })        // "2026-03-26"
 * deadline("2026-03-20", { workingDays: 3 }) // "2026-03-30"
 * ```
 * @category Periods
 */
export function deadline(
  from: string,
  length: PeriodLength | WorkingDaysLength,
  cal?: Calendar,
  opts?: CountingOptions,
): string {
  const c = resolveCalendar(cal, "R-CAL-1");
  const len = readLength(length, "length", RULE, true);
  const counting = readCounting(opts, RULE);
  const z = len.unit === "workingDays" ? readDate(from, "from", RULE, CALENDAR_FIRST_YEAR, CALENDAR_LAST_YEAR) : readDate(from, "from", RULE);
  return c.iso[deadlineFrom(c, z, len, counting, length) - c.start]!;
}

/**
 * @internal {@link deadline} on a day number `z` (of the calendar's years for `workingDays`), a
 * checked length and counting; `length` is the length as given, shown in an error.
 */
export function deadlineFrom(c: CalendarData, z: number, len: DeadlineLength, counting: Counting, length: unknown): number {
  let i: number; // first working day at or after position → index into workIdx
  if (len.unit === "workingDays") {
    const idx = z - c.start;
    // civil-code: working days strictly after `from`; inclusive: from `from` itself.
    i = (counting === "inclusive" ? c.before[idx]! : c.before[idx + 1]!) + len.n - 1;
  } else {
    const end = forwardEnd(z, len, counting);
    if (end < c.start || end > c.end) {
      return fail(RULE, "length", length, `the period from ${isoFromDay(z)} ends outside the years ${CALENDAR_FIRST_YEAR}–${CALENDAR_LAST_YEAR} the calendar covers`);
    }
    i = c.before[end - c.start]!;
  }
  if (i >= c.workIdx.length) {
    return fail(RULE, "length", length, `the deadline from ${isoFromDay(z)} falls after ${CALENDAR_LAST_YEAR}, beyond the calendar`);
  }
  return c.start + c.workIdx[i]!;
}
