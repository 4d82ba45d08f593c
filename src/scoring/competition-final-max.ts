import type { Decimal } from "decimal.js";
import * as z from "zod";
import { D, out } from "../internal/decimal.js";
import { parse } from "../internal/validate.js";
import { COMPETITION_FINAL_FORMULAS as F } from "./parameters.js";
import { trackSchema, type Track } from "./tracks.js";

const RULE = "R-GC-5";
const schema = /* @__PURE__ */ (() => z.object({ track: trackSchema }))();

/**
 * **R-GC-5** — the largest final score И possible on a track: **6** for leadership positions
 * (`0.4·5 + 0.4·5 + 0.2·10`), **8.5** for non-leadership and lower positions (`0.3·5 + 0.7·10`).
 *
 * Computed from the weights of the order («И=0,4*О+0,4 *Э +0,2*С», «И=0,3*О+0,7*П») and the
 * scales of the stage results (О, Э on the 5-point scale; С = С1 + С2 and П = П1 + П2 with each
 * part «0-5 балл»). The scales differ, so И of different tracks must not be compared; for the
 * lower track the formula itself is presumed, not stated (see {@link competitionFinalResult}).
 *
 * @rule R-GC-5
 * @param track - `"leadership" | "non-leadership" | "lower"`.
 * @returns the maximum, a Decimal (6 or 8.5).
 * @throws A {@link RuleInputError} for an unknown track.
 *
 * @example
 * ```ts
 * competitionFinalMax("leadership").toString()     // "6"
 * competitionFinalMax("non-leadership").toString() // "8.5"
 * competitionFinalMax("lower").toString()          // "8.5"
 * ```
 * @category Scoring
 */
export function competitionFinalMax(track: Track): Decimal {
  const t = parse(schema, { track }, RULE).track;
  return out(F[t].terms.reduce((s, term) => s.plus(new D(term.weight).times(term.max)), new D(0)));
}
