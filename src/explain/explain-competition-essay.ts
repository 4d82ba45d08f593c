import { competitionFinalResult } from "../scoring/competition-final-result.js";
import { toDecimal, type Num } from "../internal/validate.js";
import type { Decimal } from "decimal.js";
import { build, exact, readOptions, show } from "./internal.js";
import type { ExplainOptions, Explanation } from "./types.js";

/**
 * **R-GC-2** explained: the essay result Э of a leadership position, any decimal 0–5 (several members
 * grade and the order does not say Э is whole). Validated as {@link competitionFinal} validates Э.
 *
 * @rule R-GC-2
 * @param E - the essay result, 0–5.
 * @param opts - `lang`, `decimals`.
 * @returns the {@link Explanation}.
 * @throws A {@link RuleInputError} (rule R-GC-5, field `E`) for a value that is not a number in 0–5.
 * @example
 * ```ts
 * explainCompetitionEssay("4.5").formula // "0 ≤ Э = 4.5 ≤ 5"
 * ```
 * @category Explanations
 */
export function explainCompetitionEssay(E: Num, opts?: ExplainOptions): Explanation {
  const { lang, decimals } = readOptions(opts, "R-GC-2");
  competitionFinalResult({ track: "leadership", O: 0, E, C: 0 }); // validates Э exactly as the final score does
  const e = toDecimal(E) as Decimal;
  const p = { value: show(e, decimals), exactValue: exact(e) };
  return build(lang, "R-GC-2", "R-GC-2", p, { formula: `0 ≤ Э = ${p.value} ≤ 5` });
}
