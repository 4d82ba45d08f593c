import { fail } from "../internal/fail.js";
import type { Calendar, CalendarData } from "./calendar.js";
import { checkDayYears, isoFromDay, readDate } from "./civil-date.js";
import { CALENDAR_FIRST_YEAR, CALENDAR_LAST_YEAR } from "./days-off-data.js";
import { resolveCalendar } from "./kazakhstan-calendar.js";

/**
 * **R-CAL-1** — the first working day on or after a date: the date itself when it is a working
 * day, otherwise the next working day. This is how a deadline ending on a day off is moved
 * (RULES.md §4 counting case 2), and how a portal application made on a day off is accepted.
 *
 * > «…демалыс және мереке күндері өтінген жағдайда … өтініштерді қабылдау … келесі жұмыс күні жүргізіледі»
 *
 * "…if applied for on a day off or a holiday, the application is accepted … on the next working day"
 * (ASA-52-2026, testing rules App. 5 row 7).
 *
 * @rule R-CAL-1
 * @param date - civil date `YYYY-MM-DD`, 2012–2077.
 * @param cal - a calendar from {@link kazakhstanCalendar}; default the built-in one.
 * @returns a civil date `YYYY-MM-DD`.
 * @throws A {@link RuleInputError} for a bad date, or when the answer would fall after 2077.
 *
 * @example
 * ```ts
 * nextWorkingDay("2026-03-21") // "2026-03-26" (Sat 21 … Wed 25 are off)
 * nextWorkingDay("2026-03-16") // "2026-03-16" (already a working day)
 * ```
 * @category Calendars
 */
export function nextWorkingDay(date: string, cal?: Calendar): string {
  const c = resolveCalendar(cal, "R-CAL-1");
  return c.iso[nextWorkingDayFrom(c, readDate(date, "date", "R-CAL-1", CALENDAR_FIRST_YEAR, CALENDAR_LAST_YEAR)) - c.start]!;
}

/**
 * @internal {@link nextWorkingDay} on a day number (checked against the calendar's years as a
 * date argument would be): the first working day on or after day `z`, as a day number.
 */
export function nextWorkingDayFrom(c: CalendarData, z: number): number {
  const k = c.before[checkDayYears(z, "date", "R-CAL-1", CALENDAR_FIRST_YEAR, CALENDAR_LAST_YEAR) - c.start]!;
  if (k >= c.workIdx.length) return fail("R-CAL-1", "date", isoFromDay(z), `no working day on or after it within ${CALENDAR_LAST_YEAR}`);
  return c.start + c.workIdx[k]!;
}
