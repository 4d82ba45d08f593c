import { admitToInterview, INTERVIEW_ADMISSION_LIMIT, type InterviewCandidate } from "../eligibility/commissions/admit-to-interview.js";
import type { Num } from "../internal/validate.js";
import { build, readOptions, show } from "./internal.js";
import type { ExplainOptions, Explanation } from "./types.js";

/**
 * **R-SEL-5** explained: who is admitted to the interview (not more than three with the highest
 * scores), and a tie across the third place, which the order does not resolve. Computed by
 * {@link admitToInterview}.
 *
 * @rule R-SEL-5
 * @param candidates - `{ id, score }` each, as {@link admitToInterview}.
 * @param opts - `lang`, `decimals`.
 * @returns the {@link Explanation}; `params.admitted` and `params.tied` are comma-separated ids.
 * @throws A {@link RuleInputError} as {@link admitToInterview}.
 * @example
 * ```ts
 * explainInterviewAdmission([{ id: "A", score: 9 }, { id: "B", score: 8 }, { id: "C", score: 8 }, { id: "D", score: 8 }]).formula
 * // "ranking: A 9 (1), B 8 (2), C 8 (2), D 8 (2); limit 3 → admitted A; tied at 8: B, C, D"
 * ```
 * @category Explanations
 */
export function explainInterviewAdmission(candidates: readonly InterviewCandidate[], opts?: ExplainOptions): Explanation {
  const { lang, decimals } = readOptions(opts, "R-SEL-5");
  const r = admitToInterview(candidates);
  const tiedScore = r.tiedAtCutoff.length > 0 ? r.ranking.find((x) => x.id === r.tiedAtCutoff[0])!.score : undefined;
  const admitted = r.admitted.join(", ");
  const formula =
    `ranking: ${r.ranking.map((x) => `${x.id} ${show(x.score, decimals)} (${x.rank})`).join(", ")}; limit ${INTERVIEW_ADMISSION_LIMIT}` +
    ` → admitted ${admitted || "none"}${tiedScore ? `; tied at ${show(tiedScore, decimals)}: ${r.tiedAtCutoff.join(", ")}` : ""}`;
  const p: Record<string, string | number> = { admitted: admitted || "—", count: r.admitted.length, limit: INTERVIEW_ADMISSION_LIMIT };
  if (tiedScore) {
    p.tied = r.tiedAtCutoff.join(", ");
    p.score = show(tiedScore, decimals);
  }
  return build(lang, "R-SEL-5", tiedScore ? "R-SEL-5.tie" : "R-SEL-5", p, { formula });
}
