// Tests added from the mutation run of the threshold, category and commission files (issue 6,
// docs/quality.md): boundaries of the quorum, and the field, value and wording of each error.
// Numbers worked out by hand from R-GC-7 (≥ two thirds, ≥ 3 persons) and R-TH-1…4.
import { describe, expect, it } from "vitest";
import { checkCommissionQuorum, commissionQuorum, normalizeCategory, personalQualitiesTestResult, RuleInputError, testProgramFor } from "../../src/index.js";
import { firstIssue } from "../support/first-issue.js";

const issue = firstIssue;

describe("R-GC-7 quorum boundaries and reasons (mutation)", () => {
  it("R-GC-7 4 members, 3 present: 9 ≥ 8 and 3 ≥ 3 → quorum, no reason; required = max(3, ⌈8/3⌉ = 3) = 3", () => {
    expect(checkCommissionQuorum(4, 3)).toMatchObject({ quorum: true, required: 3, reasons: [], consequence: null });
  });
  it("R-GC-7 3 members: required = max(3, 2) = 3", () => {
    expect(checkCommissionQuorum(3, 3)).toMatchObject({ quorum: true, required: 3, reasons: [] });
  });
  it("R-GC-7 2 members: never a quorum, required null", () => {
    const r = checkCommissionQuorum(2, 2);
    expect(r.quorum).toBe(false);
    expect(r.required).toBeNull();
    expect(r.reasons).toEqual([{ code: "fewer-than-three", rule: "R-GC-7", present: 2, required: 3 }]);
  });
  it("R-GC-7 9 members, 2 present: below two thirds (6) and fewer than three", () => {
    expect(checkCommissionQuorum(9, 2).reasons).toEqual([
      { code: "below-two-thirds", rule: "R-GC-7", present: 2, required: 6 },
      { code: "fewer-than-three", rule: "R-GC-7", present: 2, required: 3 },
    ]);
  });
  it("R-GC-7 more present than members names present; a huge count is refused", () => {
    expect(issue(() => commissionQuorum(5, 6))).toMatchObject({ field: "present", message: "more members present than the commission has (5)" });
    expect(issue(() => commissionQuorum(2 ** 60, 1))).toMatchObject({ field: "members", message: "too large" });
  });
});

describe("R-TH-4 normalizeCategory messages (mutation)", () => {
  it("R-TH-4 a wrong type names code and the type", () => {
    expect(issue(() => normalizeCategory(5 as never))).toMatchObject({ field: "code", rule: "R-TH-4", message: 'wrong type (number): expected a category code string such as "C-O-4"' });
    expect(issue(() => normalizeCategory(null as never)).message).toBe('wrong type (null): expected a category code string such as "C-O-4"');
  });
  it("R-TH-4 an empty code", () => {
    expect(issue(() => normalizeCategory("  "))).toMatchObject({ field: "code", message: 'empty: expected a category code such as "C-O-4"' });
  });
  it("R-TH-4 an unknown code: with a hint only when a character no code has remains", () => {
    const plain = issue(() => normalizeCategory("Z-9")).message;
    expect(plain.startsWith('unknown category code "Z-9"; known codes: A-1, ')).toBe(true);
    const hinted = issue(() => normalizeCategory("C_O_4")).message;
    expect(hinted.startsWith('unknown category code "C_O_4" (after folding look-alikes it still contains "_", which no code has); known codes: A-1, ')).toBe(true);
    expect(issue(() => normalizeCategory("C_O*4")).message).toContain('still contains "_*", which');
  });
});

describe("R-TH-1..3 program messages (mutation)", () => {
  it("R-TH-1 a missing or unknown program", () => {
    expect(issue(() => personalQualitiesTestResult({} as never))).toMatchObject({ field: "program", rule: "R-TH-1..3", message: "missing: expected program 1, 2 or 3" });
    expect(issue(() => personalQualitiesTestResult({ program: 4 } as never)).message).toBe("unknown program: expected 1, 2 or 3");
  });
  it("R-TH-3 the result carries program and version", () => {
    expect(personalQualitiesTestResult({ program: 3, logic: 12 })).toMatchObject({ passed: true, program: 3, version: "ASA-52-2026", failures: [] });
  });
});

describe("R-TH-4 testProgramFor option errors (mutation)", () => {
  it("R-TH-4 leadership: true for a lower category", () => {
    expect(issue(() => testProgramFor("E-G-4", { leadership: true }))).toMatchObject({ field: "opts.leadership", value: true, message: "category E-G-4 is a lower position (program 3 only), not a leadership one" });
  });
  it("R-TH-4 leadership: false for a program-1-only category, true for a program-2-only one", () => {
    expect(issue(() => testProgramFor("A-1", { leadership: false }))).toMatchObject({ field: "opts.leadership", value: false, message: "category A-1 is listed only in program 1 (leadership positions)" });
    expect(issue(() => testProgramFor("A-2", { leadership: true }))).toMatchObject({ field: "opts.leadership", value: true, message: "category A-2 is listed only in program 2 (non-leadership positions)" });
  });
  it("R-TH-4 a bad option names opts", () => {
    expect(issue(() => testProgramFor("A-1", { leadership: "yes" } as never)).field).toBe("opts.leadership");
  });
  it("R-TH-4 an ambiguous category without a decision names category and lists the six codes", () => {
    const i = issue(() => testProgramFor("C-O-4"));
    expect(i.field).toBe("category");
    expect(i.message).toContain("the six such codes are B-2, B-3, B-4, C-3, C-O-4, D-3; pass opts.leadership, or opts.positionTitle");
    expect(i.message).toContain("Leadership titles of C-O-4: «");
    expect(i.message).toContain("»; «");
  });
});
