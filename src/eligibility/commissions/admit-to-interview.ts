import type { Decimal } from "decimal.js";
import { out } from "../../internal/decimal.js";
import { MAX_LISTED_ISSUES, RuleInputError, showValue, type RuleInputIssue } from "../../errors.js";
import { rankTop } from "../../internal/rank.js";
import { toDecimal, type Num } from "../../internal/validate.js";

const RULE = "R-SEL-5";

/**
 * The most candidates the interview admits: «үшеуден артық емес» — not more than three
 * (ASA-184-2024, para 120).
 *
 * @rule R-SEL-5
 * @category Eligibility
 */
export const INTERVIEW_ADMISSION_LIMIT = 3;

/**
 * The result of {@link admitToInterview}.
 *
 * @category Eligibility
 */
export interface InterviewAdmission {
  /** Admitted to the interview (never more than three), by rank then id. */
  readonly admitted: readonly string[];
  /** A tie straddling the third place: not resolved by the order, left to the commission (by id). */
  readonly tiedAtCutoff: readonly string[];
  /** Every candidate, best first (equal scores by id), with competition rank 1, 2, 2, 4. */
  readonly ranking: readonly { readonly id: string; readonly score: Decimal; readonly rank: number }[];
}

/**
 * One candidate of {@link admitToInterview}: an id and the score ranked.
 *
 * @category Eligibility
 */
export interface InterviewCandidate {
  /** Unique, non-empty. */
  readonly id: string;
  /** ≥ 0. */
  readonly score: Num;
}

/**
 * **R-SEL-5** — admission to the interview of the selection in the integrated information system:
 * not more than three candidates with the highest points on the previous stages.
 *
 * > «120. Әңгімелесуге конкурстың алдыңғы кезеңдерінің нәтижелері бойынша ең жоғары балл жинаған
 * > үшеуден артық емес үміткер қатысады.»
 *
 * "120. Not more than three applicants who scored the highest points by the results of the
 * previous stages of the competition take part in the interview."
 *
 * "Not more than three" is never exceeded. A tie across the third place is not resolved by the
 * order, so it is **reported, not resolved**: those strictly above the tied group are admitted and
 * the tied group is returned in `tiedAtCutoff` (e.g. scores 9, 8, 8, 8 → admitted the 9; the three
 * 8s tied). Nothing is broken by id; the result does not depend on the input order.
 *
 * @rule R-SEL-5
 * @param candidates - `{ id, score }` each; ids unique, scores finite and ≥ 0 (the caller's total of
 *   the previous stages: number, decimal string or Decimal).
 * @returns `admitted` (≤ 3), `tiedAtCutoff`, and the full `ranking`.
 * @throws A {@link RuleInputError} naming the candidate for a duplicate or empty id or a bad score
 *   (NaN, negative, a wrong type, more than 40 significant digits; a hole of a sparse array is a
 *   missing candidate). However long the list, the first 100 problems are listed and the others
 *   counted (`omittedIssues`), in time linear in its length.
 *
 * @example
 * ```ts
 * admitToInterview([
 *   { id: "A", score: "7.5" }, { id: "B", score: 9 }, { id: "C", score: "7.5" }, { id: "D", score: 8 },
 * ])
 * // { admitted: ["B", "D"], tiedAtCutoff: ["A", "C"], ranking: [B 1, D 2, A 3, C 3] }
 * admitToInterview([{ id: "A", score: 9 }, { id: "B", score: 8 }, { id: "C", score: 8 }, { id: "D", score: 6 }])
 * // { admitted: ["A", "B", "C"], tiedAtCutoff: [], … }
 * ```
 * @category Eligibility
 */
export function admitToInterview(candidates: readonly InterviewCandidate[]): InterviewAdmission {
  if (!Array.isArray(candidates)) {
    throw new RuleInputError([{ field: "candidates", value: candidates, rule: RULE, message: "expected an array of { id, score }" }]);
  }
  const issues: RuleInputIssue[] = [];
  let omitted = 0;
  // the first 100 problems are listed, the others only counted (the message stays bounded)
  const add = (issue: RuleInputIssue): void => {
    if (issues.length < MAX_LISTED_ISSUES) issues.push(issue);
    else omitted++;
  };
  const items: { id: string; score: Decimal }[] = [];
  const seen = new Map<string, number>();
  const n = candidates.length;
  // an index loop, not forEach: a hole of a sparse array is a missing candidate, not skipped
  for (let i = 0; i < n; i++) {
    const c: unknown = candidates[i];
    if (typeof c !== "object" || c === null || Array.isArray(c)) {
      add({ field: `candidates[${i}]`, value: c, rule: RULE, message: "expected { id, score }" });
      continue;
    }
    const { id, score } = c as { id?: unknown; score?: unknown };
    const name = typeof id === "string" ? `candidate ${showValue(id)}` : `candidate at position ${i}`;
    let ok = true;
    if (typeof id !== "string" || id.length === 0) {
      add({ field: `candidates[${i}].id`, value: id, rule: RULE, message: `${name}: expected a non-empty string id` });
      ok = false;
    } else if (seen.has(id)) {
      add({ field: `candidates[${i}].id`, value: id, rule: RULE, message: `${name}: duplicate id (also at candidates[${seen.get(id)}])` });
      ok = false;
    } else seen.set(id, i);
    const d = toDecimal(score);
    if (typeof d === "string") {
      add({ field: `candidates[${i}].score`, value: score, rule: RULE, message: `${name}: ${d}; expected a number ≥ 0` });
      continue;
    }
    if (d.isNeg() && !d.isZero()) {
      add({ field: `candidates[${i}].score`, value: score, rule: RULE, message: `${name}: out of range: expected a number ≥ 0` });
      continue;
    }
    if (ok) items.push({ id: id as string, score: d.isZero() ? d.abs() : d });
  }
  if (issues.length > 0) throw new RuleInputError(issues, omitted);
  const top = rankTop(items, INTERVIEW_ADMISSION_LIMIT, "final");
  return { admitted: top.admitted, tiedAtCutoff: top.tiedAdmitted ? [] : top.tied, ranking: top.ranking.map((r) => ({ id: r.id, score: out(r.score), rank: r.rank })) };
}
