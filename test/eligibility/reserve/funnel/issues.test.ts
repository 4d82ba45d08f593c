// Tests of src/eligibility/reserve/funnel/issues.ts: the funnel's (R-PYR-3) input problems are all
// found and thrown as one RuleInputError, at most 100 listed and the rest counted in its
// omittedIssues (issue 23; until then a 101st issue "… and N more problem(s) not listed" counted them,
// which broke the at-most-100 bound of every RuleInputError).
import { describe, expect, it } from "vitest";
import { runReserveFunnel } from "../../../../src/index.js";
import { cand, D } from "../../../support/reserve.js";
import { allIssues, thrownRuleInputError } from "../../../support/first-issue.js";

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

  it("R-PYR-3 101 and 102 problems: the first 100 listed, the rest counted in omittedIssues", () => {
    for (const [k, more] of [[101, 1], [102, 2]] as const) {
      const e = thrownRuleInputError(() => runReserveFunnel(notCandidates(k)));
      expect(e.issues).toHaveLength(100);
      expect(e.issues[0]).toEqual(listed(0));
      expect(e.issues[99]).toEqual(listed(99));
      expect(e.omittedIssues).toBe(more);
      expect(e.message.endsWith(`; … and ${more} more ${more === 1 ? "issue" : "issues"}`)).toBe(true);
    }
  });

  it("R-PYR-3 exactly 100 problems: nothing omitted", () => {
    expect(thrownRuleInputError(() => runReserveFunnel(notCandidates(100))).omittedIssues).toBe(0);
  });

  it("R-PYR-3 duplicates beyond the 100th problem are counted, not listed", () => {
    // 100 non-candidates fill the list; two more candidates share id "a" (one problem) → 1 more
    const cs = [...(notCandidates(100) as unknown[]), cand("a", D, { text: 1 }), cand("a", D, { text: 2 })];
    const e = thrownRuleInputError(() => runReserveFunnel(cs as never));
    expect(e.issues).toHaveLength(100);
    expect(e.omittedIssues).toBe(1);
  });

  it("R-PYR-3 a sparse array of 10^6 candidates: 100 listed, 999,900 counted", () => {
    const e = thrownRuleInputError(() => runReserveFunnel(new Array(1_000_000)));
    expect(e.issues).toHaveLength(100);
    expect(e.omittedIssues).toBe(999_900);
    expect(e.message.length).toBeLessThanOrEqual(64_000);
  });
});

// issue 23, item 3: a candidate is named by its id shown bounded and escaped
describe("R-PYR-3 runReserveFunnel — issues: how a candidate is named (issue 23)", () => {
  it("R-PYR-3 an id of 10^7 characters is cut in the message; one with control characters escaped", () => {
    const id = "a".repeat(10_000_000);
    const e = thrownRuleInputError(() => runReserveFunnel([cand(id, "nowhere", { text: 1 })]));
    expect(e.issues[0]!.message).toBe(`candidate "${"a".repeat(60)}"…(10000000 characters): unknown sector (expected one of social-policy, infrastructure-industry-trade, economic-financial-policy, digitalisation, agro-industry-environment, foreign-policy-investment)`);
    const bidi = thrownRuleInputError(() => runReserveFunnel([cand("a\u202eb", "nowhere", { text: 1 })]));
    expect(bidi.issues[0]!.message.startsWith('candidate "a\\u202eb": unknown sector')).toBe(true);
  });
});
