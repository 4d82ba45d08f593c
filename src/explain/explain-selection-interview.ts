import { selectionInterview } from "../scoring/selection-interview.js";
import type { Num } from "../internal/validate.js";
import { build, readOptions, show } from "./internal.js";
import type { ExplainOptions, Explanation } from "./types.js";

/**
 * **R-SEL-4** explained: the interview grade, whole 0–3.
 *
 * @rule R-SEL-4
 * @param points - the grade, whole 0–3.
 * @param opts - `lang`, `decimals`.
 * @returns the {@link Explanation}.
 * @throws A {@link RuleInputError} as {@link selectionInterview}.
 * @example
 * ```ts
 * explainSelectionInterview(2).formula // "0 ≤ 2 ≤ 3"
 * ```
 * @category Explanations
 */
export function explainSelectionInterview(points: Num, opts?: ExplainOptions): Explanation {
  const { lang, decimals } = readOptions(opts, "R-SEL-4");
  const v = selectionInterview(points);
  const p = { points: show(v, decimals) };
  return build(lang, "R-SEL-4", "R-SEL-4", p, { formula: `0 ≤ ${p.points} ≤ 3` });
}
