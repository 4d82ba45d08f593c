// explainCompetitionEssay (src/explain/explain-competition-essay.ts), R-GC-2: the essay score within
// 0–5, a value out of range, a bad decimals option.
import { describe, expect, it } from "vitest";
import { explainCompetitionEssay, explainCompetitionInterview, explainCompetitionPractical, RuleInputError } from "../../src/index.js";
import { decimals41Issue } from "../support/explain.js";
import { allIssues } from "../support/first-issue.js";

describe("R-GC-2 explainCompetitionEssay", () => {
  // also asserts the formulas of explainCompetitionPractical (R-GC-3) and explainCompetitionInterview (R-GC-4)
  it("R-GC-2, R-GC-3, R-GC-4", () => {
    expect(explainCompetitionEssay("4.5").formula).toBe("0 ≤ Э = 4.5 ≤ 5");
    expect(explainCompetitionPractical(4, 3).formula).toBe("П = 4 + 3 = 7");
    expect(explainCompetitionInterview(5, 4).formula).toBe("С = 5 + 4 = 9");
    expect(() => explainCompetitionEssay(6)).toThrow(RuleInputError);
  });
  // mutation run (docs/quality.md): readOptions checks decimals (a whole number 0–40) and the issue carries the rule of the explanation
  it("R-GC-2 decimals 41 is one out-of-range issue on opts.decimals with rule R-GC-2", () => {
    const issues = allIssues(() => explainCompetitionEssay(4, { decimals: 41 }));
    expect(issues).toHaveLength(1);
    expect(issues[0]).toEqual(decimals41Issue("R-GC-2"));
  });
});
