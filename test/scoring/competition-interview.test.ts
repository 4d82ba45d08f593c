// src/scoring/competition-interview.ts: competitionInterview, R-GC-4 С = С1 + С2 (two grades 0–5, whole by default;
// TaskGradeOptions). The shared tests (describeTwoGradeSum in test/support/scoring.ts) as competition-practical.test.ts (R-GC-3 П = П1 + П2):
// the two rules have the same shape.
import { describe, expect, it } from "vitest";
import { RuleInputError } from "../../src/index.js";
import { competitionInterview } from "../../src/scoring/index.js";
import { describeTwoGradeSum } from "../support/scoring.js";
import { thrownRuleInputError } from "../support/first-issue.js";

const { rule, name, f, a, b } = { rule: "R-GC-4", name: "competitionInterview: С = С1 + С2", f: competitionInterview, a: "c1", b: "c2" } as const;

describeTwoGradeSum({ rule, name, f, a, b });

// mutation run of src/scoring (issue 6, docs/quality.md): options null and {}
describe("R-GC-4 competitionInterview — options null and {} (mutation)", () => {
  it("R-GC-4 opts = null is a RuleInputError, not a TypeError", () => {
    const e = thrownRuleInputError(() => competitionInterview(4, 3, null as never));
    expect(e.issues.some((i) => i.field === "opts")).toBe(true);
  });
  it("R-GC-4 opts = {} keeps whole points: 2.5 is rejected; wholePoints: true too", () => {
    expect(() => competitionInterview("2.5", 1, {})).toThrow(RuleInputError);
    expect(() => competitionInterview("2.5", 1, { wholePoints: true })).toThrow(RuleInputError);
    // 2.5 + 1 = 3.5
    expect(competitionInterview("2.5", 1, { wholePoints: false }).toString()).toBe("3.5");
  });
});
