// explainSelectionInterview (src/explain/explain-selection-interview.ts), R-SEL-4: a bad decimals
// option is reported under R-SEL-4 (the worked example sits in explain-selection-essay.test.ts).
import { describe, expect, it } from "vitest";
import { explainSelectionInterview } from "../../src/index.js";
import { decimals41Issue } from "../support/explain.js";
import { allIssues } from "../support/first-issue.js";

describe("R-SEL-4 explainSelectionInterview — options", () => {
  // mutation run (docs/quality.md): readOptions checks decimals (a whole number 0–40) and the issue carries the rule of the explanation
  it("R-SEL-4 decimals 41 is one out-of-range issue on opts.decimals with rule R-SEL-4", () => {
    const issues = allIssues(() => explainSelectionInterview(2, { decimals: 41 }));
    expect(issues).toHaveLength(1);
    expect(issues[0]).toEqual(decimals41Issue("R-SEL-4"));
  });
});
