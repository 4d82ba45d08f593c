// Tests of src/eligibility/evaluation/corps-b-annual-evaluation.ts: corpsBAnnualEvaluation (R-EV-1,
// ASA-52-2026 List point 6: model methodology of evaluating corps "B" servants, point 5 second part,
// seed 001 line 1038): «Қорытынды баға күнтізбелік жылдың есепті тоқсандары бойынша "Б" корпусы
// мемлекеттік әкімшілік қызметшісінің орташа бағасы негізінде цифрлық жүйеде автоматты түрде
// қалыптастырылады.»
import { describe, expect, it } from "vitest";
import { fc, test as fcTest } from "@fast-check/vitest";
import { Decimal } from "decimal.js";
import { RuleInputError, corpsBAnnualEvaluation } from "../../../src/index.js";
import { firstIssue } from "../../support/first-issue.js";

describe("R-EV-1 corpsBAnnualEvaluation — «есепті тоқсандары бойынша … орташа бағасы»", () => {
  it("R-EV-1 four quarters: (4 + 5 + 3 + 4) / 4 = 16 / 4 = 4", () => {
    expect(corpsBAnnualEvaluation([4, 5, 3, 4]).toString()).toBe("4");
  });
  it("R-EV-1 exact decimals: (4.5 + 4) / 2 = 8.5 / 2 = 4.25; (0.1 + 0.2) / 2 = 0.15 (no float error)", () => {
    expect(corpsBAnnualEvaluation(["4.5", 4]).toString()).toBe("4.25");
    expect(corpsBAnnualEvaluation([0.1, 0.2]).toString()).toBe("0.15");
  });
  it("R-EV-1 three quarters (appointed in the second quarter): (5 + 4 + 4) / 3 = 13/3 to 40 significant digits, unrounded otherwise", () => {
    expect(corpsBAnnualEvaluation([5, 4, 4]).toString()).toBe("4.333333333333333333333333333333333333333");
  });
  it("R-EV-1 one quarter: the mean is that quarter's grade", () => {
    expect(corpsBAnnualEvaluation([new Decimal("3.7")]).toString()).toBe("3.7");
  });
  it("R-EV-1 a calendar year has four reporting quarters: five is an error; none is an error", () => {
    expect(firstIssue(() => corpsBAnnualEvaluation([1, 2, 3, 4, 5]))).toMatchObject({ field: "quarterly", rule: "R-EV-1" });
    expect(firstIssue(() => corpsBAnnualEvaluation([]))).toMatchObject({ field: "quarterly", rule: "R-EV-1", message: "at least one quarterly evaluation is required" });
  });
  it("R-EV-1 a value that is not a finite number names its quarter", () => {
    expect(firstIssue(() => corpsBAnnualEvaluation([4, Number.NaN]))).toMatchObject({ field: "quarterly[1]", rule: "R-EV-1" });
    for (const b of [null, "4", [Infinity], [{}], [undefined]]) expect(() => corpsBAnnualEvaluation(b as never)).toThrow(RuleInputError);
  });
  fcTest.prop([fc.array(fc.integer({ min: 0, max: 10_000 }), { minLength: 1, maxLength: 4 })])(
    "R-EV-1 property: mean × n = sum exactly, lies between min and max, order does not matter",
    (qs) => {
      const m = corpsBAnnualEvaluation(qs);
      const sum = qs.reduce((a, b) => a + b, 0);
      expect(m.times(qs.length).toDecimalPlaces(30).eq(sum)).toBe(true);
      expect(m.gte(Math.min(...qs)) && m.lte(Math.max(...qs))).toBe(true);
      expect(corpsBAnnualEvaluation([...qs].reverse()).eq(m)).toBe(true);
    },
  );
});
