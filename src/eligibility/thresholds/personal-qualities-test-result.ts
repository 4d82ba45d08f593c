import type { Decimal } from "decimal.js";
import * as z from "zod";
import { D, out } from "../../internal/decimal.js";
import { num, parse, type Num } from "../../internal/validate.js";
import { PERSONAL_QUALITIES_PROGRAMS } from "./personal-qualities-programs.js";

/** Input of {@link personalQualitiesTestResult}. */
export type PersonalQualitiesTestInput =
  | { program: 1 | 2; competencies: readonly Num[] }
  | { program: 3; logic: Num };

/**
 * One failed condition of a personal-qualities test result.
 *
 * @category Thresholds
 */
export interface PersonalQualitiesFailure {
  /** `"total-below-pass-mark"`, `"competency-below-pass-mark"` or `"logic-below-pass-mark"`. */
  readonly code: "total-below-pass-mark" | "competency-below-pass-mark" | "logic-below-pass-mark";
  /** Rule id: R-TH-1, R-TH-2 or R-TH-3. */
  readonly rule: "R-TH-1" | "R-TH-2" | "R-TH-3";
  /** The score that fell short (the total, one competency, or the logic block). */
  readonly score: Decimal;
  /** The pass mark it had to reach (inclusive). */
  readonly passMark: Decimal;
  /** For a competency: its 0-based index in the input, in the program's order. */
  readonly index?: number;
  /** For a competency: its id, e.g. `"strategic-thinking"`. */
  readonly competency?: string;
  /** For a competency: its Kazakh name, e.g. `"стратегиялық ойлау"`. */
  readonly competencyKk?: string;
}

/**
 * Result of {@link personalQualitiesTestResult}.
 *
 * @category Thresholds
 */
export interface PersonalQualitiesTestResult {
  /** `true` when no condition failed. */
  readonly passed: boolean;
  /** Programs 1–2: the sum of the competency scores; program 3: the logic score. */
  readonly total: Decimal;
  /** Every failed condition (empty when passed). */
  readonly failures: readonly PersonalQualitiesFailure[];
  /** The program applied. */
  readonly program: 1 | 2 | 3;
  /** The edition of the pass marks applied. */
  readonly version: "ASA-52-2026";
}

const RULES = { 1: "R-TH-1", 2: "R-TH-2", 3: "R-TH-3" } as const;
const P = PERSONAL_QUALITIES_PROGRAMS;

const programOnly = /* @__PURE__ */ (() => z.looseObject({
  program: z.union([z.literal(1), z.literal(2), z.literal(3)], {
    error: (iss) => (iss.input === undefined ? "missing: expected program 1, 2 or 3" : "unknown program: expected 1, 2 or 3"),
  }),
}))();

function competenciesSchema(p: 1 | 2) {
  const n = P[p].competencies.length;
  const score = num({ min: P[p].scale.min, max: P[p].scale.max, unit: "points (competency score)" });
  return z.strictObject({
    program: z.literal(p),
    competencies: z
      .array(score, { error: "expected an array of competency scores" })
      .length(n, `program ${p} has exactly ${n} competencies (${P[p].competencies.map((c) => c.en).join(", ")}): give ${n} scores in that order`),
  });
}
const SCHEMAS = /* @__PURE__ */ (() => ({
  1: competenciesSchema(1),
  2: competenciesSchema(2),
  3: z.strictObject({
    program: z.literal(3),
    logic: num({ min: P[3].scale.min, max: P[3].scale.max, unit: "points (logical thinking, 30 questions)" }),
  }),
} as const))();

