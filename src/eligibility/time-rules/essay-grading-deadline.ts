import type { Calendar } from "../../calendars/calendar.js";
import type { Counting } from "../../calendars/period-core.js";
import { isoFromDay } from "../../calendars/civil-date.js";
import * as z from "zod";
import type { PublicationId } from "../../sources/effective-dates.js";
import { inTemporaryRules, temporaryRulesVersion, temporaryVersionFields } from "./selection-timing-internal.js";
import { calendar, CIVIL_CODE, countingSchema, day, deadlineDay, options } from "./time-internal.js";

const RULE = "R-SEL-6";
const schema = /* @__PURE__ */ (() => z.object({ counting: countingSchema.optional(), ...temporaryVersionFields }).strict())();

/**
 * Options of {@link essayGradingDeadline}.
 *
 * @category Time rules
 */
export interface EssayGradingDeadlineOptions {
  /** Reading of the period (default `"civil-code"`). */
  readonly counting?: Counting;
  /**
   * Before ASA-184-2024 took effect the sources do not give para 115 (Order 40's earlier wording):
   * `presume: true` applies the ASA-184-2024 wording there anyway (see {@link ruleVersion}).
   */
  readonly presume?: boolean;
  /** ASA-184-2024's first official publication date, if the caller knows it (`{ "ASA-184-2024": "YYYY-MM-DD" }`). */
  readonly publication?: Partial<Record<PublicationId, string>>;
}

/**
 * **R-SEL-6 (timing)** — the last day the commission members grade the essays: within one working
 * day after the proctor publishes the results of the check.
 *
 * > «115. "Эссе жазу" конкурсы кезеңінен өткен үміткерлер тарапынан қағидалар талаптарын
 * > бұзушылықтар болмаған жағдайда, проктор тексеру нәтижелерін жариялағаннан кейін бір жұмыс күні
 * > ішінде эссені конкурс комиссиясының мүшелері … бес баллдық шәкіл бойынша бағалайды.»
 *
 * "If the candidates who passed the essay stage did not break the rules, the members of the
 * competition commission grade the essay on a five-point scale within one working day after the
 * proctor publishes the results of the check" (ASA-184-2024, temporary IS selection rules point 115,
 * seed 000 line 77). **Counting case 2**: the first working day after the publication day.
 *
 * **When** (R-CAL-4): the temporary rules apply 01.01.2024–31.12.2025; para 115 in this wording is
 * ASA-184-2024's (registered 04.11.2024; in force «алғашқы ресми жарияланған күнiнен кейiн», seed 000
 * line 125, presumed published by 31.12.2024 — see {@link PUBLICATIONS}). So a publication day
 * 01.01.2024–04.11.2024 falls under Order 40's earlier wording, not in the sources, and one in
 * 05.11.2024–31.12.2024 depends on the unknown publication date: both are a {@link RuleInputError}
 * (rule `"R-SEL-6 (R-CAL-4)"`, field `publishedOn`) unless `publication` decides it or `presume: true`
 * applies this wording anyway — as {@link ruleVersion}`("R-SEL-6", …)` answers.
 *
 * @rule R-SEL-6
 * @param publishedOn - the day the proctor published the check results, `YYYY-MM-DD`.
 * @param opts - `counting` (default `"civil-code"`), `presume`, `publication`.
 * @param cal - calendar (default the built-in one).
 * @returns the last grading day, `YYYY-MM-DD`.
 * @throws A {@link RuleInputError} for a bad date or option, a date outside 2024–2025, or a date before
 *   ASA-184-2024 certainly took effect (without `presume` / `publication`).
 *
 * @example
 * ```ts
 * essayGradingDeadline("2025-05-08") // "2025-05-12" (Fri 9 May Victory Day, weekend)
 * essayGradingDeadline("2024-03-05") // throws RuleInputError (before ASA-184-2024: not in the sources)
 * essayGradingDeadline("2024-03-05", { presume: true }) // "2024-03-06"
 * ```
 * @category Time rules
 */
export function essayGradingDeadline(publishedOn: string, opts?: EssayGradingDeadlineOptions, cal?: Calendar): string {
  const published = day(publishedOn, "publishedOn", RULE);
  inTemporaryRules(publishedOn, "publishedOn", RULE);
  const o = options(schema, opts, RULE);
  const c = calendar(cal, RULE);
  temporaryRulesVersion(RULE, RULE, publishedOn, published, "publishedOn", { presume: o.presume, publication: o.publication });
  return isoFromDay(deadlineDay(c, published, { workingDays: 1 }, o.counting ?? CIVIL_CODE, RULE));
}
