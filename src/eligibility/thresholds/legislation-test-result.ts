import type { Decimal } from "decimal.js";
import { out } from "../../internal/decimal.js";
import * as z from "zod";
import { fail, num, parse, type Num } from "../../internal/validate.js";

const RULE = "R-TH-5";

const schema = /* @__PURE__ */ (() => z.strictObject({
  score: num({ min: 0, unit: "points" }),
  passMark: num({ min: 0, unit: "points" }),
  maxScore: num({ min: 0, unit: "points" }).optional(),
}))();

/**
 * Result of {@link legislationTestResult}.
 *
 * @category Thresholds
 */
export interface LegislationTestResult {
  /** `score ≥ passMark`. */
  readonly passed: boolean;
  readonly score: Decimal;
  /** The pass mark the caller supplied (the library has none of its own). */
  readonly passMark: Decimal;
  /** Always `"caller"`: the pass mark is not in the sources. */
  readonly passMarkSource: "caller";
  readonly rule: "R-TH-5";
}

/**
 * Input of {@link legislationTestResult}.
 *
 * @category Thresholds
 */
export interface LegislationTestInput {
  /** The candidate's score. */
  readonly score: Num;
  /** The pass mark, given by the caller (the sources do not fix it). */
  readonly passMark: Num;
  /** The test's maximum, if known: score and pass mark above it are refused. */
  readonly maxScore?: Num;
}

/**
 * **R-TH-5** — pass or fail of the test of knowledge of the legislation (corps "B"), against a pass
 * mark **the caller supplies**: `passed ⇔ score ≥ passMark`.
 *
 * > «Қазақстан Республикасының заңнамаларын білуге арналған тестілеу бағдарламасында көрсетілген
 * > мәндерден төмен емес нәтиже алған "Б" корпусының лауазымына кандидаттардың жеке кабинетіне
 * > портал арқылы … электрондық сертификат … жолданады.» (testing rules para 77, 001 line 1462)
 *
 * "Candidates who obtained a result not lower than the values given in the testing program of the
 * knowledge of the legislation receive an electronic certificate …". Those values are in App. 2 of
 * the testing rules (the testing program), **which is not in the sources**; so the library ships no
 * number and never invents one: pass the mark in force as `passMark`. "Not lower than" is inclusive.
 *
 * @rule R-TH-5
 * @param i - `score` (≥ 0), `passMark` (≥ 0, from the testing program in force), optional `maxScore`
 *   to check both against.
 * @returns `{ passed, score, passMark, passMarkSource: "caller", rule }`.
 * @throws A {@link RuleInputError} when a value is missing, negative, not a number, or above `maxScore`.
 *
 * @example
 * ```ts
 * legislationTestResult({ score: 45, passMark: 45 }).passed   // true  (not lower than)
 * legislationTestResult({ score: "44.5", passMark: 45 }).passed // false
 * ```
 * @category Thresholds
 */
export function legislationTestResult(i: LegislationTestInput): LegislationTestResult {
  const input = parse(schema, i, RULE);
  if (input.maxScore !== undefined) {
    if (input.score.gt(input.maxScore)) fail(RULE, "score", i.score, `above maxScore ${input.maxScore.toString()}`);
    if (input.passMark.gt(input.maxScore)) fail(RULE, "passMark", i.passMark, `above maxScore ${input.maxScore.toString()}`);
  }
  return Object.freeze({
    passed: input.score.gte(input.passMark),
    score: out(input.score),
    passMark: out(input.passMark),
    passMarkSource: "caller",
    rule: RULE,
  });
}
