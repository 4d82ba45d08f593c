import type { Decimal } from "decimal.js";
import { selectionPersonalQualities } from "../scoring/selection-personal-qualities.js";
import { toDecimal, type Num } from "../internal/validate.js";
import { build, exact, readOptions, show } from "./internal.js";
import type { ExplainOptions, Explanation } from "./types.js";

/**
 * **R-SEL-1** explained: `T = 0.02 × S` with S substituted, in Kazakh, Russian and English.
 *
 * @rule R-SEL-1
 * @param S - percentage of reliable answers, 0–100 (as {@link selectionPersonalQualities}).
 * @param opts - `lang` (default `"en"`), `decimals` shown (default 4).
 * @returns the {@link Explanation}; `params.value` is the exact T.
 * @throws A {@link RuleInputError} as {@link selectionPersonalQualities}.
 * @example
 * ```ts
 * explainSelectionPersonalQualities(85).formula // "T = 0.02·85 = 1.7"
 * ```
 * @category Explanations
 */
export function explainSelectionPersonalQualities(S: Num, opts?: ExplainOptions): Explanation {
  const { lang, decimals } = readOptions(opts, "R-SEL-1");
  const T = selectionPersonalQualities(S);
  const s = toDecimal(S) as Decimal;
  const p = { S: show(s, decimals), value: show(T, decimals), exactS: exact(s), exactValue: exact(T) };
  return build(lang, "R-SEL-1", "R-SEL-1", p, { formula: `T = 0.02·${p.S} = ${p.value}` });
}
