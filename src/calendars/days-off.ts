import type { Calendar, DayOff } from "./calendar.js";
import { readWhole } from "./civil-date.js";
import { CALENDAR_FIRST_YEAR, CALENDAR_LAST_YEAR } from "./days-off-data.js";
import { resolveCalendar } from "./kazakhstan-calendar.js";

/**
 * **R-CAL-1, R-CAL-2** — every day off of a year other than ordinary Saturdays and Sundays, in
 * date order: statutory holidays (`holiday`, listed even when they fall on a weekend), `religious`
 * days (7 January, Kurban Ait), `carried` days (a holiday that fell on a Saturday or Sunday, with
 * `from` = the holiday) and `transfer` days (with `from` = the day worked instead). A day worked by
 * a transfer is not listed (see {@link workingDayInfo}). When two days off fall on one date, the
 * statutory one is listed.
 *
 * @rule R-CAL-1 R-CAL-2
 * @param year - 2012–2077.
 * @param cal - a calendar from {@link kazakhstanCalendar}; default the built-in one.
 * @returns a frozen array of {@link DayOff}.
 * @throws A {@link RuleInputError} for a year that is not a whole number in 2012–2077.
 *
 * @example
 * ```ts
 * daysOff(2026).filter((d) => d.kind === "carried").map((d) => d.date)
 * // ["2026-03-09", "2026-03-24", "2026-03-25", "2026-05-11", "2026-10-26"]
 * ```
 * @category Calendars
 */
export function daysOff(year: number, cal?: Calendar): readonly DayOff[] {
  const c = resolveCalendar(cal, "R-CAL-1");
  readWhole(year, "year", "R-CAL-1", CALENDAR_FIRST_YEAR, CALENDAR_LAST_YEAR);
  return c.byYear.get(year) ?? Object.freeze([]);
}
