import type { Decimal } from "decimal.js";
import { D, out } from "../internal/decimal.js";
import { numRead, readNum, type Num } from "../internal/validate.js";

const RULE = "R-SEL-1";
const COEFFICIENT = /* @__PURE__ */ new D("0.02");
// S read without zod (issue 19: a front end that imports this formula alone carries no zod); the
// issues are those of `z.object({ S: num(…) })` (readNum)
const READ = /* @__PURE__ */ numRead({ min: 0, max: 100, unit: "(percent)" });

/**
 * **R-SEL-1** — personal-qualities score of the selection in the integrated information system:
 * `T = 0.02 × S`.
 *
 * > «Жеке қасиеттерді бағалау бойынша қорытынды балл мынадай формула бойынша есептеледі:
 * > T = 0,02 х S мұнда: T – қорытынды балл; 0,02 – жеке қасиеттерін бағалау коэффициенті;
 * > S – жауаптардың растық деңгейінің пайызы.»
 *
 * "The final score of the personal-qualities assessment is computed by the formula T = 0.02 × S,
 * where T is the final score, 0.02 the coefficient and S the percentage of the reliability
 * level of the answers."
 *
 * S is a percentage, so 0 ≤ S ≤ 100 and 0 ≤ T ≤ 2. S need not be whole. The result is exact
 * (no rounding: the order gives none).
 *
 * @rule R-SEL-1
 * @param S - percentage of the reliability level of the answers, 0–100 (number, decimal string or Decimal).
 * @returns T, a Decimal in 0–2.
 * @throws A {@link RuleInputError} when S is not a finite number in 0–100.
 *
 * @example
 * ```ts
 * selectionPersonalQualities(85).toString()     // "1.7"
 * selectionPersonalQualities("72.5").toString() // "1.45"
 * ```
 * @category Scoring
 */
export function selectionPersonalQualities(S: Num): Decimal {
  return out(COEFFICIENT.times(readNum(RULE, "S", READ, S)));
}
