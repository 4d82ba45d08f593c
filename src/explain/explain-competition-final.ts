import type { Decimal } from "decimal.js";
import { competitionFinalResult, type CompetitionFinalInput } from "../scoring/competition-final-result.js";
import { COMPETITION_FINAL_FORMULAS } from "../scoring/parameters.js";
import { toDecimal } from "../internal/validate.js";
import { build, exact, readOptions, show } from "./internal.js";
import type { ExplainOptions, Explanation } from "./types.js";

/**
 * **R-GC-5** explained: the final score И with О, Э, С or П substituted, e.g.
 * `"И = 0.3·4.0714 + 0.7·9 = 7.5214"`, its maximum, and — for the **lower** track — that the formula
 * is **presumed, not stated** (in all three languages), citing the two formulas the order does give
 * (`И=0,4*О+0,4 *Э +0,2*С` for leadership, `И=0,3*О+0,7*П` for non-leadership positions).
 *
 * Computed by {@link competitionFinalResult}; numbers are shown rounded (`decimals`), `params`
 * keeps them exact.
 *
 * @rule R-GC-5
 * @param i - as {@link competitionFinal}.
 * @param opts - `lang`, `decimals`.
 * @returns the {@link Explanation}, with `presumed: true` on the lower track.
 * @throws A {@link RuleInputError} as {@link competitionFinal}.
 * @example
 * ```ts
 * const e = explainCompetitionFinal({ track: "lower", O: "3.5", P: 8 }, { lang: "ru" });
 * e.formula  // "И = 0.3·3.5 + 0.7·8 = 6.65"
 * e.presumed // true
 * e.text     // "Итоговый балл по общему конкурсу, низовая должность …: И = 6.65 … — предполагается, в тексте не установлено: …"
 * ```
 * @category Explanations
 */
export function explainCompetitionFinal(i: CompetitionFinalInput, opts?: ExplainOptions): Explanation {
  const { lang, decimals } = readOptions(opts, "R-GC-5");
  const r = competitionFinalResult(i);
  const f = COMPETITION_FINAL_FORMULAS[r.track];
  const input = i as unknown as Record<string, unknown>;
  const terms = f.terms.map((t) => `${t.weight}·${show(toDecimal(input[t.field]) as Decimal, decimals)}`);
  const symbolic = f.terms.map((t) => `${t.weight}·${t.symbol}`).join(" + ");
  const formula = `И = ${terms.join(" + ")} = ${show(r.value, decimals)}`;
  const p: Record<string, string | number | boolean> = {
    track: r.track,
    value: show(r.value, decimals),
    max: show(r.max, decimals),
    exactValue: exact(r.value),
    formulaText: `И = ${symbolic}`,
    presumed: r.presumed,
  };
  for (const t of f.terms) p[t.field] = exact(toDecimal(input[t.field]) as Decimal);
  if (r.presumed) {
    p.leadershipFormula = `«${COMPETITION_FINAL_FORMULAS.leadership.printed}»`;
    p.nonLeadershipFormula = `«${COMPETITION_FINAL_FORMULAS["non-leadership"].printed}»`;
  }
  return build(lang, "R-GC-5", r.presumed ? "R-GC-5.presumed" : "R-GC-5.stated", p, {
    formula,
    presumed: r.presumed,
    labels: { trackName: `label.track.${r.track}` },
  });
}
