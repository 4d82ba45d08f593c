import type { Calendar, CalendarData } from "./calendar.js";
import { readDate } from "./civil-date.js";
import { CALENDAR_FIRST_YEAR, CALENDAR_LAST_YEAR } from "./days-off-data.js";
import { resolveCalendar } from "./kazakhstan-calendar.js";

/**
 * **R-CAL-1, R-CAL-2** — whether a civil date is a working day in Kazakhstan: Monday–Friday that is
 * not a statutory day off, not a carried day off, not Kurban Ait and not a day off by transfer; or a
 * Saturday/Sunday made a working day by a transfer.
 *
 * > «…демалыс және мереке күндерін қоспағанда, дүйсенбі – жұма аралығында…»
 *
 * "…Monday to Friday, except days off and holidays…" (ASA-52-2026, testing rules App. 5 row 7,
 * pointing to the Labour Code and the Law "On holidays in the Republic of Kazakhstan").
 *
 * For a year after the confirmed data (2027 on) the answer is computed from the statute alone: use
 * {@link workingDayInfo} or {@link calendarCoverage} to see that.
 *
 * @rule R-CAL-1 R-CAL-2
 * @param date - civil date `YYYY-MM-DD`, 2012–2077.
 * @param cal - a calendar from {@link kazakhstanCalendar}; default the built-in one.
 * @returns `true` for a working day.
 * @throws A {@link RuleInputError} for a malformed or impossible date, or a year outside 2012–2077.
 *
 * @example
 * ```ts
 * isWorkingDay("2026-03-16") // true  (Monday; no Constitution Day off in 2026)
 * isWorkingDay("2026-03-24") // false (Nauryz 21 March fell on a Saturday: carried)
 * isWorkingDay("2024-05-04") // true  (Saturday worked by transfer)
 * ```
 * @category Calendars
 */
export function isWorkingDay(date: string, cal?: Calendar): boolean {
  const c = resolveCalendar(cal, "R-CAL-1");
  return isWorkingDayAt(c, readDate(date, "date", "R-CAL-1", CALENDAR_FIRST_YEAR, CALENDAR_LAST_YEAR));
}

/** @internal {@link isWorkingDay} on a day number of the calendar's years. */
export function isWorkingDayAt(c: CalendarData, z: number): boolean {
  return c.working[z - c.start] === 1;
}
