import type { Calendar, CalendarCoverage } from "./calendar.js";
import { readWhole } from "./civil-date.js";
import { CALENDAR_FIRST_YEAR, CALENDAR_LAST_YEAR } from "./days-off-data.js";
import { resolveCalendar } from "./kazakhstan-calendar.js";

/**
 * **R-CAL-2** — whether a year's working days are known data or a forecast:
 * `"confirmed"` when its transfers and its Kurban Ait date are recorded (built in: 2012–2026, or
 * years the caller marked with `confirmedYears`); `"statutory-only"` otherwise — the year is
 * computed from the statute alone, a transfer act may still come and Kurban Ait is an estimate.
 * Any working-day answer for a `"statutory-only"` year may change.
 *
 * > RULES.md R-CAL-2: "a year with no data is computed from the statute alone and the result says so".
 *
 * @rule R-CAL-2
 * @param year - 2012–2077.
 * @param cal - a calendar from {@link kazakhstanCalendar}; default the built-in one.
 * @returns `"confirmed"` or `"statutory-only"`.
 * @throws A {@link RuleInputError} for a year that is not a whole number in 2012–2077.
 *
 * @example
 * ```ts
 * calendarCoverage(2026) // "confirmed"
 * calendarCoverage(2027) // "statutory-only"
 * ```
 * @category Calendars
 */
export function calendarCoverage(year: number, cal?: Calendar): CalendarCoverage {
  const c = resolveCalendar(cal, "R-CAL-2");
  readWhole(year, "year", "R-CAL-2", CALENDAR_FIRST_YEAR, CALENDAR_LAST_YEAR);
  return c.confirmed.has(year) ? "confirmed" : "statutory-only";
}
