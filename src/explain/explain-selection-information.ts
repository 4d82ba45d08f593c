import type { Decimal } from "decimal.js";
import { selectionInformation, type SelectionInformationOptions } from "../scoring/selection-information.js";
import { toDecimal, type Num } from "../internal/validate.js";
import { build, exact, readOptions, show } from "./internal.js";
import type { ExplainOptions, Explanation } from "./types.js";

/**
 * **R-SEL-2** explained: `T = 0.1 × S1 + 0.1 × S2` with the counts of correct answers substituted.
 *
 * @rule R-SEL-2
 * @param S1 - correct answers, text block (whole ≥ 0).
 * @param S2 - correct answers, numeric block (whole ≥ 0).
 * @param opts - `questionsPerBlock` (as {@link selectionInformation}), `lang`, `decimals`.
 * @returns the {@link Explanation}.
 * @throws A {@link RuleInputError} as {@link selectionInformation}.
 * @example
 * ```ts
 * explainSelectionInformation(14, 9).formula // "T = 0.1·14 + 0.1·9 = 1.4 + 0.9 = 2.3"
 * ```
 * @category Explanations
 */
export function explainSelectionInformation(S1: Num, S2: Num, opts?: SelectionInformationOptions & ExplainOptions): Explanation {
  const { lang, decimals } = readOptions(opts, "R-SEL-2");
  const T = selectionInformation(S1, S2, opts?.questionsPerBlock === undefined ? undefined : { questionsPerBlock: opts.questionsPerBlock });
  const a = toDecimal(S1) as Decimal;
  const b = toDecimal(S2) as Decimal;
  const p = { S1: show(a, decimals), S2: show(b, decimals), value: show(T, decimals), exactValue: exact(T) };
  const t1 = show(a.times("0.1"), decimals);
  const t2 = show(b.times("0.1"), decimals);
  return build(lang, "R-SEL-2", "R-SEL-2", p, { formula: `T = 0.1·${p.S1} + 0.1·${p.S2} = ${t1} + ${t2} = ${p.value}` });
}
