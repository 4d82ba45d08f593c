/**
 * The Calendar object (R-CAL-1, R-CAL-2): the working days of Kazakhstan precomputed for
 * 2012–2077 from the dated data of `days-off-data.ts`, plus callers' additions.
 *
 * @module
 */
import { fail } from "../internal/fail.js";
import { isoFromDay, dayNumber, isWeekend, civilFromDay } from "./civil-date.js";
import {
  CALENDAR_FIRST_YEAR,
  CALENDAR_LAST_YEAR,
  KURBAN_AIT_NAME,
  STATUTORY_DAYS_OFF,
  type DayOffTransfer,
} from "./days-off-data.js";

/**
 * Why a day is off: a statutory `holiday`; a `religious` day off (7 January, Kurban Ait — never
 * carried); a `carried` day off (a holiday that fell on a Saturday or Sunday, moved to the next
 * working day); a `transfer` by a Government act (R-CAL-2).
 *
 * @category Calendars
 */
export type DayOffKind = "holiday" | "religious" | "carried" | "transfer";

/**
 * One day off of a year, as listed by {@link daysOff}.
 *
 * @category Calendars
 */
export interface DayOff {
  /** The civil date, `YYYY-MM-DD`. */
  readonly date: string;
  readonly kind: DayOffKind;
  /** Kazakh name (for `carried`: the holiday's name; for `transfer`: «Ауыстырылған демалыс күні»). */
  readonly name: string;
  /** English name. */
  readonly nameEn: string;
  /** Russian name. */
  readonly nameRu: string;
  /** `carried`: the holiday's own date; `transfer`: the day worked instead, if any. */
  readonly from?: string;
  /** Kurban Ait whose date is an estimate (a year not yet announced). */
  readonly estimated?: boolean;
  /** Where the day off comes from (act or data source). */
  readonly source: string;
}

/**
 * Whether a year's calendar is fully known data (`confirmed`: its transfers and Kurban Ait date are
 * recorded) or computed from the statute alone (`statutory-only`: a transfer may still come, and
 * Kurban Ait is an estimate).
 *
 * @category Calendars
 */
export type CalendarCoverage = "confirmed" | "statutory-only";

/** @internal Precomputed tables of a calendar. */
export interface CalendarData {
  readonly start: number; // day number of first day
  readonly end: number; // day number of last day
  readonly firstYear: number;
  readonly lastYear: number;
  /** 1 = working, per day index. */
  readonly working: Uint8Array;
  /** Number of working days strictly before each day index (length N + 1). */
  readonly before: Int32Array;
  /** Day indices of the working days, in order. */
  readonly workIdx: Int32Array;
  readonly byDay: ReadonlyMap<number, DayOff>;
  readonly byYear: ReadonlyMap<number, readonly DayOff[]>;
  readonly workedBy: ReadonlyMap<number, DayOffTransfer>;
  readonly confirmed: ReadonlySet<number>;
  /** ISO string of each day index (output without re-formatting). */
  readonly iso: readonly string[];
}

const DATA = /* @__PURE__ */ new WeakMap<Calendar, CalendarData>();

/**
 * A working-day calendar of Kazakhstan (R-CAL-1, R-CAL-2), made by {@link kazakhstanCalendar}.
 * Immutable: its tables are computed once, when it is made. Pass it as the `cal` argument of the
 * calendar functions; without one they use the built-in data.
 *
 * @category Calendars
 */
export class Calendar {
  /** First year covered (2012). */
  readonly firstYear: number;
  /** Last year covered (2077). */
  readonly lastYear: number;
  /** Years whose transfers and Kurban Ait are known data, ascending. */
  readonly confirmedYears: readonly number[];

  /** @internal Use {@link kazakhstanCalendar}. */
  constructor(data: CalendarData) {
    this.firstYear = data.firstYear;
    this.lastYear = data.lastYear;
    this.confirmedYears = Object.freeze([...data.confirmed].sort((a, b) => a - b));
    DATA.set(this, data);
    Object.freeze(this);
  }
}

/** @internal The tables of a calendar; throws RuleInputError when `cal` is not a Calendar. */
export function calendarData(cal: unknown, rule: string): CalendarData {
  // WeakMap#get answers undefined for anything that is not a key, primitives included.
  const data = DATA.get(cal as Calendar);
  if (!data) return fail(rule, "cal", cal, "not a Calendar: make one with kazakhstanCalendar()");
  return data;
}

/** @internal Inputs of {@link buildCalendar}, already validated. */
export interface CalendarSpec {
  readonly kurbanAit: ReadonlyMap<number, { readonly dates: readonly number[]; readonly estimated: boolean; readonly source: string }>;
  readonly transfers: readonly { readonly off: number; readonly worked?: number; readonly t: DayOffTransfer }[];
  readonly confirmed: ReadonlySet<number>;
}

/** A transfer that cannot apply (its `off` is already off, its `worked` already working). */
export interface TransferProblem {
  readonly index: number;
  readonly field: "off" | "worked";
  readonly message: string;
}

