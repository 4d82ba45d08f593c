// Shared fixtures of the calendar tests (test/calendars/): sources and messages several files
// check, the day-off lookup, the Astana time range of the properties, and fast-check dates.
import { fc } from "@fast-check/vitest";
import { daysOff, type Calendar, type DayOff } from "../../src/index.js";

/** The source of every statutory day off (days-off-data.ts). */
export const LAW_AND_CODE =
  'Law "On holidays in the Republic of Kazakhstan" No. 267-II of 13.12.2001, as amended; Labour Code of the Republic of Kazakhstan, the article on holidays';
/** The act of the built-in 2025 transfer (Fri 03.01.2025 off, Sun 05.01.2025 worked). */
export const ACT_2025 =
  "Order of the Minister of Labour and Social Protection (November 2024) on the transfer of a day of rest in 2025, adilet.zan.kz/kaz/docs/G24G0000436";
/** What every calendar function says of a `cal` that is not a Calendar. */
export const NOT_A_CALENDAR = "not a Calendar: make one with kazakhstanCalendar()";

/** The entry of `daysOff` for one date, or undefined. */
export function offOn(date: string, cal: Calendar): DayOff | undefined {
  return daysOff(Number(date.slice(0, 4)), cal).find((d) => d.date === date);
}

/** R-CAL-3: what is said of an instant or a date before 2005. */
export const BEFORE_2005 =
  "before 2005-01-01T00:00:00+06:00: Kazakhstan observed summer time until 31.10.2004, which this library does not model";
/** R-CAL-3: what is said of a date-time without an offset. */
export const NO_OFFSET =
  'no offset: a local date-time is ambiguous; give the offset, e.g. "+05:00" (Astana from 01.03.2024), "+06:00" (Astana before) or "Z"';

// The switch: 2024-03-01 00:00 at UTC+6 = 2024-02-29 18:00 UTC (00:00 − 6 h, crossing midnight back
// into 29 Feb). At that instant the clocks went back to 23:00 (18:00 UTC + 5 h = 23:00 on 29 Feb),
// so the local hour 23:00–23:59:59.999 of 29 Feb happened twice: 17:00–17:59:59.999 UTC (+06) and
// 18:00–18:59:59.999 UTC (+05).
/** Epoch ms of the 2024 switch; used only to generate test instants. */
export const ASTANA_SWITCH_MS = Date.UTC(2024, 1, 29, 18, 0, 0);
/** Epoch ms of 2005-01-01 00:00 +06:00, the first supported instant: the properties' lower end. */
export const ASTANA_MIN_MS = Date.UTC(2004, 11, 31, 18, 0, 0);
/** Epoch ms of 2100-01-01 00:00Z: the properties' upper end. */
export const ASTANA_MAX_MS = Date.UTC(2100, 0, 1);

/** ISO date of a day offset from 2014-01-01, computed with Date.UTC (independent of the library). */
export function isoAt(offset: number): string {
  return new Date(Date.UTC(2014, 0, 1) + offset * 86400000).toISOString().slice(0, 10);
}
/** Dates 2014 … 2074 (inside the calendar's 2012–2077 with room for ±250 working days). */
export const dateArb = fc.integer({ min: 0, max: 365 * 61 }).map(isoAt); // 2014 … 2074
/** A count of working days, −250…250. */
export const nArb = fc.integer({ min: -250, max: 250 });
