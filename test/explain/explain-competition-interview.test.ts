// explainCompetitionInterview (src/explain/explain-competition-interview.ts), R-GC-4: С = С1 + С2, the
// wholePoints option passed on to competitionInterview, a bad decimals option.
import { describe, expect, it } from "vitest";
import { explainCompetitionInterview } from "../../src/index.js";
import { decimals41Issue } from "../support/explain.js";
import { allIssues, firstIssue } from "../support/first-issue.js";

describe("R-GC-4 explainCompetitionInterview — options", () => {
  // mutation run (docs/quality.md): readOptions checks decimals (a whole number 0–40) and the issue carries the rule of the explanation
  it("R-GC-4 decimals 41 is one out-of-range issue on opts.decimals with rule R-GC-4", () => {
    const issues = allIssues(() => explainCompetitionInterview(5, 4, { decimals: 41 }));
    expect(issues).toHaveLength(1);
    expect(issues[0]).toEqual(decimals41Issue("R-GC-4"));
  });
  // mutation run (docs/quality.md): the option reaches the scoring function
  it("R-GC-4 wholePoints: false accepts 4.5 + 4 = 8.5; without it 4.5 is refused", () => {
    const e = explainCompetitionInterview("4.5", 4, { wholePoints: false });
    expect(e.formula).toBe("С = 4.5 + 4 = 8.5");
    expect(e.texts.en).toBe("General competition, interview: С = С1 + С2 = 4.5 + 4 = 8.5 (of 10).");
    expect(firstIssue(() => explainCompetitionInterview("4.5", 4)).field).toBe("c1");
  });
});
