import type { Decimal } from "decimal.js";
import { reserveSituationalScore } from "../eligibility/reserve/situational-score.js";
import { toDecimal, type Num } from "../internal/validate.js";
import { build, exact, readOptions, show } from "./internal.js";
import type { ExplainOptions, Explanation } from "./types.js";

/**
 * **R-PYR-4** explained: the situational-task score, the mean of the three experts' grades, e.g.
 * `"(4 + 4 + 5) / 3 = 13 / 3 = 4.3333"`.
 *
 * @rule R-PYR-4
 * @param experts - exactly three grades, each 0–5.
 * @param opts - `lang`, `decimals`.
 * @returns the {@link Explanation}.
 * @throws A {@link RuleInputError} as {@link reserveSituationalScore}.
 * @example
 * ```ts
 * explainReserveSituationalScore([4, 4, 5]).formula // "(4 + 4 + 5) / 3 = 13 / 3 = 4.3333"
 * ```
 * @category Explanations
 */
export function explainReserveSituationalScore(experts: readonly Num[], opts?: ExplainOptions): Explanation {
  const { lang, decimals } = readOptions(opts, "R-PYR-4");
  const v = reserveSituationalScore(experts);
  const g = experts.map((x) => toDecimal(x) as Decimal);
  const sum = g[0]!.plus(g[1]!).plus(g[2]!);
  const p = { g1: show(g[0]!, decimals), g2: show(g[1]!, decimals), g3: show(g[2]!, decimals), value: show(v, decimals), exactValue: exact(v) };
  return build(lang, "R-PYR-4", "R-PYR-4", p, { formula: `(${p.g1} + ${p.g2} + ${p.g3}) / 3 = ${show(sum, decimals)} / 3 = ${p.value}` });
}
