import * as z from "zod";
import { toAstana } from "../../calendars/astana-civil.js";
import { readDate } from "../../calendars/civil-date.js";
import type { PublicationId } from "../../sources/effective-dates.js";
import { inTemporaryRules, temporaryRulesVersion, temporaryVersionFields } from "./selection-timing-internal.js";
import { astanaShift, instant, options, under } from "./time-internal.js";

const RULE = "R-SEL-7";
/** Thirty minutes, in milliseconds (temporary IS selection rules point 14-1). */
const MINUTES_30 = 30 * 60_000;
const schema = /* @__PURE__ */ (() => z.object({ ...temporaryVersionFields }).strict())();

/**
 * Options of {@link additionalEvaluatorDeadline}.
 *
 * @category Time rules
 */
export interface AdditionalEvaluatorDeadlineOptions {
  /** Before ASA-184-2024 took effect point 14-1 is not in the sources: `presume: true` applies it anyway. */
  readonly presume?: boolean;
  /** ASA-184-2024's first official publication date, if the caller knows it. */
  readonly publication?: Partial<Record<PublicationId, string>>;
}

/**
 * **R-SEL-7 (point 14-1)** — the last instant the HR service may add an evaluator to the
 * competition commission: at least 30 minutes before the interview starts.
 *
 * > «Конкурстық комиссияны қалыптастыру кезеңінде кадр қызметі әңгімелесу басталғанға дейін кемінде
 * > 30 минут бұрын қосымша бағалаушыны қосу мүмкіндігі бар.»
 *
 * "When forming the competition commission, the HR service may add an additional evaluator at
 * least 30 minutes before the interview begins" (ASA-184-2024, temporary IS selection rules point
 * 14-1, seed 000 line 43; the same point: an evaluator the system proposed who confirmed may not be
 * removed without grounds, line 39). "At least 30 minutes before" → the interview start − 30 min
 * is the last allowed instant (inclusive). Minutes are not days: nothing is moved.
 *
 * The temporary rules apply 01.01.2024–31.12.2025: an interview outside (Astana date) is an error.
 * Point 14-1 was added by ASA-184-2024 («мынадай мазмұндағы 14-1-тармақпен толықтырылсын», seed 000
 * line 37), in force «алғашқы ресми жарияланған күнiнен кейiн» (line 125; registered 04.11.2024,
 * presumed published by 31.12.2024): an interview on 01.01.2024–04.11.2024 (Astana date) is before the
 * point existed, and one on 05.11.2024–31.12.2024 depends on the unknown publication date — a
 * {@link RuleInputError} (rule `"R-SEL-7 (R-CAL-4)"`, field `interviewStartsAt`) unless `publication`
 * decides it or `presume: true` applies the point anyway, as {@link ruleVersion}`("R-SEL-7#para-14-1", …)` answers.
 *
 * @rule R-SEL-7
 * @param interviewStartsAt - ISO instant with an offset.
 * @param opts - `presume`, `publication` (see above).
 * @returns the last instant, ISO with the Astana offset.
 * @throws A {@link RuleInputError} for an instant without offset or impossible, outside 2024–2025, or
 *   before point 14-1 certainly took effect (without `presume` / `publication`).
 *
 * @example
 * ```ts
 * additionalEvaluatorDeadline("2025-06-10T10:00:00+05:00") // "2025-06-10T09:30:00+05:00"
 * additionalEvaluatorDeadline("2024-06-10T10:00:00+05:00") // throws RuleInputError (point 14-1 did not exist yet)
 * ```
 * @category Time rules
 */
export function additionalEvaluatorDeadline(interviewStartsAt: string, opts?: AdditionalEvaluatorDeadlineOptions): string {
  const ms = instant(interviewStartsAt, "interviewStartsAt", RULE);
  const date = under(RULE, () => toAstana(interviewStartsAt)).date;
  inTemporaryRules(date, "interviewStartsAt", RULE);
  const o = options(schema, opts, RULE);
  temporaryRulesVersion("R-SEL-7#para-14-1", RULE, date, readDate(date, "interviewStartsAt", RULE, 2024, 2025), "interviewStartsAt", { presume: o.presume, publication: o.publication });
  return astanaShift(ms, -MINUTES_30, RULE);
}
