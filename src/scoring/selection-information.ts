import type { Decimal } from "decimal.js";
import * as z from "zod";
import { RuleInputError, type RuleInputIssue } from "../errors.js";
import { D, out } from "../internal/decimal.js";
import { num, parse, type Num } from "../internal/validate.js";
import { fastPaths, NO, onlyKey, readerOf } from "./fast.js";
import { SELECTION_PARAMETERS } from "./parameters.js";

const RULE = "R-SEL-2";
const TEXT_COEFFICIENT = /* @__PURE__ */ (() => new D(SELECTION_PARAMETERS.textCoefficient))();
const NUMERIC_COEFFICIENT = /* @__PURE__ */ (() => new D(SELECTION_PARAMETERS.numericCoefficient))();

const perBlock = /* @__PURE__ */ (() => num({ min: 1, whole: true, unit: "(questions)" }))();
const optsSchema = /* @__PURE__ */ (() => z.strictObject({ questionsPerBlock: perBlock.optional() }))();
const readPerBlock = /* @__PURE__ */ (() => readerOf(perBlock, "questionsPerBlock"))();
/** The count schema without a `questionsPerBlock` bound: its reader serves the fast path. */
const readCount = /* @__PURE__ */ (() => readerOf(num({ min: 0, whole: true, unit: "(correct answers)" }), "S1, S2"))();

/**
 * The fast path: T of a valid input — no options, or exactly `{ questionsPerBlock }` — read without
 * a zod run, or `undefined` (then the schemas below report every problem).
 */
function fastRead(S1: unknown, S2: unknown, opts: unknown): Decimal | undefined {
  let max: Decimal | undefined;
  if (opts !== undefined) {
    const q = onlyKey(opts, "questionsPerBlock");
    if (q === NO) return undefined;
    if (q !== undefined) {
      max = readPerBlock(q);
      if (max === undefined) return undefined;
    }
  }
  const a = readCount(S1);
  if (a === undefined || (max !== undefined && a.gt(max))) return undefined;
  const b = readCount(S2);
  if (b === undefined || (max !== undefined && b.gt(max))) return undefined;
  return TEXT_COEFFICIENT.times(a).plus(NUMERIC_COEFFICIENT.times(b));
}
const argsSchema = /* @__PURE__ */ (() => z.strictObject({ opts: optsSchema.optional() }))();

/** Options of {@link selectionInformation}. */
export interface SelectionInformationOptions {
  /**
   * Number of questions in each block (text, numeric), when the caller knows it: S1 and S2 are
   * then checked not to exceed it. The orders give no question count for the IS selection.
   * A positive whole number.
   */
  questionsPerBlock?: number;
}

/**
 * **R-SEL-2** — score for working with text and numeric information, selection in the
 * integrated information system: `T = T1 + T2`, `T1 = 0.1 × S1`, `T2 = 0.1 × S2`.
 *
 * > «Мәтіндік және сандық ақпаратпен жұмыс істеу қабілетін бағалау бойынша қорытынды балл мынадай
 * > формула бойынша есептеледі: T = Т1 + Т2 мұнда: Т – мәтіндік және сандық ақпаратпен жұмыс істеу
 * > қабілетін бағалау бойынша қорытынды балл; T1 – мәтіндік ақпаратпен жұмыс істеу қабілетін бағалау
 * > бойынша қорытынды балл; T2 – сандық ақпаратпен жұмыс істеу қабілетін бағалау бойынша қорытынды
 * > балл. Мәтіндік ақпаратпен жұмыс істеу қабілетін бағалау бойынша қорытынды балл мынадай формула
 * > бойынша есептеледі: T1 = 0,1 х S1 мұнда: T1 – қорытынды балл; 0,1 – мәтіндік ақпаратпен жұмыс
 * > істеу қабілетін бағалау коэффициенті; S1 – дұрыс жауаптардың саны. Сандық ақпаратпен жұмыс істеу
 * > қабілетін бағалау бойынша қорытынды балл мынадай формула бойынша есептеледі: T2 = 0,1 х S2 мұнда:
 * > T2 – қорытынды балл; 0,1 – сандық ақпаратпен жұмыс істеу қабілетін бағалау коэффициенті;
 * > S2 – дұрыс жауаптардың саны.»
 *
 * "The final score of the assessment of the ability to work with text and numeric information is
 * T = T1 + T2, where T1 (text information) = 0.1 × S1 and T2 (numeric information) = 0.1 × S2;
 * 0.1 is the coefficient, S1 and S2 the numbers of correct answers."
 *
 * S1 and S2 are counts of correct answers, so whole numbers ≥ 0. The orders give no number of
 * questions per block for the IS selection: pass `questionsPerBlock` to check S1, S2 against it
 * (then T ≤ 0.2 × questionsPerBlock). The result is exact; the order gives no rounding.
 * A count of more than 40 digits (`"1" + "2".repeat(44)`) is rejected (`too-many-digits`) rather
 * than rounded: the library computes with 40 significant digits.
 * (The ASA-184-2024 edition, seed 000 line 247, prints the same formulas; its copy stops before
 * the definition of S2.)
 *
 * @rule R-SEL-2
 * @param S1 - number of correct answers in the text-information block, a whole number ≥ 0.
 * @param S2 - number of correct answers in the numeric-information block, a whole number ≥ 0.
 * @param opts - `questionsPerBlock`: the number of questions of each block, a positive whole number.
 * @returns T = 0.1 × S1 + 0.1 × S2, a Decimal ≥ 0.
 * @throws A {@link RuleInputError} when S1 or S2 is not a whole number ≥ 0 (or exceeds
 *   `questionsPerBlock`), or `questionsPerBlock` is not a positive whole number, or any of them
 *   has more than 40 digits, or `opts` has an unknown field; every problem is listed.
 *
 * @example
 * ```ts
 * selectionInformation(14, 9).toString()                          // "2.3"  (1.4 + 0.9)
 * selectionInformation(20, 20, { questionsPerBlock: 20 }).toString() // "4"
 * selectionInformation(21, 0, { questionsPerBlock: 20 })           // throws RuleInputError (S1)
 * ```
 * @category Scoring
 */
export function selectionInformation(S1: Num, S2: Num, opts?: SelectionInformationOptions): Decimal {
  // valid input read without a zod run; anything else: the schemas, their messages and codes
  const fast = fastPaths() ? fastRead(S1, S2, opts) : undefined;
  if (fast !== undefined) return out(fast);
  const issues: RuleInputIssue[] = [];
  let omitted = 0;
  let max: Decimal | undefined;
  try {
    max = parse(argsSchema, { opts }, RULE).opts?.questionsPerBlock;
  } catch (e) {
    if (!(e instanceof RuleInputError)) throw e;
    issues.push(...e.issues);
    omitted += e.omittedIssues;
  }
  const count = num({ min: 0, max, whole: true, unit: "(correct answers)" });
  // assigned unless the parse throws, and then `issues` is not empty and the function throws below
  let input!: { S1: Decimal; S2: Decimal };
  try {
    input = parse(z.object({ S1: count, S2: count }), { S1, S2 }, RULE);
  } catch (e) {
    if (!(e instanceof RuleInputError)) throw e;
    issues.push(...e.issues);
    omitted += e.omittedIssues;
  }
  if (issues.length > 0) throw new RuleInputError(issues, omitted);
  return out(TEXT_COEFFICIENT.times(input.S1).plus(NUMERIC_COEFFICIENT.times(input.S2)));
}