/**
 * **R-TH-1, R-TH-2, R-TH-3** — pass or fail of the personal-qualities test for corps "B" positions,
 * with every failed condition (testing rules App. 6, new edition by ASA-52-2026, 001 lines 2135–2163).
 *
 * - Program 1 (leadership, 10 competencies): pass iff `Σ ≥ 30` **and** every competency `≥ 2.5`.
 * - Program 2 (non-leadership, 7 competencies): pass iff `Σ ≥ 20` **and** every competency `≥ 2.5`.
 * - Program 3 (lower positions): pass iff logical thinking `≥ 10`; value orientations and emotional
 *   intelligence have no threshold, so they are not inputs.
 *
 * > «Тестілеуден өту шекті мәні кемінде 30 баллды құрайды, оның ішінде әрбір құзырет бойынша
 * > кемінде 2,5 балл құрауы тиіс.» (line 2149; line 2155 says the same with 20)
 * > «Логикалық ойлау деңгейін айқындауға арналған тестілеуден өту көрсеткіші кемінде 10 балл
 * > құрауы тиіс.» (line 2159)
 * > «Құндылық бағдарлары және эмоционалдық интеллектіні айқындауға арналған тестілеу үшін шекті
 * > мәндер белгіленбейді.» (line 2161)
 *
 * "The pass mark is at least 30 points, of which every competency must be at least 2.5 points."
 * "The pass mark of the logical-thinking test must be at least 10 points." "No thresholds are set
 * for the value-orientation and emotional-intelligence tests." "Кемінде" (at least) is inclusive:
 * exactly 30 and exactly 2.5 pass.
 *
 * **Scales (inferred, not stated).** The source gives no scale for a competency score; the library
 * accepts 0–5 per competency (the general competition methodology brings the same scores "to 5
 * points", 001 lines 1962, 1974) and 0–30 for logic (30 questions; "6 – 5 баллға келтіру
 * коэффициенті", line 1984). Scores need not be whole (12 tasks are brought to a 5-point scale).
 * Arithmetic is exact (Decimal).
 *
 * @rule R-TH-1
 * @rule R-TH-2
 * @rule R-TH-3
 * @param i - `{ program: 1 | 2, competencies }` with exactly 10 / 7 scores in the program's order
 *   (see {@link PERSONAL_QUALITIES_PROGRAMS}), each 0–5; or `{ program: 3, logic }` with 0–30.
 * @returns `{ passed, total, failures, program, version }`; `failures` lists every failed condition.
 * @throws A {@link RuleInputError} for an unknown program, a wrong number of scores, a score out of
 *   range or not a number (every problem at once).
 *
 * @example
 * ```ts
 * const r = personalQualitiesTestResult({ program: 1, competencies: [4, 4, 4, 4, 4, 4, 4, 2.4, 4, 4] });
 * r.passed            // false
 * r.total.toString()  // "38.4"
 * r.failures          // [{ code: "competency-below-pass-mark", rule: "R-TH-1", index: 7,
 *                     //    competency: "intolerance-of-corruption", score: 2.4, passMark: 2.5, … }]
 * personalQualitiesTestResult({ program: 3, logic: 10 }).passed // true
 * ```
 * @category Thresholds
 */
export function personalQualitiesTestResult(i: PersonalQualitiesTestInput): PersonalQualitiesTestResult {
  const head = parse(programOnly, i, "R-TH-1..3");
  const program = head.program;
  const rule = RULES[program];
  const failures: PersonalQualitiesFailure[] = [];

  if (program === 3) {
    const input = parse(SCHEMAS[3], i, rule);
    const passMark = new D(P[3].passMarks.logic);
    if (input.logic.lt(passMark)) {
      failures.push(Object.freeze({ code: "logic-below-pass-mark", rule, score: out(input.logic), passMark: out(passMark) }));
    }
    return Object.freeze({ passed: failures.length === 0, total: out(input.logic), failures: Object.freeze(failures), program, version: "ASA-52-2026" });
  }

  const input = parse(SCHEMAS[program], i, rule);
  const prog = P[program];
  const totalMark = new D(prog.passMarks.total);
  const eachMark = new D(prog.passMarks.eachCompetency);
  const total = input.competencies.reduce((s, c) => s.plus(c), new D(0));
  if (total.lt(totalMark)) {
    failures.push(Object.freeze({ code: "total-below-pass-mark", rule, score: out(total), passMark: out(totalMark) }));
  }
  input.competencies.forEach((score, index) => {
    if (score.lt(eachMark)) {
      const c = prog.competencies[index]!;
      failures.push(
        Object.freeze({ code: "competency-below-pass-mark", rule, score: out(score), passMark: out(eachMark), index, competency: c.id, competencyKk: c.kk }),
      );
    }
  });
  return Object.freeze({ passed: failures.length === 0, total: out(total), failures: Object.freeze(failures), program, version: "ASA-52-2026" });
}