/**
 * @internal Builds the tables. Order: statutory days and Kurban Ait; then carries (each holiday
 * on a Saturday or Sunday, in date order, goes to the next Monday–Friday that is not already off,
 * so 21–23 March on Sat–Mon give Tue 24 and Wed 25); then transfers on top.
 * Returns the problems found in the transfers instead of building when there are any.
 */
export function buildCalendar(spec: CalendarSpec): Calendar | TransferProblem[] {
  const firstYear = CALENDAR_FIRST_YEAR;
  const lastYear = CALENDAR_LAST_YEAR;
  const start = dayNumber(firstYear, 1, 1);
  const end = dayNumber(lastYear, 12, 31);
  const n = end - start + 1;
  const off = new Map<number, DayOff>();

  const holidays: { z: number; e: DayOff; carried: boolean }[] = [];
  for (let y = firstYear; y <= lastYear; y++) {
    for (const s of STATUTORY_DAYS_OFF) {
      if (y < s.fromYear || (s.toYear !== undefined && y > s.toYear)) continue;
      const z = dayNumber(y, s.month, s.day);
      holidays.push({
        z,
        e: Object.freeze({ date: isoFromDay(z), kind: s.kind, name: s.name, nameEn: s.nameEn, nameRu: s.nameRu, source: s.source }),
        carried: s.carried,
      });
    }
    const ka = spec.kurbanAit.get(y);
    if (ka) {
      for (const z of ka.dates) {
        holidays.push({
          z,
          e: Object.freeze({
            date: isoFromDay(z),
            kind: "religious" as const,
            name: KURBAN_AIT_NAME.name,
            nameEn: KURBAN_AIT_NAME.nameEn,
            nameRu: KURBAN_AIT_NAME.nameRu,
            ...(ka.estimated ? { estimated: true } : {}),
            source: ka.source,
          }),
          carried: false,
        });
      }
    }
  }
  holidays.sort((a, b) => a.z - b.z);
  for (const h of holidays) if (!off.has(h.z)) off.set(h.z, h.e);

  // Carries: in date order, each to the next weekday not already off.
  for (const h of holidays) {
    if (!h.carried || !isWeekend(h.z)) continue;
    let t = h.z + 1;
    while (isWeekend(t) || off.has(t)) t++;
    off.set(
      t,
      Object.freeze({ date: isoFromDay(t), kind: "carried" as const, name: h.e.name, nameEn: h.e.nameEn, nameRu: h.e.nameRu, from: h.e.date, source: h.e.source }),
    );
  }

  // Transfers on top of the statutory calendar.
  const problems: TransferProblem[] = [];
  const workedBy = new Map<number, DayOffTransfer>();
  const transferOff = new Map<number, DayOff>();
  spec.transfers.forEach((tr, index) => {
    if (off.has(tr.off) || isWeekend(tr.off) || transferOff.has(tr.off)) {
      problems.push({ index, field: "off", message: "is already a day off: a transfer's `off` must be a working day of the statutory calendar" });
    }
    if (tr.worked !== undefined && ((!off.has(tr.worked) && !isWeekend(tr.worked)) || workedBy.has(tr.worked))) {
      problems.push({ index, field: "worked", message: "is already a working day: a transfer's `worked` must be a Saturday, a Sunday or a day off" });
    }
    transferOff.set(
      tr.off,
      Object.freeze({
        date: isoFromDay(tr.off),
        kind: "transfer" as const,
        name: "Ауыстырылған демалыс күні",
        nameEn: "Day off (transferred)",
        nameRu: "Перенесённый выходной день",
        ...(tr.worked === undefined ? {} : { from: isoFromDay(tr.worked) }),
        source: tr.t.act,
      }),
    );
    if (tr.worked !== undefined) workedBy.set(tr.worked, tr.t);
  });
  if (problems.length > 0) return problems;
  for (const [z] of workedBy) off.delete(z);
  for (const [z, e] of transferOff) off.set(z, e);

  const working = new Uint8Array(n);
  const before = new Int32Array(n + 1);
  const iso: string[] = new Array<string>(n);
  let count = 0;
  for (let i = 0; i < n; i++) {
    const z = start + i;
    const w = workedBy.has(z) || (!isWeekend(z) && !off.has(z));
    working[i] = w ? 1 : 0;
    before[i] = count;
    if (w) count++;
    iso[i] = isoFromDay(z);
  }
  before[n] = count;
  const workIdx = new Int32Array(count);
  for (let i = 0, k = 0; i < n; i++) if (working[i]) workIdx[k++] = i;

  const byDay = new Map<number, DayOff>();
  const byYear = new Map<number, DayOff[]>();
  for (const z of [...off.keys()].sort((a, b) => a - b)) {
    if (z < start || z > end) continue;
    const e = off.get(z)!;
    byDay.set(z, e);
    const y = civilFromDay(z)[0];
    const list = byYear.get(y) ?? [];
    list.push(e);
    byYear.set(y, list);
  }
  for (const [y, list] of byYear) byYear.set(y, Object.freeze(list) as DayOff[]);

  return new Calendar({
    start,
    end,
    firstYear,
    lastYear,
    working,
    before,
    workIdx,
    byDay,
    byYear,
    workedBy,
    confirmed: spec.confirmed,
    iso: Object.freeze(iso),
  });
}
