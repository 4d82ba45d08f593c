import type { Decimal } from "decimal.js";
import * as z from "zod";
import { D, out } from "../../internal/decimal.js";
import { listOf, num, parse, type Num } from "../../internal/validate.js";

const RULE = "R-EV-1";
/** "The reporting quarters of the calendar year": at most four. */
const QUARTERS_IN_YEAR = 4;

const schema = /* @__PURE__ */ (() => z.object({
  quarterly: listOf(num({ unit: "(a quarterly evaluation)" }), { min: 1, tooFew: () => "at least one quarterly evaluation is required" }),
}))();

/**
 * **R-EV-1** — the final (annual) evaluation of a corps "B" administrative civil servant: the mean
 * of their evaluations for the reporting quarters of the calendar year,
 * `(q1 + … + qn) / n`, `1 ≤ n ≤ 4`, exact (Decimal, 40 significant digits, no rounding).
 *
 * > «Қорытынды баға күнтізбелік жылдың есепті тоқсандары бойынша "Б" корпусы мемлекеттік әкімшілік
 * > қызметшісінің орташа бағасы негізінде цифрлық жүйеде автоматты түрде қалыптастырылады.»
 * > (ASA-52-2026 List point 6: model methodology of evaluating corps "B" servants, point 5, second
 * > part; seed 001 line 1038; in force from 11.07.2026)
 *
 * "The final grade is formed automatically in the digital system on the basis of the average grade
 * of the corps "B" administrative civil servant for the reporting quarters of the calendar year."
 *
 * Read as the arithmetic mean over the quarters for which the servant has an evaluation (a servant
 * appointed mid-year has fewer than four). The scale of a quarterly evaluation, and how the mean
 * becomes a grade (e.g. the bands of the methodology), are not in the sources: any finite number is
 * accepted and the mean is returned unrounded. «негізінде» ("on the basis of") — the text does not
 * say the final grade *is* the mean, only that it is formed from it: this function gives the mean.
 *
 * @rule R-EV-1
 * @param quarterly - one to four quarterly evaluations (numbers, decimal strings or Decimals; not modified).
 * @returns the mean, a Decimal.
 * @throws A {@link RuleInputError} for an empty list, more than four quarters, or a value that is not a finite number.
 *
 * @example
 * ```ts
 * corpsBAnnualEvaluation([4, 5, 3, 4]).toString() // "4"
 * corpsBAnnualEvaluation(["4.5", 4]).toString()    // "4.25"
 * corpsBAnnualEvaluation([5, 4, 4]).toString()     // "4.333333333333333333333333333333333333333"
 * ```
 * @category Eligibility
 */
export function corpsBAnnualEvaluation(quarterly: readonly Num[]): Decimal {
  const o = parse(
    schema.refine((x) => x.quarterly.length <= QUARTERS_IN_YEAR, { message: `at most ${QUARTERS_IN_YEAR} quarterly evaluations: a calendar year has four reporting quarters`, path: ["quarterly"] }),
    { quarterly },
    RULE,
  );
  return out(o.quarterly.reduce((s, q) => s.plus(q), new D(0)).div(o.quarterly.length));
}
