import type { Decimal } from "decimal.js";
import { competitionPractical, type TaskGradeOptions } from "../scoring/competition-practical.js";
import { toDecimal, type Num } from "../internal/validate.js";
import { build, exact, readOptions, show } from "./internal.js";
import type { ExplainOptions, Explanation } from "./types.js";

/**
 * **R-GC-3** explained: `П = П1 + П2` with the two task grades substituted.
 *
 * @rule R-GC-3
 * @param p1 - first task, 0–5. @param p2 - second task, 0–5.
 * @param opts - `wholePoints` (as {@link competitionPractical}), `lang`, `decimals`.
 * @returns the {@link Explanation}.
 * @throws A {@link RuleInputError} as {@link competitionPractical}.
 * @example
 * ```ts
 * explainCompetitionPractical(4, 3).formula // "П = 4 + 3 = 7"
 * ```
 * @category Explanations
 */
export function explainCompetitionPractical(p1: Num, p2: Num, opts?: TaskGradeOptions & ExplainOptions): Explanation {
  const { lang, decimals } = readOptions(opts, "R-GC-3");
  const P = competitionPractical(p1, p2, opts?.wholePoints === undefined ? undefined : { wholePoints: opts.wholePoints });
  const p = { p1: show(toDecimal(p1) as Decimal, decimals), p2: show(toDecimal(p2) as Decimal, decimals), value: show(P, decimals), exactValue: exact(P) };
  return build(lang, "R-GC-3", "R-GC-3", p, { formula: `П = ${p.p1} + ${p.p2} = ${p.value}` });
}
