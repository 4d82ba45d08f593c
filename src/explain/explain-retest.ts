import type { Calendar } from "../calendars/calendar.js";
import { retestWaiting, type RetestOptions } from "../eligibility/time-rules/retest-waiting.js";
import { build, readOptions } from "./internal.js";
import type { ExplainOptions, Explanation } from "./types.js";

/**
 * **R-EL-1, R-EL-2** explained: the earliest retest day after a test below the threshold (a waiting
 * period: not moved to a working day), the first working day on or after it, or — law enforcement,
 * appeal satisfied — no wait. Computed by {@link retestWaiting}.
 *
 * @rule R-EL-1
 * @rule R-EL-2
 * @param testDate - the day of the failed test, `YYYY-MM-DD`.
 * @param opts - the options of {@link retestWaiting} (`regime`, `appealSatisfied`, `counting`, …), `lang`.
 * @param cal - calendar for the first working day (default the built-in one).
 * @returns the {@link Explanation}.
 * @throws A {@link RuleInputError} as {@link retestWaiting}.
 * @example
 * ```ts
 * explainRetest("2026-12-30").formula // "2026-12-30 + 3 calendar days (counted from the next day) → earliest 2027-01-03; first working day 2027-01-05"
 * ```
 * @category Explanations
 */
export function explainRetest(testDate: string, opts?: RetestOptions & ExplainOptions, cal?: Calendar): Explanation {
  const { lang } = readOptions(opts, "R-EL-1");
  const { lang: _l, decimals: _d, ...ruleOpts } = opts ?? {};
  const r = retestWaiting(testDate, ruleOpts, cal);
  const p = { testDate: r.testDate, earliest: r.earliest, firstWorkingDay: r.firstWorkingDay, waitingDays: r.waitingDays, counting: r.counting, regime: r.regime };
  if (r.waitingDays === 0) {
    return build(lang, r.rule, "R-EL-2.appeal", p, { formula: `appeal satisfied: no waiting → earliest ${r.earliest}` });
  }
  const formula =
    r.counting === "civil-code"
      ? `${r.testDate} + 3 calendar days (counted from the next day) → earliest ${r.earliest}; first working day ${r.firstWorkingDay}`
      : `${r.testDate} counted as day 1 of 3 ("inclusive") → earliest ${r.earliest}; first working day ${r.firstWorkingDay}`;
  return build(lang, r.rule, r.rule === "R-EL-1" ? "R-EL-1" : "R-EL-2", p, { formula });
}
