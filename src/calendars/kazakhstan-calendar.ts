import { fail } from "../internal/fail.js";
import { buildCalendar, calendarData, type Calendar, type CalendarData, type CalendarSpec } from "./calendar.js";
import { readDate, readWhole, civilFromDay } from "./civil-date.js";
import {
  CALENDAR_FIRST_YEAR,
  CALENDAR_LAST_YEAR,
  CONFIRMED_YEARS,
  DAY_OFF_TRANSFERS,
  KURBAN_AIT_DATES,
  type DayOffTransfer,
} from "./days-off-data.js";

const RULE = "R-CAL-2";

/**
 * What a caller may add to the built-in data of {@link kazakhstanCalendar}.
 *
 * @category Calendars
 */
export interface CalendarExtra {
  /**
   * Transfers of days off (R-CAL-2) beyond the built-in ones: `off` (a working day of the
   * statutory calendar) becomes a day off; `worked` (a Saturday, a Sunday or a day off), if
   * given, becomes a working day.
   */
  transfers?: { off: string; worked?: string; act?: string }[];
  /** First day of Kurban Ait by year (a date, or two dates when the year holds two); replaces the built-in (estimated) date of that year. */
  kurbanAit?: Record<number, string | string[]>;
  /**
   * Years whose transfers and Kurban Ait you have now supplied completely: their
   * {@link calendarCoverage} becomes `"confirmed"`. Adding data does not, by itself, confirm a year.
   */
  confirmedYears?: number[];
}

function builtInSpec(): { kurbanAit: Map<number, { dates: number[]; estimated: boolean; source: string }>; transfers: CalendarSpec["transfers"][number][] } {
  const kurbanAit = new Map<number, { dates: number[]; estimated: boolean; source: string }>();
  for (const [y, ka] of Object.entries(KURBAN_AIT_DATES)) {
    kurbanAit.set(Number(y), {
      dates: ka.dates.map((s) => readDate(s, "KURBAN_AIT_DATES", "R-CAL-1")),
      estimated: ka.status === "estimated",
      source: ka.source,
    });
  }
  const transfers: CalendarSpec["transfers"][number][] = [];
  for (const list of Object.values(DAY_OFF_TRANSFERS)) {
    for (const t of list) {
      transfers.push({
        off: readDate(t.off, "DAY_OFF_TRANSFERS.off", RULE),
        ...(t.worked === undefined ? {} : { worked: readDate(t.worked, "DAY_OFF_TRANSFERS.worked", RULE) }),
        t,
      });
    }
  }
  return { kurbanAit, transfers };
}

let defaultCal: Calendar | undefined;

/** @internal The built-in calendar (computed once, on first use; immutable). */
export function defaultCalendar(): Calendar {
  if (defaultCal === undefined) {
    const { kurbanAit, transfers } = builtInSpec();
    const built = buildCalendar({ kurbanAit, transfers, confirmed: new Set(CONFIRMED_YEARS) });
    if (Array.isArray(built)) throw new Error(`built-in transfer data is inconsistent: ${JSON.stringify(built)}`);
    defaultCal = built;
  }
  return defaultCal;
}

