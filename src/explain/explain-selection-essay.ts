import { selectionEssay } from "../scoring/selection-essay.js";
import { rubricBands } from "../scoring/rubrics.js";
import type { Num } from "../internal/validate.js";
import { build, readOptions, show } from "./internal.js";
import type { ExplainOptions, Explanation } from "./types.js";

/**
 * **R-SEL-3** explained: one commission member's essay grade (whole 0–5) and its rubric band.
 *
 * @rule R-SEL-3
 * @param points - the grade, whole 0–5.
 * @param opts - `lang`, `decimals`.
 * @returns the {@link Explanation}; `params.band` is the band label, e.g. `"3–4"`.
 * @throws A {@link RuleInputError} as {@link selectionEssay}.
 * @example
 * ```ts
 * explainSelectionEssay(4).params.band // "3–4"
 * ```
 * @category Explanations
 */
export function explainSelectionEssay(points: Num, opts?: ExplainOptions): Explanation {
  const { lang, decimals } = readOptions(opts, "R-SEL-3");
  const v = selectionEssay(points);
  const band = rubricBands("selection-essay", v.toNumber()).map((b) => b.label).join(", ");
  const p = { points: show(v, decimals), band };
  return build(lang, "R-SEL-3", "R-SEL-3", p, { formula: `0 ≤ ${p.points} ≤ 5 (${band})` });
}
