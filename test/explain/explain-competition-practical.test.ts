// explainCompetitionPractical (src/explain/explain-competition-practical.ts), R-GC-3: П = П1 + П2, the
// wholePoints option passed on to competitionPractical, a bad decimals option.
import { describe, expect, it } from "vitest";
import { explainCompetitionPractical } from "../../src/index.js";
import { decimals41Issue } from "../support/explain.js";
import { allIssues, firstIssue } from "../support/first-issue.js";

describe("R-GC-3 explainCompetitionPractical — options", () => {
  // mutation run (docs/quality.md): readOptions checks decimals (a whole number 0–40) and the issue carries the rule of the explanation
  it("R-GC-3 decimals 41 is one out-of-range issue on opts.decimals with rule R-GC-3", () => {
    const issues = allIssues(() => explainCompetitionPractical(4, 3, { decimals: 41 }));
    expect(issues).toHaveLength(1);
    expect(issues[0]).toEqual(decimals41Issue("R-GC-3"));
  });
  // mutation run (docs/quality.md): the option reaches the scoring function
  it("R-GC-3 wholePoints: false accepts 4.5 + 3 = 7.5; without it 4.5 is refused", () => {
    const e = explainCompetitionPractical("4.5", 3, { wholePoints: false });
    expect(e.formula).toBe("П = 4.5 + 3 = 7.5");
    expect(e.texts.en).toBe("General competition, practical assessment: П = П1 + П2 = 4.5 + 3 = 7.5 (of 10).");
    expect(firstIssue(() => explainCompetitionPractical("4.5", 3)).field).toBe("p1");
  });
});
