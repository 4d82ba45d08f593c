// Tests of src/eligibility/thresholds/legislation-test-result.ts: legislationTestResult (R-TH-5),
// the caller's pass mark, maxScore, and the field, value and wording of its errors.
import { describe, expect, it } from "vitest";
import { RuleInputError, legislationTestResult } from "../../../src/index.js";
import { firstIssue } from "../../support/first-issue.js";

describe("R-TH-5 legislationTestResult — the pass mark is the caller's", () => {
  it("R-TH-5 score ≥ passMark (not lower than): 45/45 passes, 44.5/45 fails", () => {
    expect(legislationTestResult({ score: 45, passMark: 45 }).passed).toBe(true);
    const r = legislationTestResult({ score: "44.5", passMark: 45 });
    expect(r.passed).toBe(false);
    expect(r.passMarkSource).toBe("caller");
    expect(r.rule).toBe("R-TH-5");
  });
  it("R-TH-5 invalid inputs throw", () => {
    for (const b of [{}, { score: 1 }, { passMark: 1 }, { score: -1, passMark: 1 }, { score: 1, passMark: "x" }, { score: 11, passMark: 5, maxScore: 10 }, { score: 5, passMark: 11, maxScore: 10 }]) {
      expect(() => legislationTestResult(b as never)).toThrow(RuleInputError);
    }
  });
});

// mutation run (docs/quality.md): expected values worked out by hand from R-TH-5.
describe("R-TH-5 legislationTestResult — against maxScore", () => {
  it("R-TH-5 score and passMark within maxScore: a plain result", () => {
    // 50 ≥ 45 → passed; both ≤ 100.
    const r = legislationTestResult({ score: 50, passMark: 45, maxScore: 100 });
    expect(r.passed).toBe(true);
    expect(r.score.toString()).toBe("50");
    expect(r.passMark.toString()).toBe("45");
    expect(r.passMarkSource).toBe("caller");
    expect(r.rule).toBe("R-TH-5");
    // Both equal to maxScore is allowed.
    expect(legislationTestResult({ score: 100, passMark: 100, maxScore: 100 }).passed).toBe(true);
  });
  it("R-TH-5 a score above maxScore names score, its value as given and the maximum", () => {
    expect(firstIssue(() => legislationTestResult({ score: "101", passMark: 45, maxScore: 100 }))).toMatchObject({
      field: "score", value: "101", rule: "R-TH-5", message: "above maxScore 100",
    });
  });
  it("R-TH-5 a pass mark above maxScore names passMark, its value as given and the maximum", () => {
    expect(firstIssue(() => legislationTestResult({ score: 50, passMark: "120.5", maxScore: "100" }))).toMatchObject({
      field: "passMark", value: "120.5", rule: "R-TH-5", message: "above maxScore 100",
    });
  });
});
