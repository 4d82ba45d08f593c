import { explainReserveCandidate } from "../eligibility/reserve/explain-candidate.js";
import type { ReserveFunnelResult } from "../eligibility/reserve/funnel/types.js";
import type { MessageCode } from "./messages/en.js";
import { build, exact, readOptions, show, type Labels } from "./internal.js";
import type { ExplainOptions, Explanation } from "./types.js";

/**
 * **R-PYR-3** explained, in three languages: where one candidate's Reserve funnel ended and why —
 * entered the Reserve, awaits the National Commission (tie at the last step), stopped below the
 * quota at a stage (rank, quota, cut-off), or left without a score (absent, excluded with its
 * ground). Built on {@link explainReserveCandidate}, whose English `summary` it keeps in
 * `params.summary`. (Named `explainReserveOutcome` because `explainReserveCandidate` is the
 * funnel module's own English explanation.)
 *
 * Every value of the sentence comes from {@link explainReserveCandidate}, which answers from the
 * index the funnel sealed for its result and first checks that the result given still says what
 * the funnel produced where it is read: a result altered there (a stage popped or replaced, a
 * count deleted or retyped, an id removed), a copy of it (JSON, `structuredClone`, a spread) or
 * anything else is a {@link RuleInputError} of R-PYR-3 before any sentence is rendered — never a
 * `TypeError`, never a message with a placeholder left empty.
 *
 * @rule R-PYR-3
 * @param result - the object returned by {@link runReserveFunnel} (that object: a copy has no
 *   sealed index).
 * @param id - a candidate id of that run.
 * @param opts - `lang`, `decimals`.
 * @returns the {@link Explanation}.
 * @throws A {@link RuleInputError} for a bad option (`opts.lang`, `opts.decimals`), and as
 *   {@link explainReserveCandidate}: `result` not a result of `runReserveFunnel`, altered where the
 *   explanation reads it (field path such as `result.stages[6]`, message
 *   `"the result was altered: expected …"`), or `id` not in the run.
 * @example
 * ```ts
 * const r = runReserveFunnel([
 *   { id: "a", sector: "digitalisation", scores: { text: 20, numeric: { status: "absent" } } },
 *   { id: "b", sector: "digitalisation", scores: { text: 12 } },
 * ]);
 * explainReserveOutcome(r, "b").formula // "text: rank 2 of 2, score 12; quota 1, cut-off 20 → not admitted"
 * ```
 * @category Explanations
 */
export function explainReserveOutcome(result: ReserveFunnelResult, id: string, opts?: ExplainOptions): Explanation {
  const { lang, decimals } = readOptions(opts, "R-PYR-3");
  const e = explainReserveCandidate(result, id);
  const labels: Labels = { sectorName: `label.sector.${e.sector}` as MessageCode, stageName: `label.stage.${e.stage}` as MessageCode };
  const p: Record<string, string | number | boolean> = {
    id: e.id,
    sector: e.sector,
    stage: e.stage,
    outcome: e.outcome,
    competed: e.competed,
    quota: e.quota,
    tie: e.tie,
    summary: e.summary,
  };
  if (e.score !== undefined) {
    p.score = show(e.score, decimals);
    p.exactScore = exact(e.score);
  }
  if (e.rank !== undefined) p.rank = e.rank;
  if (e.cutoff !== undefined) p.cutoff = show(e.cutoff, decimals);
  let code: MessageCode;
  let formula: string;
  if (e.outcome === "left") {
    if (e.status === "excluded" && e.ground !== undefined) {
      p.ground = e.ground;
      labels.groundName = `label.ground.${e.ground}` as MessageCode;
      code = "R-PYR-3.left-excluded-ground";
    } else code = e.status === "absent" ? "R-PYR-3.left-absent" : e.status === "excluded" ? "R-PYR-3.left-excluded" : "R-PYR-3.left-unspecified";
    formula = `${e.stage}: ${e.status}${e.ground ? ` (${e.ground})` : ""} → left, not ranked`;
  } else {
    const pos = `${e.stage}: rank ${e.rank} of ${e.competed}, score ${p.score}; quota ${e.quota}${e.cutoff !== undefined ? `, cut-off ${p.cutoff}` : ""}`;
    if (e.outcome === "reserve") {
      code = "R-PYR-3.reserve";
      formula = `${pos} → the Reserve`;
    } else if (e.outcome === "awaiting-commission") {
      code = "R-PYR-3.awaiting-commission";
      formula = `${pos}; tied across the quota → the National Commission decides`;
    } else if (e.tie) {
      code = "R-PYR-3.not-admitted-tie";
      formula = `${pos}; tied across the quota, ties "strict" → not admitted`;
    } else {
      code = e.cutoff === undefined ? "R-PYR-3.not-admitted-none" : "R-PYR-3.not-admitted";
      formula = `${pos} → not admitted`;
    }
  }
  return build(lang, "R-PYR-3", code, p, { formula, labels });
}
