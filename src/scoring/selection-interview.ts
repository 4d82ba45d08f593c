import type { Decimal } from "decimal.js";
import { out } from "../internal/decimal.js";
import { numRead, readNum, type Num } from "../internal/validate.js";
import { SELECTION_PARAMETERS } from "./parameters.js";

const RULE = "R-SEL-4";
// points read without zod (issue 19); the issues are those of `z.object({ points: num(…) })` (readNum)
const READ = /* @__PURE__ */ (() => numRead({ min: 0, max: SELECTION_PARAMETERS.interviewMaxPoints, whole: true, unit: "points" }))();

/**
 * **R-SEL-4** — interview grade of the selection in the integrated information system: a whole
 * number of points from 0 to 3, one descriptor per point.
 *
 * > «0 балл - кандидат әңгімелесу қабілетін көрсетпеді, немесе әңгімелесуді қысылып жүргізеді,
 * > сұрақтарға толық жауап бермейді 1 балл-кандидат әңгімені қысылып жүргізеді, жетекші сұрақтарға
 * > нашар жауап береді, бірақ кейбір сұрақтарға толық жауап береді; 2 балл – кандидат жақсы
 * > әңгімелеседі, көптеген сұрақтарға толық жауап береді, жетекші сұрақтарға жауап береді; 3 балл -
 * > кандидат еркін әңгімелеседі, кез келген тақырыптағы сұрақтарға оңай жауап береді, ой-өрісінің
 * > кеңдігін көрсетеді, кәсіби тәжірибеден мысалдар келтіреді, сенімді дәлелдер мен негіздемелер
 * > береді.»
 *
 * "0 points — the candidate showed no ability to converse, or converses constrainedly and does not
 * answer the questions fully; 1 point — converses constrainedly, answers leading questions poorly
 * but answers some questions fully; 2 points — converses well, answers many questions fully and
 * answers leading questions; 3 points — converses freely, answers questions on any topic easily,
 * shows a broad outlook, gives examples from professional experience, gives convincing arguments
 * and justifications."
 *
 * The rubric gives whole points, so a fractional grade is rejected. The order does not say how
 * several evaluators' grades combine; this function validates one grade.
 * {@link rubricBands}`("selection-interview", points)` gives the descriptor.
 *
 * @rule R-SEL-4
 * @param points - the interview grade, a whole number 0–3.
 * @returns the grade as a Decimal.
 * @throws A {@link RuleInputError} when `points` is not a whole number in 0–3.
 *
 * @example
 * ```ts
 * selectionInterview(2).toString() // "2"
 * selectionInterview(4)            // throws RuleInputError (out of range)
 * ```
 * @category Scoring
 */
export function selectionInterview(points: Num): Decimal {
  return out(readNum(RULE, "points", READ, points));
}
