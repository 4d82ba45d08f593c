import * as z from "zod";
import type { Calendar } from "../../calendars/calendar.js";
import type { Counting } from "../../calendars/period-core.js";
import { isoFromDay } from "../../calendars/civil-date.js";
import { calendar, CIVIL_CODE, countingSchema, day, deadlineDay, options, version, versionFields } from "./time-internal.js";

const RULE = "R-GC-9";
const schema = /* @__PURE__ */ (() => z
  .object({ competition: z.enum(["internal", "general"]).optional(), counting: countingSchema.optional(), ...versionFields })
  .strict())();

/**
 * Options of {@link previousEmployerNoticeDeadline}.
 *
 * @category Time rules
 */
export interface PreviousEmployerNoticeOptions {
  /** `"internal"` (default) or `"general"` competition: the two notices of R-GC-9. */
  readonly competition?: "internal" | "general";
  /** Reading of the period's first day (default `"civil-code"`). */
  readonly counting?: Counting;
  /** Ask for the edition in force on this date (R-CAL-4); without it, the latest known edition. */
  readonly asOf?: string;
  /** With `asOf` where the sources do not give the text: use the nearest known edition. */
  readonly presume?: boolean;
  /** First official publication dates the caller knows (see `ruleVersion`). */
  readonly publication?: Record<string, string>;
}

/**
 * **R-GC-9 (notice)** — the last day the notice of the competition commission's decision goes to
 * the winner's previous employer: within one working day of the decision.
 *
 * > «Конкурстық комиссияның шешімі туралы хабарлама алдыңғы жұмыс берушіге ықпалдастырылған цифрлық
 * > жүйе арқылы конкурстық комиссияның шешімі қабылданғаннан кейін бір жұмыс күні ішінде жолданады.»
 *
 * "The notice of the competition commission's decision is sent to the previous employer through
 * the integrated digital system within one working day after the decision" (ASA-52-2026: internal
 * competition rules point 57 second part, seed 001 line 1298; general competition rules point 100
 * second part, line 1384 — «интегралды цифрлық жүйе арқылы»; both from 11.07.2026). **Counting
 * case 2**: the first working day after the decision day.
 *
 * @rule R-GC-9
 * @param decidedOn - the day of the commission's decision, `YYYY-MM-DD`.
 * @param opts - `competition` (`"internal"` default, `"general"`), `counting`, `asOf`, `presume`, `publication`.
 * @param cal - calendar (default the built-in one).
 * @returns the last day, `YYYY-MM-DD`.
 * @throws A {@link RuleInputError} for a bad date or option.
 *
 * @example
 * ```ts
 * previousEmployerNoticeDeadline("2026-12-31") // "2027-01-05"
 * ```
 * @category Time rules
 */
export function previousEmployerNoticeDeadline(
  decidedOn: string,
  opts?: PreviousEmployerNoticeOptions,
  cal?: Calendar,
): string {
  return isoFromDay(previousEmployerNoticeDeadlineFrom(day(decidedOn, "decidedOn", RULE), opts, cal));
}

/** @internal {@link previousEmployerNoticeDeadline} on the day number of a read `decidedOn` (also used by appointmentDate). */
export function previousEmployerNoticeDeadlineFrom(decided: number, opts: unknown, cal: unknown): number {
  const o = options(schema, opts, RULE);
  const c = calendar(cal, RULE);
  version(o.competition === "general" ? "R-GC-9#general-100-notice" : "R-GC-9#internal-57-notice", RULE, o);
  return deadlineDay(c, decided, { workingDays: 1 }, o.counting ?? CIVIL_CODE, RULE);
}
