import type { Decimal } from "decimal.js";
import { competitionPersonalQualities, type CompetitionPersonalQualitiesInput } from "../scoring/competition-personal-qualities.js";
import { PERSONAL_QUALITIES_PARAMETERS } from "../scoring/parameters.js";
import { D } from "../internal/decimal.js";
import { toDecimal } from "../internal/validate.js";
import { build, exact, readOptions, show } from "./internal.js";
import type { ExplainOptions, Explanation } from "./types.js";

/**
 * **R-GC-1** explained: О with the competency scores (or IQ) substituted, e.g.
 * `"О = (4 + 4.5 + 4 + 3.5 + 4 + 4 + 4.5) / 7 = 28.5 / 7 = 4.0714"`.
 *
 * @rule R-GC-1
 * @param i - as {@link competitionPersonalQualities}.
 * @param opts - `lang`, `decimals`.
 * @returns the {@link Explanation}; `params.exactValue` is the exact О (40 significant digits).
 * @throws A {@link RuleInputError} as {@link competitionPersonalQualities}.
 * @example
 * ```ts
 * explainCompetitionPersonalQualities({ track: "lower", iq: 20 }).formula // "О = IQ / 6 = 20 / 6 = 3.3333"
 * ```
 * @category Explanations
 */
export function explainCompetitionPersonalQualities(i: CompetitionPersonalQualitiesInput, opts?: ExplainOptions): Explanation {
  const { lang, decimals } = readOptions(opts, "R-GC-1");
  const O = competitionPersonalQualities(i);
  const track = i.track;
  const divisor = PERSONAL_QUALITIES_PARAMETERS[track].divisor;
  let formula: string;
  if (i.track === "lower") {
    formula = `О = IQ / ${divisor} = ${show(toDecimal(i.iq) as Decimal, decimals)} / ${divisor} = ${show(O, decimals)}`;
  } else {
    const xs = i.competencies.map((c) => toDecimal(c) as Decimal);
    const sum = xs.reduce((s, x) => s.plus(x), new D(0));
    formula = `О = (${xs.map((x) => show(x, decimals)).join(" + ")}) / ${divisor} = ${show(sum, decimals)} / ${divisor} = ${show(O, decimals)}`;
  }
  const p = { track, value: show(O, decimals), exactValue: exact(O) };
  return build(lang, "R-GC-1", "R-GC-1", p, { formula, labels: { trackName: `label.track.${track}` } });
}
