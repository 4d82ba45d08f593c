// explainCompetitionPersonalQualities (src/explain/explain-competition-personal-qualities.ts), R-GC-1:
// the mean of the competencies or IQ / 6 with the exact value in params; a bad decimals option.
import { describe, expect, it } from "vitest";
import { explainCompetitionPersonalQualities } from "../../src/index.js";
import { decimals41Issue } from "../support/explain.js";
import { allIssues } from "../support/first-issue.js";

describe("R-GC-1 explainCompetitionPersonalQualities", () => {
  it("R-GC-1 О = 28.5 / 7 = 4.0714 (exact value kept in params)", () => {
    const e = explainCompetitionPersonalQualities({ track: "non-leadership", competencies: [4, 4.5, 4, 3.5, 4, 4, 4.5] });
    // 4 + 4.5 + 4 + 3.5 + 4 + 4 + 4.5 = 28.5; 28.5 / 7 = 4.071428…
    expect(e.formula).toBe("О = (4 + 4.5 + 4 + 3.5 + 4 + 4 + 4.5) / 7 = 28.5 / 7 = 4.0714");
    expect(String(e.params.exactValue).startsWith("4.0714285714285714")).toBe(true);
    expect(explainCompetitionPersonalQualities({ track: "lower", iq: 20 }).formula).toBe("О = IQ / 6 = 20 / 6 = 3.3333");
  });
  // mutation run (docs/quality.md): readOptions checks decimals (a whole number 0–40) and the issue carries the rule of the explanation
  it("R-GC-1 decimals 41 is one out-of-range issue on opts.decimals with rule R-GC-1", () => {
    const issues = allIssues(() => explainCompetitionPersonalQualities({ track: "lower", iq: 20 }, { decimals: 41 }));
    expect(issues).toHaveLength(1);
    expect(issues[0]).toEqual(decimals41Issue("R-GC-1"));
  });
});
