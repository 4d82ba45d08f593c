import type { Calendar } from "../../calendars/calendar.js";
import type { Counting } from "../../calendars/period-core.js";
import { isoFromDay } from "../../calendars/civil-date.js";
import * as z from "zod";
import { inTemporaryRules } from "./selection-timing-internal.js";
import { calendar, CIVIL_CODE, countingSchema, day, deadlineDay, options } from "./time-internal.js";

const RULE = "R-SEL-6";
const schema = z.object({ counting: countingSchema.optional() }).strict();

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
 * The temporary rules apply 01.01.2024–31.12.2025.
 *
 * @rule R-SEL-6
 * @param publishedOn - the day the proctor published the check results, `YYYY-MM-DD`.
 * @param opts - `counting` (default `"civil-code"`).
 * @param cal - calendar (default the built-in one).
 * @returns the last grading day, `YYYY-MM-DD`.
 * @throws {@link RuleInputError} for a bad date or option, or a date outside 2024–2025.
 *
 * @example
 * ```ts
 * essayGradingDeadline("2025-05-08") // "2025-05-12" (Fri 9 May Victory Day, weekend)
 * ```
 * @category Time rules
 */
export function essayGradingDeadline(publishedOn: string, opts?: { counting?: Counting }, cal?: Calendar): string {
  const published = day(publishedOn, "publishedOn", RULE);
  inTemporaryRules(publishedOn, "publishedOn", RULE);
  const o = options(schema, opts, RULE);
  const c = calendar(cal, RULE);
  return isoFromDay(deadlineDay(c, published, { workingDays: 1 }, o.counting ?? CIVIL_CODE, RULE));
}
