import type { Decimal } from "decimal.js";
import { competitionInterview } from "../scoring/competition-interview.js";
import type { TaskGradeOptions } from "../scoring/competition-practical.js";
import { toDecimal, type Num } from "../internal/validate.js";
import { build, exact, readOptions, show } from "./internal.js";
import type { ExplainOptions, Explanation } from "./types.js";

/**
 * **R-GC-4** explained: `С = С1 + С2` with the two answers' grades substituted.
 *
 * @rule R-GC-4
 * @param c1 - first question, 0–5. @param c2 - second question, 0–5.
 * @param opts - `wholePoints` (as {@link competitionInterview}), `lang`, `decimals`.
 * @returns the {@link Explanation}.
 * @throws A {@link RuleInputError} as {@link competitionInterview}.
 * @example
 * ```ts
 * explainCompetitionInterview(5, 4).formula // "С = 5 + 4 = 9"
 * ```
 * @category Explanations
 */
export function explainCompetitionInterview(c1: Num, c2: Num, opts?: TaskGradeOptions & ExplainOptions): Explanation {
  const { lang, decimals } = readOptions(opts, "R-GC-4");
  const C = competitionInterview(c1, c2, opts?.wholePoints === undefined ? undefined : { wholePoints: opts.wholePoints });
  const p = { c1: show(toDecimal(c1) as Decimal, decimals), c2: show(toDecimal(c2) as Decimal, decimals), value: show(C, decimals), exactValue: exact(C) };
  return build(lang, "R-GC-4", "R-GC-4", p, { formula: `С = ${p.c1} + ${p.c2} = ${p.value}` });
}
