import { personalQualitiesTestResult, type PersonalQualitiesTestInput } from "../eligibility/thresholds/personal-qualities-test-result.js";
import { PERSONAL_QUALITIES_PROGRAMS } from "../eligibility/thresholds/personal-qualities-programs.js";
import type { MessageCode } from "./messages/en.js";
import { build, exact, readOptions, show } from "./internal.js";
import type { ExplainOptions, Explanation } from "./types.js";

/**
 * **R-TH-1, R-TH-2, R-TH-3** explained: pass or fail of the personal-qualities test with the
 * condition substituted (`"Σ = 28 ≥ 30: no; each competency ≥ 2.5: no (2, 2)"`) and one detail per
 * failed condition (the competency named in the chosen language).
 *
 * @rule R-TH-1
 * @rule R-TH-2
 * @rule R-TH-3
 * @param i - as {@link personalQualitiesTestResult}.
 * @param opts - `lang`, `decimals`.
 * @returns the {@link Explanation}; `details` has one entry per failed condition.
 * @throws A {@link RuleInputError} as {@link personalQualitiesTestResult}.
 * @example
 * ```ts
 * explainPersonalQualitiesTest({ program: 3, logic: 9 }).formula // "logic = 9 ≥ 10: no"
 * ```
 * @category Explanations
 */
export function explainPersonalQualitiesTest(i: PersonalQualitiesTestInput, opts?: ExplainOptions): Explanation {
  const { lang, decimals } = readOptions(opts, "R-TH-1..3");
  const r = personalQualitiesTestResult(i);
  const rule = `R-TH-${r.program}`;
  const prog = PERSONAL_QUALITIES_PROGRAMS[r.program];
  const yes = (b: boolean) => (b ? "yes" : "no");
  let formula: string;
  if (r.program === 3) {
    formula = `logic = ${show(r.total, decimals)} ≥ ${prog.passMarks.logic}: ${yes(r.passed)}`;
  } else {
    const low = r.failures.filter((f) => f.code === "competency-below-pass-mark").map((f) => show(f.score, decimals));
    const totalOk = !r.failures.some((f) => f.code === "total-below-pass-mark");
    formula = `Σ = ${show(r.total, decimals)} ≥ ${prog.passMarks.total}: ${yes(totalOk)}; each competency ≥ ${prog.passMarks.eachCompetency}: ${yes(low.length === 0)}${low.length ? ` (${low.join(", ")})` : ""}`;
  }
  const details = r.failures.map((f) => {
    const p: Record<string, string | number> = { score: show(f.score, decimals), passMark: show(f.passMark, decimals), exactScore: exact(f.score) };
    if (f.competency !== undefined) p.competency = f.competency;
    if (f.index !== undefined) p.index = f.index;
    const code = `R-TH.${f.code}` as MessageCode;
    return build(lang, rule, code, p, f.competency ? { labels: { competencyName: `label.competency.${f.competency}` as MessageCode } } : {});
  });
  const p = { program: r.program, passed: r.passed, total: show(r.total, decimals), exactTotal: exact(r.total), count: r.failures.length };
  return build(lang, rule, r.passed ? "R-TH.passed" : "R-TH.failed", p, { formula, details });
}
