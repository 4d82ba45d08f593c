import type { Decimal } from "decimal.js";
import * as z from "zod";
import { D, out } from "../internal/decimal.js";
import { listOf, num, parse, type Num } from "../internal/validate.js";
import { fastPaths, readerOf } from "./fast.js";
import { SELECTION_PARAMETERS } from "./parameters.js";

const RULE = "R-SEL-3";
const grade = /* @__PURE__ */ (() => num({ min: 0, max: SELECTION_PARAMETERS.essayMaxPoints, whole: true, unit: "points" }))();
const readGrade = /* @__PURE__ */ (() => readerOf(grade, "grade"))();
const schema = /* @__PURE__ */ (() => z.object({
  // any number of members may grade: a list of any length, its bad grades listed up to 100 and counted
  grades: listOf(grade, {
    min: 1,
    tooFew: () => "at least one grade is required",
  }),
}))();

/**
 * Arithmetic mean of several commission members' essay grades — **the caller's choice, not a
 * rule of the orders**.
 *
 * Several members grade each essay (IS selection R-SEL-6: at least two thirds of the commission,
 * every essay by the same number of members; general competition Э, R-GC-2), but neither order
 * says how their grades combine into one. If your commission decided to average them, this helper
 * does it exactly (`(g1 + … + gn) / n`, 40 significant digits, no rounding); if it uses another
 * rule (a sum, a median, a consensus grade), do that instead. Each grade is one member's grade by
 * the essay rubric (R-SEL-3 / R-GC-2): a whole number 0–5.
 *
 * @rule R-SEL-3
 * @param grades - one or more members' grades, each a whole number 0–5 (the array is not modified).
 * @returns the mean, a Decimal in 0–5.
 * @throws A {@link RuleInputError} when the list is empty or not an array, or a grade is not a whole
 *   number in 0–5 (a hole of a sparse array is a missing grade). However long the list, the first
 *   100 problems are listed and the others counted (`omittedIssues`), in time linear in its length.
 *
 * @example
 * ```ts
 * meanOfGrades([4, 5, 3]).toString() // "4"
 * meanOfGrades([4, 5]).toString()    // "4.5"
 * meanOfGrades([5, 4, 4]).toString() // "4.333333333333333333333333333333333333333"
 * ```
 * @category Scoring
 */
export function meanOfGrades(grades: readonly Num[]): Decimal {
  // valid input read without a zod run: the same sum in the same order; at the first grade that is
  // not valid (a hole of a sparse array included), the schema reads the list and lists its problems
  if (fastPaths() && Array.isArray(grades) && grades.length > 0) {
    const list: readonly unknown[] = grades;
    const n = list.length;
    let sum = new D(0);
    let k = 0;
    for (; k < n; k++) {
      const g = readGrade(list[k]);
      if (g === undefined) break;
      sum = sum.plus(g);
    }
    if (k === n) return out(sum.div(n));
  }
  const input = parse(schema, { grades }, RULE);
  return out(input.grades.reduce((s, g) => s.plus(g), new D(0)).div(input.grades.length));
}
