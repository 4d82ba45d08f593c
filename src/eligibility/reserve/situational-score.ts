import type { Decimal } from "decimal.js";
import * as z from "zod";
import { D, out } from "../../internal/decimal.js";
import { num, parse, type Num } from "../../internal/validate.js";
import { exactLength } from "../../scoring/array-length.js";
import { RESERVE_SITUATIONAL_PARAMETERS as P } from "./situational-parameters.js";

const RULE = "R-PYR-4";
const schema = /* @__PURE__ */ (() => z.object({
  experts: exactLength(
    num({ min: P.scaleMin, max: P.scaleMax, unit: "(five-point scale)" }),
    P.experts,
    (len) => `wrong number of expert grades: exactly ${P.experts} are required (three sector experts), got ${len}`,
  ),
}))();

/**
 * **R-PYR-4** — score of the "situational tasks" stage of the 2025 Presidential Youth Reserve
 * selection: the mean of the grades of the three sector experts, each on a five-point scale:
 * `(g1 + g2 + g3) / 3`.
 *
 * > «Шешімді бағалауды қызметтің тиісті бағыттары бойынша бір мезгілде үш салалық сарапшы жүзеге
 * > асырады. Сарапшылар пулы академиялық орта өкілдерінен, мемлекеттік қызметшілер мен бизнес
 * > қауымдастық өкілдерінен тұрады. Жұмыстарды бағалау бес балдық шәкіл бойынша белгіленген
 * > өлшемшарттарға сәйкес Резерв онлайн-платформада жүзеге асырылады, ал қорытынды баға
 * > сарапшылар бағаларының орташа мәнінен қалыптастырылады.»
 *
 * "The solution is assessed at the same time by three sector experts of the relevant area of
 * activity; the pool of experts consists of academics, civil servants and business
 * representatives. Works are assessed on a five-point scale by the established criteria on the
 * Reserve's online platform, and the final grade is formed from the mean of the experts' grades."
 *
 * **Exactly three grades**: the procedure names three experts. **Bounds**: "five-point scale";
 * the procedure does not print the scale's lower end, so the library accepts 0–5 (a work may earn
 * nothing). **Decimals accepted**: the procedure prints neither point values nor the criteria
 * («белгіленген өлшемшарттар») by which a grade is set, so it does not say that a grade is whole.
 * The stage also lasts at most 45 minutes and the answer is at most 500 words (not checked here).
 *
 * The mean keeps 40 significant digits and is not rounded (the procedure gives no rounding); for
 * display, e.g. `score.toDecimalPlaces(2, Decimal.ROUND_HALF_UP)`.
 *
 * @rule R-PYR-4
 * @param experts - the three experts' grades, each 0–5 (the array is not modified).
 * @returns the mean, a Decimal in 0–5.
 * @throws A {@link RuleInputError} when the list is not an array of exactly three grades in 0–5
 *   (NaN, Infinity, wrong type, more than 40 significant digits included); every problem is
 *   listed. A list of more than three grades is rejected on its length alone (`too-many`), before
 *   any grade is read, however long it is; a shorter list is reported (`too-few`) together with
 *   its bad grades.
 *
 * @example
 * ```ts
 * reserveSituationalScore([4, 5, 3]).toString()       // "4"
 * reserveSituationalScore([4, 4, 5]).toString()       // "4.333333333333333333333333333333333333333"
 * reserveSituationalScore(["3.5", 4, "4.5"]).toString() // "4"
 * ```
 * @category Scoring
 */
export function reserveSituationalScore(experts: readonly Num[]): Decimal {
  const input = parse(schema, { experts }, RULE);
  return out(input.experts.reduce((s, g) => s.plus(g), new D(0)).div(P.experts));
}
