import type { Calendar, CalendarCoverage, DayOff } from "./calendar.js";
import { readDate, isWeekend, civilFromDay } from "./civil-date.js";
import { CALENDAR_FIRST_YEAR, CALENDAR_LAST_YEAR } from "./days-off-data.js";
import { resolveCalendar } from "./kazakhstan-calendar.js";

/**
 * The answer of {@link workingDayInfo}.
 *
 * @category Calendars
 */
export interface WorkingDayInfo {
  readonly date: string;
  readonly working: boolean;
  /** Coverage of the date's year: `"statutory-only"` means the answer may still change. */
  readonly coverage: CalendarCoverage;
  /**
   * `weekday`: an ordinary working day; `weekend`: an ordinary Saturday/Sunday; `worked-by-transfer`:
   * a Saturday, Sunday or day off made a working day by a transfer; otherwise the {@link DayOffKind}
   * of the day off.
   */
  readonly reason: "weekday" | "weekend" | "worked-by-transfer" | DayOff["kind"];
  /** The day off, when the date is one (a statutory holiday on a weekend included). */
  readonly dayOff?: DayOff;
  /** The act of the transfer, for `worked-by-transfer`. */
  readonly act?: string;
}

/**
 * **R-CAL-1, R-CAL-2** — whether a date is a working day, why, and whether the year's data is
 * confirmed: the explained form of {@link isWorkingDay}.
 *
 * @rule R-CAL-1 R-CAL-2
 * @param date - civil date `YYYY-MM-DD`, 2012–2077.
 * @param cal - a calendar from {@link kazakhstanCalendar}; default the built-in one.
 * @returns a frozen {@link WorkingDayInfo}.
 * @throws A {@link RuleInputError} for a bad date or a year outside 2012–2077.
 *
 * @example
 * ```ts
 * workingDayInfo("2027-03-15")
 * // { date: "2027-03-15", working: false, coverage: "statutory-only", reason: "holiday",
 * //   dayOff: { name: "Қазақстан Республикасының Конституциясы күні", nameEn: "Constitution Day", … } }
 * workingDayInfo("2025-01-05").reason // "worked-by-transfer"
 * ```
 * @category Calendars
 */
export function workingDayInfo(date: string, cal?: Calendar): WorkingDayInfo {
  const c = resolveCalendar(cal, "R-CAL-1");
  const z = readDate(date, "date", "R-CAL-1", CALENDAR_FIRST_YEAR, CALENDAR_LAST_YEAR);
  const working = c.working[z - c.start] === 1;
  const coverage: CalendarCoverage = c.confirmed.has(civilFromDay(z)[0]) ? "confirmed" : "statutory-only";
  const dayOff = c.byDay.get(z);
  const worked = c.workedBy.get(z);
  if (worked) return Object.freeze({ date, working, coverage, reason: "worked-by-transfer" as const, act: worked.act });
  if (dayOff) return Object.freeze({ date, working, coverage, reason: dayOff.kind, dayOff });
  return Object.freeze({ date, working, coverage, reason: isWeekend(z) ? ("weekend" as const) : ("weekday" as const) });
}
