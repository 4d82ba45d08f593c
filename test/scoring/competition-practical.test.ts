// src/scoring/competition-practical.ts: competitionPractical, R-GC-3 П = П1 + П2 (two grades 0–5, whole by default;
// TaskGradeOptions). The shared tests (describeTwoGradeSum in test/support/scoring.ts) as competition-interview.test.ts (R-GC-4 С = С1 + С2):
// the two rules have the same shape.
import { describe, expect, it } from "vitest";
import { RuleInputError } from "../../src/index.js";
import { competitionPractical } from "../../src/scoring/index.js";
import { describeTwoGradeSum } from "../support/scoring.js";
import { thrownRuleInputError } from "../support/first-issue.js";

const { rule, name, f, a, b } = { rule: "R-GC-3", name: "competitionPractical: П = П1 + П2", f: competitionPractical, a: "p1", b: "p2" } as const;

describeTwoGradeSum({ rule, name, f, a, b });

// mutation run of src/scoring (issue 6, docs/quality.md): options null and {}
describe("R-GC-3 competitionPractical — options null and {} (mutation)", () => {
  it("R-GC-3 opts = null is a RuleInputError, not a TypeError", () => {
    const e = thrownRuleInputError(() => competitionPractical(4, 3, null as never));
    expect(e.issues.some((i) => i.field === "opts")).toBe(true);
  });
  it("R-GC-3 opts = {} keeps whole points: 3.5 is rejected; wholePoints: true too", () => {
    expect(() => competitionPractical("3.5", 3, {})).toThrow(RuleInputError);
    expect(() => competitionPractical("3.5", 3, { wholePoints: true })).toThrow(RuleInputError);
    // 3.5 + 3 = 6.5 only when the caller opts out of whole points
    expect(competitionPractical("3.5", 3, { wholePoints: false }).toString()).toBe("6.5");
  });
});
