// Tests of src/eligibility/reserve/funnel/issues.ts: the funnel's (R-PYR-3) input problems are all
// collected into one RuleInputError, at most 100 listed and the rest counted in a last line.
import { describe, expect, it } from "vitest";
import { runReserveFunnel } from "../../../../src/index.js";
import { cand, D } from "../../../support/reserve.js";
import { allIssues } from "../../../support/first-issue.js";

const RULE = "R-PYR-3";

// mutation run: pins the cap of 100 and the counting line (exact boundary, exact message)
describe("R-PYR-3 runReserveFunnel — issues: at most 100 problems are listed", () => {
  const notCandidates = (k: number) => Array.from({ length: k }, () => null) as never;
  const listed = (k: number) => ({ field: `candidates[${k}]`, value: null, rule: RULE, message: "expected a candidate object { id, sector, scores }" });

  it("R-PYR-3 exactly 100 problems: all listed, no summary line", () => {
    const iss = allIssues(() => runReserveFunnel(notCandidates(100)));
    expect(iss).toHaveLength(100);
    expect(iss[99]).toEqual(listed(99));
  });

  it("R-PYR-3 101 and 102 problems: the first 100, then one line counting the rest", () => {
    for (const [k, more] of [[101, 1], [102, 2]] as const) {
      const iss = allIssues(() => runReserveFunnel(notCandidates(k)));
      expect(iss).toHaveLength(101);
      expect(iss[0]).toEqual(listed(0));
      expect(iss[99]).toEqual(listed(99));
      expect(iss[100]).toEqual({ field: "candidates", value: undefined, rule: RULE, message: `… and ${more} more problem(s) not listed` });
    }
  });

  it("R-PYR-3 duplicates beyond the 100th problem are counted, not listed", () => {
    // 100 non-candidates fill the list; two more candidates share id "a" (one problem) → 1 more
    const cs = [...(notCandidates(100) as unknown[]), cand("a", D, { text: 1 }), cand("a", D, { text: 2 })];
    const iss = allIssues(() => runReserveFunnel(cs as never));
    expect(iss).toHaveLength(101);
    expect(iss[100]!.message).toBe("… and 1 more problem(s) not listed");
  });
});
