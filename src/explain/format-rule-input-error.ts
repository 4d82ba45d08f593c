import type { ExplainOptions } from "./types.js";
import { readOptions } from "./internal.js";
import { ruleInputErrorMessages } from "./rule-input-error-messages.js";

/**
 * A {@link RuleInputError} rendered for people, in Kazakh, Russian or English: one issue per line
 * (see {@link ruleInputErrorMessages}).
 *
 * @param error - the error caught.
 * @param opts - `lang` (default `"en"`).
 * @returns the lines joined by `"\n"`.
 * @example
 * ```ts
 * try { selectionEssay("3,5") } catch (e) { formatRuleInputError(e, { lang: "kk" }) }
 * // 'R-SEL-3: points = "3,5": ондық үтір: "3.5" деп жазыңыз (ондық бөлгіш – нүкте)'
 * ```
 * @category Explanations
 */
export function formatRuleInputError(error: unknown, opts?: Pick<ExplainOptions, "lang">): string {
  const { lang } = readOptions(opts, "explain");
  return ruleInputErrorMessages(error, lang).join("\n");
}
