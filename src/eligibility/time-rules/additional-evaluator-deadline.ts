import { toAstana } from "../../calendars/astana-civil.js";
import { inTemporaryRules } from "./selection-timing-internal.js";
import { astanaShift, instant, under } from "./time-internal.js";

const RULE = "R-SEL-7";
/** Thirty minutes, in milliseconds (temporary IS selection rules point 14-1). */
const MINUTES_30 = 30 * 60_000;

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
 *
 * @rule R-SEL-7
 * @param interviewStartsAt - ISO instant with an offset.
 * @returns the last instant, ISO with the Astana offset.
 * @throws {@link RuleInputError} for an instant without offset or impossible, or outside 2024–2025.
 *
 * @example
 * ```ts
 * additionalEvaluatorDeadline("2025-06-10T10:00:00+05:00") // "2025-06-10T09:30:00+05:00"
 * ```
 * @category Time rules
 */
export function additionalEvaluatorDeadline(interviewStartsAt: string): string {
  const ms = instant(interviewStartsAt, "interviewStartsAt", RULE);
  inTemporaryRules(under(RULE, () => toAstana(interviewStartsAt)).date, "interviewStartsAt", RULE);
  return astanaShift(ms, -MINUTES_30, RULE);
}
