import type { Decimal } from "decimal.js";
import { out } from "../internal/decimal.js";
import * as z from "zod";
import { num, parse, type Num } from "../internal/validate.js";
import { COMPETITION_STAGE_PARAMETERS as P } from "./parameters.js";
import { fastPaths, readerOf, sumOfTwoGrades } from "./fast.js";

const RULE = "R-GC-3";
const MAX = /* @__PURE__ */ (() => P.practicalTaskMax)();
const opts = /* @__PURE__ */ (() => z.strictObject({ wholePoints: z.boolean({ error: "wrong type: expected true or false" }).optional() }).optional())();
const schemas = /* @__PURE__ */ (() => ({
  whole: z.object({ p1: num({ min: 0, max: MAX, whole: true, unit: "points" }), p2: num({ min: 0, max: MAX, whole: true, unit: "points" }), opts }),
  decimal: z.object({ p1: num({ min: 0, max: MAX, unit: "points" }), p2: num({ min: 0, max: MAX, unit: "points" }), opts }),
}))();
const readers = /* @__PURE__ */ (() => ({
  whole: [readerOf(schemas.whole.shape.p1, "p1"), readerOf(schemas.whole.shape.p2, "p2")],
  decimal: [readerOf(schemas.decimal.shape.p1, "p1"), readerOf(schemas.decimal.shape.p2, "p2")],
} as const))();


/** Options of {@link competitionPractical} and {@link competitionInterview}. */
export interface TaskGradeOptions {
  /**
   * `true` (default): each task/question grade is a whole number of points, as the rubric's bands
   * give them. `false`: accept decimals in 0–5 — for a commission that combines several members'
   * grades into one task grade (for instance by a mean); the order does not provide for that,
   * so it is the caller's choice.
   */
  wholePoints?: boolean;
}

/**
 * **R-GC-3** — practical-assessment score П of the general competition (non-leadership and lower
 * positions): `П = П1 + П2`, each task graded 0–5 points, so 0 ≤ П ≤ 10.
 *
 * > «Қорытынды балл, практикалық бағалау бойынша келесі формула бойынша есептеледі: П=П1+П2 мұнда:
 * > П – қорытынды балл; П1 – бірінші тапсырманың бағасы 0-5 балл; П2 – екінші тапсырманың бағасы
 * > 0-5 балл;»
 *
 * "The final practical-assessment score is П = П1 + П2, where П1 is the grade of the first task,
 * 0–5 points, and П2 the grade of the second task, 0–5 points."
 *
 * **Whole points by default.** The text gives each task a grade of «0-5 балл» and its rubric bands
 * («0 балл», «1-2 балл», «2-3 балл», «4-5 балл») name whole points only: a grade such as 3.5 falls
 * in no band. So by default a fractional task grade is rejected. The order does not say who gives
 * the task grade or how several members' grades combine; pass `{ wholePoints: false }` if your
 * commission's task grade is such a combination (decimals in 0–5 are then accepted).
 * The rubric ({@link rubricBands} `"competition-practical-non-leadership"` /
 * `"competition-practical-lower"`) differs in wording between the two tracks; its printed bands
 * overlap at 2.
 *
 * @rule R-GC-3
 * @param p1 - grade of the first task, 0–5 (whole unless `wholePoints: false`).
 * @param p2 - grade of the second task, 0–5 (whole unless `wholePoints: false`).
 * @param opts - `wholePoints` (default `true`).
 * @returns П, a Decimal in 0–10.
 * @throws A {@link RuleInputError} for a grade out of 0–5, fractional (by default), NaN, Infinity or
 *   of the wrong type, or an unknown option; every problem is listed.
 *
 * @example
 * ```ts
 * competitionPractical(4, 3).toString()                               // "7"
 * competitionPractical("4.5", 3, { wholePoints: false }).toString()   // "7.5"
 * competitionPractical(4.5, 3)                                        // throws RuleInputError (p1 not whole)
 * ```
 * @category Scoring
 */
export function competitionPractical(p1: Num, p2: Num, opts?: TaskGradeOptions): Decimal {
  const whole = typeof opts === "object" && opts !== null && opts.wholePoints === false ? "decimal" : "whole";
  // valid input read without a zod run; anything else: the schema, its messages and codes
  const sum = fastPaths() ? sumOfTwoGrades(readers[whole], p1, p2, opts) : undefined;
  if (sum !== undefined) return out(sum);
  const input = parse(schemas[whole], { p1, p2, opts }, RULE);
  return out(input.p1.plus(input.p2));
}