/** @internal The tables of `cal`, or of the built-in calendar when `cal` is undefined. */
export function resolveCalendar(cal: Calendar | undefined, rule: string): CalendarData {
  return calendarData(cal === undefined ? defaultCalendar() : cal, rule);
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/**
 * **R-CAL-1, R-CAL-2** — makes a working-day calendar of Kazakhstan, 2012–2077: Monday to Friday,
 * minus the statutory days off (carried to the next working day when they fall on a Saturday or
 * Sunday, except the religious ones), minus the first day of Kurban Ait, with the Government's
 * transfers of days off applied on top.
 *
 * > «…Қазақстан Республикасының Еңбек кодексіне және "Қазақстан Республикасындағы мерекелер туралы"
 * > Қазақстан Республикасының Заңына сәйкес демалыс және мереке күндерін қоспағанда, дүйсенбі – жұма…»
 *
 * "…Monday to Friday, except the days off and holidays under the Labour Code and the Law 'On holidays
 * in the Republic of Kazakhstan'…" (ASA-52-2026, testing rules App. 5 row 7).
 *
 * The built-in data (see `STATUTORY_DAYS_OFF`, `KURBAN_AIT_DATES`, `DAY_OFF_TRANSFERS`) covers
 * the transfers of 2012–2025 and Kurban Ait to 2026; years 2027 on are `"statutory-only"`
 * ({@link calendarCoverage}). When a new year's transfer act or Kurban Ait date is published,
 * pass it here. Without `extra`, the built-in calendar is returned (the same object every time).
 *
 * @rule R-CAL-1 R-CAL-2
 * @param extra - transfers and Kurban Ait dates to add, and years to mark confirmed.
 * @returns an immutable {@link Calendar}.
 * @throws A {@link RuleInputError} for a bad date, a year outside 2012–2077, a transfer whose `off`
 *   is already a day off or whose `worked` is already a working day, a Kurban Ait date not in its year.
 *
 * @example
 * ```ts
 * const cal2027 = kazakhstanCalendar({
 *   kurbanAit: { 2027: "2027-05-17" },                       // say the announced date differs
 *   transfers: [{ off: "2027-01-08", worked: "2027-01-09" }],
 *   confirmedYears: [2027],
 * });
 * isWorkingDay("2027-01-08", cal2027)  // false
 * calendarCoverage(2027, cal2027)      // "confirmed"
 * ```
 * @category Calendars
 */
export function kazakhstanCalendar(extra?: CalendarExtra): Calendar {
  if (extra === undefined) return defaultCalendar();
  if (!isRecord(extra)) return fail(RULE, "extra", extra, "expected an object { transfers?, kurbanAit?, confirmedYears? }");
  for (const k of Object.keys(extra)) {
    if (k !== "transfers" && k !== "kurbanAit" && k !== "confirmedYears") fail(RULE, `extra.${k}`, extra[k as never], "unknown field");
  }
  const { kurbanAit, transfers } = builtInSpec();
  const confirmed = new Set(CONFIRMED_YEARS);
  const builtInCount = transfers.length;

  if (extra.kurbanAit !== undefined) {
    if (!isRecord(extra.kurbanAit)) fail("R-CAL-1", "extra.kurbanAit", extra.kurbanAit, "expected an object { year: \"YYYY-MM-DD\" }");
    for (const [key, v] of Object.entries(extra.kurbanAit)) {
      const field = `extra.kurbanAit.${key}`;
      const year = /^\d{4}$/.test(key) ? Number(key) : Number.NaN;
      if (Number.isNaN(year) || year < CALENDAR_FIRST_YEAR || year > CALENDAR_LAST_YEAR) {
        fail("R-CAL-1", field, key, `the key must be a year ${CALENDAR_FIRST_YEAR}–${CALENDAR_LAST_YEAR}`);
      }
      const list = Array.isArray(v) ? v : [v];
      if (list.length < 1 || list.length > 2) fail("R-CAL-1", field, v, "expected one date (or two when the year holds two)");
      const dates = list.map((s, i) => {
        const z = readDate(s, Array.isArray(v) ? `${field}[${i}]` : field, "R-CAL-1", CALENDAR_FIRST_YEAR, CALENDAR_LAST_YEAR);
        if (civilFromDay(z)[0] !== year) fail("R-CAL-1", field, s, `the date is not in ${year}`);
        return z;
      });
      kurbanAit.set(year, { dates, estimated: false, source: "supplied by the caller (kazakhstanCalendar extra.kurbanAit)" });
    }
  }

  if (extra.transfers !== undefined) {
    if (!Array.isArray(extra.transfers)) fail(RULE, "extra.transfers", extra.transfers, "expected an array of { off, worked? }");
    extra.transfers.forEach((tr, i) => {
      const field = `extra.transfers[${i}]`;
      if (!isRecord(tr)) return fail(RULE, field, tr, "expected { off: \"YYYY-MM-DD\", worked?: \"YYYY-MM-DD\", act?: string }");
      for (const k of Object.keys(tr)) if (k !== "off" && k !== "worked" && k !== "act") fail(RULE, `${field}.${k}`, tr[k], "unknown field");
      const off = readDate(tr.off, `${field}.off`, RULE, CALENDAR_FIRST_YEAR, CALENDAR_LAST_YEAR);
      const worked = tr.worked === undefined ? undefined : readDate(tr.worked, `${field}.worked`, RULE, CALENDAR_FIRST_YEAR, CALENDAR_LAST_YEAR);
      if (tr.act !== undefined && typeof tr.act !== "string") fail(RULE, `${field}.act`, tr.act, "expected a string naming the act");
      const t: DayOffTransfer = Object.freeze({
        off: tr.off as string,
        ...(worked === undefined ? {} : { worked: tr.worked as string }),
        act: typeof tr.act === "string" && tr.act.trim() !== "" ? tr.act : "supplied by the caller (kazakhstanCalendar extra.transfers)",
      });
      transfers.push({ off, ...(worked === undefined ? {} : { worked }), t });
    });
  }

  if (extra.confirmedYears !== undefined) {
    if (!Array.isArray(extra.confirmedYears)) fail(RULE, "extra.confirmedYears", extra.confirmedYears, "expected an array of years");
    extra.confirmedYears.forEach((y, i) => {
      confirmed.add(readWhole(y, `extra.confirmedYears[${i}]`, RULE, CALENDAR_FIRST_YEAR, CALENDAR_LAST_YEAR));
    });
  }

  const built = buildCalendar({ kurbanAit, transfers, confirmed });
  if (Array.isArray(built)) {
    const p = built[0]!;
    const i = p.index - builtInCount;
    if (i < 0) {
      // the transfer broken is a built-in one (library data, never the caller's): shown as the JSON of its own string fields
      const { off, worked, act, note } = transfers[p.index]!.t;
      return fail(RULE, "extra", extra, `the data supplied conflicts with the built-in transfer ${JSON.stringify({ off, worked, act, note })}: its ${p.field} ${p.message}`);
    }
    const field = `extra.transfers[${i}].${p.field}`;
    return fail(RULE, field, extra.transfers![i]![p.field], p.message);
  }
  return built;
}
