import * as z from "zod";
import type { Calendar, CalendarCoverage } from "../../calendars/calendar.js";
import { toAstana } from "../../calendars/astana-civil.js";
import { isoFromDay } from "../../calendars/civil-date.js";
import { isWorkingDayAt } from "../../calendars/is-working-day.js";
import { nextWorkingDayFrom } from "../../calendars/next-working-day.js";
import { addWorkingDaysFrom } from "../../calendars/add-working-days.js";
import type { VersionInForce } from "../../sources/versions.js";
import { SERVICE_WORKING_HOURS } from "./service-working-hours.js";
import { calendar, coverage, day, instant, options, tables, under, version, versionFields } from "./time-internal.js";

const RULE = "R-EL-5";

/**
 * Why an application counts from the day it does.
 *
 * @category Time rules
 */
export type AcceptanceReason =
  /** Made on a working day before 09:00: the working time of the previous day has ended, and the next working day is this day. */
  | "before-opening"
  /** Made during working time (09:00–18:30, the lunch break included). */
  | "working-hours"
  /** Made on a working day from 18:30: the next working day. */
  | "after-hours"
  /** Made on a Saturday, Sunday or day off: the next working day. */
  | "day-off";

/**
 * The answer of {@link applicationAcceptance}.
 *
 * @category Time rules
 */
export interface ApplicationAcceptance {
  readonly rule: "R-EL-5";
  readonly submittedAt: string;
  /** The instant in Astana time. */
  readonly astana: { readonly date: string; readonly time: string; readonly instant: string };
  /** The civil date the application counts from. */
  readonly acceptedOn: string;
  readonly reason: AcceptanceReason;
  readonly explanation: string;
  readonly coverage: CalendarCoverage;
  readonly version: VersionInForce;
  readonly provenance: "stated" | "presumed";
}

/** Options of {@link applicationAcceptance}. @category Time rules */
export interface ApplicationAcceptanceOptions {
  readonly asOf?: string;
  readonly presume?: boolean;
  readonly publication?: Record<string, string>;
}

const schema = /* @__PURE__ */ (() => z.object({ ...versionFields }).strict())();
const CLOSES = /* @__PURE__ */ (() => `${SERVICE_WORKING_HOURS.closes}:00`)();
const OPENS = /* @__PURE__ */ (() => `${SERVICE_WORKING_HOURS.opens}:00`)();

/**
 * **R-EL-5 (acceptance day, RULES.md §4)** — the Astana civil date a portal application for
 * testing counts from, explained.
 *
 * > «портал – … тәулік бойы (кандидаттың жұмыс уақыты аяқталғаннан кейін, демалыс және мереке
 * > күндері өтінген жағдайда … өтініштерді қабылдау … келесі жұмыс күні жүргізіледі)»
 *
 * "the portal — round the clock (if applied after the end of working time, on days off and
 * holidays, … the application is accepted … on the next working day)" (ASA-52-2026, testing rules
 * App. 5 row 7, seed 001 line 1530, from 11.07.2026). Working time: Monday–Friday 09:00–18:30,
 * lunch 13:00–14:30 ({@link SERVICE_WORKING_HOURS}).
 *
 * - A Saturday, Sunday or day off (R-CAL-1) → the next working day (`"day-off"`).
 * - A working day from **18:30:00** Astana time on ("18.30-ға дейін" — working time lasts *until*
 *   18:30) → the next working day (`"after-hours"`).
 * - A working day before 18:30 → that day. The lunch break is inside working time (it does not
 *   "end" it). Before 09:00 the previous day's working time has ended, and the next working day is
 *   this very day, so both readings give this day (`"before-opening"`).
 *
 * The instant must carry an offset; it is converted to Astana time (UTC+6 before 01.03.2024,
 * UTC+5 from then; R-CAL-3).
 *
 * @rule R-EL-5
 * @param submittedAt - ISO instant with an offset, e.g. `"2026-09-11T19:05:00+05:00"`.
 * @param cal - calendar (default the built-in one).
 * @param opts - `asOf`, `presume`, `publication` (edition check, R-CAL-4).
 * @returns the explained acceptance day.
 * @throws A {@link RuleInputError} for an instant without offset, an impossible instant, a date outside 2012–2077, an unknown option.
 *
 * @example
 * ```ts
 * applicationAcceptance("2026-09-11T19:05:00+05:00").acceptedOn // "2026-09-14" (Friday after 18:30 → Monday)
 * applicationAcceptance("2026-09-11T19:05:00+05:00").reason     // "after-hours"
 * ```
 * @category Time rules
 */
export function applicationAcceptance(submittedAt: string, cal?: Calendar, opts?: ApplicationAcceptanceOptions): ApplicationAcceptance {
  instant(submittedAt, "submittedAt", RULE);
  const c = calendar(cal, RULE);
  const o = options(schema, opts, RULE);
  const a = under(RULE, () => toAstana(submittedAt));
  const submitted = day(a.date, "submittedAt", RULE);
  const v = version("R-EL-5#acceptance-day", RULE, o);
  const t = under(RULE, () => tables(c));
  let accepted: number;
  let reason: AcceptanceReason;
  if (!isWorkingDayAt(t, submitted)) {
    accepted = under(RULE, () => nextWorkingDayFrom(t, submitted));
    reason = "day-off";
  } else if (a.time >= CLOSES) {
    accepted = under(RULE, () => addWorkingDaysFrom(t, submitted, 1));
    reason = "after-hours";
  } else {
    accepted = submitted;
    reason = a.time < OPENS ? "before-opening" : "working-hours";
  }
  const acceptedOn = isoFromDay(accepted);
  const explanation = {
    "day-off": `${a.date} is not a working day: accepted on the next working day, ${acceptedOn}`,
    "after-hours": `${a.time} Astana time on ${a.date} is after the end of working time (${SERVICE_WORKING_HOURS.closes}): accepted on the next working day, ${acceptedOn}`,
    "before-opening": `${a.time} Astana time on working day ${a.date}, before ${SERVICE_WORKING_HOURS.opens}: the next working day after the previous working time is ${a.date} itself`,
    "working-hours": `${a.time} Astana time on working day ${a.date}, within working time: accepted that day`,
  }[reason];
  return Object.freeze({
    rule: RULE,
    submittedAt,
    astana: Object.freeze({ date: a.date, time: a.time, instant: a.instant }),
    acceptedOn,
    reason,
    explanation,
    coverage: coverage(c, submitted, accepted),
    version: v,
    provenance: v.provenance,
  });
}
