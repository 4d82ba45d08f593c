import { fail } from "../internal/validate.js";
import type { Calendar } from "./calendar.js";
import { readDate } from "./civil-date.js";
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
 * @throws {@link RuleInputError} for a bad date, or when the answer would fall after 2077.
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
  const i = readDate(date, "date", "R-CAL-1", CALENDAR_FIRST_YEAR, CALENDAR_LAST_YEAR) - c.start;
  const k = c.before[i]!;
  if (k >= c.workIdx.length) return fail("R-CAL-1", "date", date, `no working day on or after it within ${CALENDAR_LAST_YEAR}`);
  return c.iso[c.workIdx[k]!]!;
}
