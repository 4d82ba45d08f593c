import type { Decimal } from "decimal.js";
import { out } from "../internal/decimal.js";
import { numRead, readNum, type Num } from "../internal/validate.js";
import { SELECTION_PARAMETERS } from "./parameters.js";

const RULE = "R-SEL-3";
// points read without zod (issue 19); the issues are those of `z.object({ points: num(…) })` (readNum)
const READ = /* @__PURE__ */ (() => numRead({ min: 0, max: SELECTION_PARAMETERS.essayMaxPoints, whole: true, unit: "points" }))();

/**
 * **R-SEL-3** — essay grade of the selection in the integrated information system: **one
 * commission member's** grade, a whole number of points from 0 to 5, given by the rubric.
 *
 * > «0 балл -кандидат эссе тақырыбын жазбаған немесе ашпаған (сұрақты білмегендігін көрсетеді);
 * > 1 – 2 балл- кандидат эссе тақырыбын ішінара ашты (тиісті сала туралы жалпы білімі мен түсінігі
 * > бар); 3 – 4 балл - кандидат эссе тақырыбын жақсы ашты (тиісті сала туралы кең білімі мен
 * > түсінігі, тәуелсіз және сыни талдаудың өте жақсы деңгейі бар); 5 балл – кандидат эссе тақырыбын
 * > толық ашты (тиісті сала туралы терең білімі мен түсінігі, тәуелсіз және сыни талдаудың жоғары
 * > деңгейі бар, саланы жетілдіру бойынша шараларды ұсынады).»
 *
 * "0 points — the candidate did not write or did not reveal the essay topic (shows no knowledge of
 * the question); 1–2 points — revealed the topic partly (has general knowledge and understanding of
 * the field); 3–4 points — revealed it well (broad knowledge and understanding, a very good level of
 * independent and critical analysis); 5 points — revealed it fully (deep knowledge and
 * understanding, a high level of independent and critical analysis, proposes measures to improve
 * the field)."
 *
 * The rubric gives whole points, so a fractional grade is rejected. Several members grade each
 * essay (R-SEL-6), but the order does **not** say how their grades combine: this function
 * validates one member's grade and invents nothing. {@link meanOfGrades} is offered as the
 * caller's choice, not the order's. {@link rubricBands}`("selection-essay", points)` gives the
 * band's descriptor.
 *
 * @rule R-SEL-3
 * @param points - one member's grade, a whole number 0–5.
 * @returns the grade as a Decimal.
 * @throws A {@link RuleInputError} when `points` is not a whole number in 0–5.
 *
 * @example
 * ```ts
 * selectionEssay(4).toString()   // "4"
 * selectionEssay("5").toString() // "5"
 * selectionEssay(3.5)            // throws RuleInputError (not whole)
 * ```
 * @category Scoring
 */
export function selectionEssay(points: Num): Decimal {
  return out(readNum(RULE, "points", READ, points));
}
