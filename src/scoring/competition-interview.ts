import type { Decimal } from "decimal.js";
import { out } from "../internal/decimal.js";
import * as z from "zod";
import { num, parse, type Num } from "../internal/validate.js";
import type { TaskGradeOptions } from "./competition-practical.js";
import { COMPETITION_STAGE_PARAMETERS as P } from "./parameters.js";
import { fastPaths, readerOf, sumOfTwoGrades } from "./fast.js";

const RULE = "R-GC-4";
const MAX = /* @__PURE__ */ (() => P.interviewQuestionMax)();
const opts = /* @__PURE__ */ (() => z.strictObject({ wholePoints: z.boolean({ error: "wrong type: expected true or false" }).optional() }).optional())();
const schemas = /* @__PURE__ */ (() => ({
  whole: z.object({ c1: num({ min: 0, max: MAX, whole: true, unit: "points" }), c2: num({ min: 0, max: MAX, whole: true, unit: "points" }), opts }),
  decimal: z.object({ c1: num({ min: 0, max: MAX, unit: "points" }), c2: num({ min: 0, max: MAX, unit: "points" }), opts }),
}))();
const readers = /* @__PURE__ */ (() => ({
  whole: [readerOf(schemas.whole.shape.c1, "c1"), readerOf(schemas.whole.shape.c2, "c2")],
  decimal: [readerOf(schemas.decimal.shape.c1, "c1"), readerOf(schemas.decimal.shape.c2, "c2")],
} as const))();


/**
 * **R-GC-4** — interview score С of the general competition: `С = С1 + С2`, each answer graded
 * 0–5 points, so 0 ≤ С ≤ 10. (С enters the final score of leadership positions, R-GC-5.)
 *
 * > «Қорытынды балл, әңгімелесу бойынша келесі формула бойынша есептеледі: С=С1+С2 мұнда:
 * > С – қорытынды балл; С1 – бірінші сұрақ жауабы үшін баға 0-5 балл; С2 – екінші сұрақ жауабы
 * > үшін баға 0-5 балл;»
 *
 * "The final interview score is С = С1 + С2, where С1 is the grade for the answer to the first
 * question, 0–5 points, and С2 the grade for the answer to the second question, 0–5 points."
 *
 * **Whole points by default**, for the same reason as П (R-GC-3): the rubric bands («0 балл»,
 * «1-2 балл», «2-3 балл», «4-5 балл») give whole points only. Pass `{ wholePoints: false }` to
 * accept decimal question grades (a combination of several members' grades, which the order does
 * not provide for: the caller's choice). See {@link rubricBands}`("competition-interview", …)`.
 *
 * @rule R-GC-4
 * @param c1 - grade of the answer to the first question, 0–5 (whole unless `wholePoints: false`).
 * @param c2 - grade of the answer to the second question, 0–5 (whole unless `wholePoints: false`).
 * @param opts - `wholePoints` (default `true`).
 * @returns С, a Decimal in 0–10.
 * @throws A {@link RuleInputError} for a grade out of 0–5, fractional (by default), NaN, Infinity or
 *   of the wrong type, or an unknown option; every problem is listed.
 *
 * @example
 * ```ts
 * competitionInterview(5, 4).toString()                                // "9"
 * competitionInterview("3.5", "4.25", { wholePoints: false }).toString() // "7.75"
 * competitionInterview(6, 0)                                           // throws RuleInputError (c1 out of range)
 * ```
 * @category Scoring
 */
export function competitionInterview(c1: Num, c2: Num, opts?: TaskGradeOptions): Decimal {
  const whole = typeof opts === "object" && opts !== null && opts.wholePoints === false ? "decimal" : "whole";
  // valid input read without a zod run; anything else: the schema, its messages and codes
  const sum = fastPaths() ? sumOfTwoGrades(readers[whole], c1, c2, opts) : undefined;
  if (sum !== undefined) return out(sum);
  const input = parse(schemas[whole], { c1, c2, opts }, RULE);
  return out(input.c1.plus(input.c2));
}
