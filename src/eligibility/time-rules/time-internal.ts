/**
 * Shared helpers of the time rules (RULES.md §4): validation at the boundary with the rule's own
 * id, the edition in force (R-CAL-4), calendar coverage. Not exported from the package.
 *
 * @module
 * @internal
 */
import * as z from "zod";
import { RuleInputError } from "../../errors.js";
import { fail, parse } from "../../internal/validate.js";
import { civilFromDay, readDate } from "../../calendars/civil-date.js";
import { parseAstanaInstant } from "../../calendars/astana-time.js";
import { Calendar, type CalendarCoverage, type CalendarData } from "../../calendars/calendar.js";
import { resolveCalendar } from "../../calendars/kazakhstan-calendar.js";
import { CALENDAR_FIRST_YEAR, CALENDAR_LAST_YEAR } from "../../calendars/days-off-data.js";
import { calendarCoverage } from "../../calendars/calendar-coverage.js";
import type { Counting, DeadlineLength, Length, PeriodLength } from "../../calendars/period-core.js";
import { deadlineFrom } from "../../calendars/deadline.js";
import { periodEndFrom } from "../../calendars/period-end.js";
import { ruleVersionOn, type VersionInForce } from "../../sources/versions.js";
import type { PublicationId } from "../../sources/effective-dates.js";

/**
 * @internal Reads a civil date `YYYY-MM-DD` in the years the calendar covers (2012–2077): the
 * time rules read each date argument once, here, and work on its day number.
 */
export function day(value: unknown, field: string, rule: string): number {
  return readDate(value, field, rule, CALENDAR_FIRST_YEAR, CALENDAR_LAST_YEAR);
}

/** @internal Checks an instant with an offset (from 2005) and returns its epoch milliseconds. */
export function instant(value: unknown, field: string, rule: string): number {
  return parseAstanaInstant(value, field, rule);
}

/** @internal Checks the `cal` argument. */
export function calendar(cal: unknown, rule: string): Calendar | undefined {
  if (cal === undefined) return undefined;
  if (!(cal instanceof Calendar)) return fail(rule, "cal", cal, "expected a Calendar from kazakhstanCalendar()");
  return cal;
}

/** The rule a calendar's tables answer to (resolving a checked Calendar never throws). */
const CALENDAR_RULE = "R-CAL-1";
/** @internal The default reading of a period (RULES.md §4). */
export const CIVIL_CODE: Counting = "civil-code";

/** @internal The working-day tables of a checked `cal` (or of the built-in calendar), for the calendar cores. */
export function tables(cal: Calendar | undefined): CalendarData {
  return resolveCalendar(cal, CALENDAR_RULE);
}

/** @internal A period length of the library's own data as the calendar cores take it (years are 12 months). */
export function lengthOf(l: PeriodLength | { workingDays: number }): DeadlineLength {
  if ("workingDays" in l) return { unit: "workingDays", n: l.workingDays };
  if ("days" in l) return { unit: "days", n: l.days };
  if ("months" in l) return { unit: "months", n: l.months };
  return { unit: "months", n: l.years * 12 };
}

/**
 * @internal Runs a building block of the calendars module and re-labels any RuleInputError it
 * throws with the time rule's id (the building block's own id is kept in brackets).
 */
export function under<T>(rule: string, fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    if (e instanceof RuleInputError) {
      throw new RuleInputError(e.issues.map((i) => ({ ...i, rule: i.rule === rule ? rule : `${rule} (${i.rule})` })));
    }
    throw e;
  }
}

/**
 * @internal {@link deadline} (counting case 2) from day `z`, under the time rule's id: the last
 * day of a period for an act, a working day, as a day number.
 */
export function deadlineDay(cal: Calendar | undefined, z: number, length: PeriodLength | { workingDays: number }, counting: Counting, rule: string): number {
  return under(rule, () => deadlineFrom(tables(cal), z, lengthOf(length), counting, length));
}

/** @internal {@link periodEnd} / {@link validUntil} (counting cases 1 and 4) from day `z`, under the time rule's id. */
export function periodEndDay(z: number, length: PeriodLength, counting: Counting, rule: string): number {
  return under(rule, () => periodEndFrom(z, lengthOf(length) as Length, counting, length));
}

/** @internal zod pieces shared by the option schemas. */
export const countingSchema = /* @__PURE__ */ (() => z.enum(["civil-code", "inclusive"]))();
export const publicationSchema = /* @__PURE__ */ (() => z
  .object({
    "ASA-184-2024": z.string().optional(),
    "ASA-52-2026": z.string().optional(),
    "ASA-180-2012": z.string().optional(),
    "ASA-56-2014": z.string().optional(),
  })
  .strict())();
export const versionFields = /* @__PURE__ */ (() => ({
  asOf: z.string().optional(),
  presume: z.boolean().optional(),
  publication: publicationSchema.optional(),
}))();

/** @internal Options forwarded to {@link ruleVersion}. */
export interface VersionAsk {
  readonly asOf?: string | undefined;
  readonly presume?: boolean | undefined;
  readonly publication?: Partial<Record<PublicationId, string>> | undefined;
}

/** @internal The edition of `key` in force: latest without `asOf`, else as {@link ruleVersion} answers. */
export function version(key: string, rule: string, o: VersionAsk, asOfDay?: number): VersionInForce {
  const ask: { asOf?: string; presume?: boolean; publication?: Partial<Record<PublicationId, string>> } = {};
  if (o.asOf !== undefined) ask.asOf = o.asOf;
  if (o.presume !== undefined) ask.presume = o.presume;
  if (o.publication !== undefined) ask.publication = o.publication;
  return under(rule, () => ruleVersionOn(key, ask, asOfDay));
}

/** @internal Parses an options object (absent → `{}`) with a strict schema. */
export function options<S extends z.ZodType>(schema: S, opts: unknown, rule: string): z.output<S> {
  return parse(schema, opts ?? {}, rule, "opts");
}

/** @internal Coverage of the years spanned by the given days: `"statutory-only"` if any is. */
export function coverage(cal: Calendar | undefined, ...days: number[]): CalendarCoverage {
  const years = days.map((z) => civilFromDay(z)[0]);
  const lo = Math.min(...years);
  const hi = Math.max(...years);
  for (let y = Math.max(lo, CALENDAR_FIRST_YEAR); y <= Math.min(hi, CALENDAR_LAST_YEAR); y++) {
    if (calendarCoverage(y, cal) === "statutory-only") return "statutory-only";
  }
  return "confirmed";
}


import { toAstana } from "../../calendars/astana-civil.js";

/** @internal The instant `ms + deltaMs`, written at the Astana offset (R-CAL-3). */
export function astanaShift(ms: number, deltaMs: number, rule: string): string {
  return under(rule, () => toAstana(new Date(ms + deltaMs).toISOString()).instant);
}
