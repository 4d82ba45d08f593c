// Tests of src/eligibility/time-rules/testing-refusal.ts: testingRefusal (R-EL-3), the seven grounds
// for refusing testing, their last days, freeFrom and the input field names.

import { describe, expect, it } from "vitest";
import { RuleInputError, testingRefusal } from "../../../src/index.js";
import { allIssues as issuesOf, firstIssue, thrownRuleInputError } from "../../support/first-issue.js";

describe("R-EL-3 testingRefusal — all seven grounds at once", () => {
  it("R-EL-3 grounds 5, 6, 7 and all seven at once, in order", () => {
    const all = testingRefusal({
      applicationDate: "2026-09-16",
      failedTests: ["2026-09-14"],
      violations: [{ date: "2026-09-01" }],
      violationActs: ["2026-05-01"],
      otherPersonActs: ["2025-12-01"],
      personalDataConsent: false,
      certificates: [{ testDate: "2026-07-20" }, { testDate: "2025-10-01", validUntil: "2026-10-01" }],
      personalQualitiesConclusions: [{ validUntil: "2026-12-31" }],
    });
    expect(all.grounds.map((g) => g.ground)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(all.grounds.find((g) => g.ground === 5)!.until).toBeUndefined();
    expect(all.grounds.find((g) => g.ground === 6)!.until).toBe("2027-07-20");
    expect(all.grounds.find((g) => g.ground === 7)!.until).toBe("2026-12-31");
    expect(all.refused).toBe(true);
    expect(all.freeFrom).toBeNull();
    expect(all.grounds[0]!.citation).toMatch(/line 1550/);
  });
});

// Mutation run 2026-11-23 (testing-refusal.ts): these pin the explained answer. Every expected value is
// worked out by hand from the rule (the reasoning is in the comments), not copied from the code's output.
describe("R-EL-3 testingRefusal — grounds, last days, freeFrom", () => {
  const base = { personalDataConsent: true } as const;

  it("R-EL-3 nothing applies: not refused, freeFrom = the acceptance day, counting echoed", () => {
    // failed on 2026-09-12: blocks 12 … 15; accepted 16 → free
    const r = testingRefusal({ ...base, applicationDate: "2026-09-16", failedTests: ["2026-09-12"] });
    expect(r).toMatchObject({ rule: "R-EL-3", applicationDate: "2026-09-16", refused: false, grounds: [], freeFrom: "2026-09-16", counting: "civil-code" });
  });

  it("R-EL-3 several events of one ground: the latest last day wins, whatever the order; freeFrom the day after", () => {
    // failures on 14 and 15 September: blocks 14 … 17 and 15 … 18 → until 18, free from 19
    for (const failedTests of [["2026-09-14", "2026-09-15"], ["2026-09-15", "2026-09-14"]]) {
      const r = testingRefusal({ ...base, applicationDate: "2026-09-16", failedTests });
      expect(r.grounds).toHaveLength(1);
      expect(r.grounds[0]).toMatchObject({ ground: 1, rule: "R-EL-3", until: "2026-09-18", case: 5 });
      expect([...r.grounds[0]!.because].sort()).toEqual(["2026-09-14", "2026-09-15"]);
      expect(r.grounds[0]!.citation).toBe("ASA-52-2026, testing rules App. 5 row 9, sub-point 1) (seed 001 line 1550)");
      expect(r.grounds[0]!.en.length).toBeGreaterThan(0);
      expect(r.refused).toBe(true);
      expect(r.freeFrom).toBe("2026-09-19");
    }
    // an event that no longer applies is not in `because`: 12 (blocks 12 … 15) and 15 (15 … 18)
    const mixed = testingRefusal({ ...base, applicationDate: "2026-09-16", failedTests: ["2026-09-12", "2026-09-15"] });
    expect(mixed.grounds[0]!.because).toEqual(["2026-09-15"]);
  });

  it("R-EL-3 freeFrom is the day after the latest last day over all grounds", () => {
    // ground 1: failed 2026-09-14 → until 2026-09-17; ground 6: certificate tested 2026-08-15 → valid
    // through 2027-08-15 (R-EL-4) → free from 2027-08-16
    const r = testingRefusal({ ...base, applicationDate: "2026-09-16", failedTests: ["2026-09-14"], certificates: [{ testDate: "2026-08-15" }] });
    expect(r.grounds.map((g) => [g.ground, g.until, g.case])).toEqual([[1, "2026-09-17", 5], [6, "2027-08-15", 4]]);
    expect(r.freeFrom).toBe("2027-08-16");
    // ground 5 alone: no end → freeFrom null
    const g5 = testingRefusal({ applicationDate: "2026-09-16", personalDataConsent: false });
    expect(g5.grounds).toHaveLength(1);
    expect(g5.grounds[0]).toMatchObject({ ground: 5, rule: "R-EL-3", because: [] });
    expect(g5.grounds[0]!.citation).toContain("sub-point 5)");
    expect(g5.freeFrom).toBeNull();
  });

  it("R-EL-3 ground 2 repeated violation: six months instead of thirty days", () => {
    // violation on 2026-08-01, accepted 2026-09-15: 30 days → through 2026-08-31 (over);
    // repeated: 6 months → through 2027-02-01 (the corresponding day)
    expect(testingRefusal({ ...base, applicationDate: "2026-09-15", violations: [{ date: "2026-08-01" }] }).grounds).toEqual([]);
    expect(testingRefusal({ ...base, applicationDate: "2026-09-15", violations: [{ date: "2026-08-01", repeated: false }] }).grounds).toEqual([]);
    const r = testingRefusal({ ...base, applicationDate: "2026-09-15", violations: [{ date: "2026-08-01", repeated: true }] });
    expect(r.grounds[0]).toMatchObject({ ground: 2, until: "2027-02-01", because: ["2026-08-01"] });
  });

  it("R-EL-3 ground 6: valid from the test day through its last day, both inclusive; several certificates", () => {
    // explicit validUntil: tested 2026-08-01, valid through 2026-09-16
    const cert = { testDate: "2026-08-01", validUntil: "2026-09-16" };
    expect(testingRefusal({ ...base, applicationDate: "2026-09-16", certificates: [cert] }).grounds[0]).toMatchObject({ ground: 6, until: "2026-09-16", because: ["2026-08-01"] });
    expect(testingRefusal({ ...base, applicationDate: "2026-08-01", certificates: [cert] }).grounds[0]).toMatchObject({ ground: 6, until: "2026-09-16" });
    expect(testingRefusal({ ...base, applicationDate: "2026-09-17", certificates: [cert] }).grounds).toEqual([]);
    // a certificate from a test after the acceptance day does not hold on it
    expect(testingRefusal({ ...base, applicationDate: "2026-07-31", certificates: [cert] }).grounds).toEqual([]);
    // validUntil on the test day itself is allowed; the day before is an error
    expect(testingRefusal({ ...base, applicationDate: "2026-08-01", certificates: [{ testDate: "2026-08-01", validUntil: "2026-08-01" }] }).grounds[0]).toMatchObject({ until: "2026-08-01" });
    const iss = issuesOf(() => testingRefusal({ ...base, applicationDate: "2026-08-01", certificates: [{ testDate: "2026-08-01", validUntil: "2026-07-31" }] }));
    expect(iss[0]).toMatchObject({ field: "i.certificates[0].validUntil", value: "2026-07-31", rule: "R-EL-3" });
    expect(iss[0]!.message).toContain("before the test day 2026-08-01");
    // two certificates, in either order: the later last day wins
    const a = { testDate: "2026-08-01", validUntil: "2026-10-01" };
    const b = { testDate: "2026-08-02", validUntil: "2026-12-01" };
    for (const certificates of [[a, b], [b, a]]) {
      const g = testingRefusal({ ...base, applicationDate: "2026-09-16", certificates }).grounds[0]!;
      expect(g.until).toBe("2026-12-01");
      expect([...g.because].sort()).toEqual(["2026-08-01", "2026-08-02"]);
      expect(g.citation).toContain("sub-point 6)");
    }
  });

  it("R-EL-3 ground 6: a certificate tested before 11.07.2026 — the R-EL-4 error, re-addressed", () => {
    const iss = issuesOf(() => testingRefusal({ ...base, applicationDate: "2026-09-16", certificates: [{ testDate: "2026-08-15" }, { testDate: "2026-03-01" }] }));
    // the inner issue (R-EL-4's edition check, itself wrapping R-CAL-4) is re-addressed to R-EL-3's field
    expect(iss[0]).toMatchObject({ field: "i.certificates[1].testDate", value: "2026-03-01" });
    expect(iss[0]!.rule).toMatch(/^R-EL-3 \(R-EL-4/);
    expect(iss[0]!.message).toContain("— or give the certificate's own validUntil");
    // presume: false is the same as not presuming
    expect(() => testingRefusal({ ...base, applicationDate: "2026-09-16", certificates: [{ testDate: "2026-03-01" }], presume: false })).toThrow(RuleInputError);
    // presume: true → one year, presumed: 2026-03-01 → 2027-03-01
    expect(testingRefusal({ ...base, applicationDate: "2026-09-16", certificates: [{ testDate: "2026-03-01" }], presume: true }).grounds[0]).toMatchObject({ ground: 6, until: "2027-03-01" });
    // inclusive reading of the year: one day earlier, 2027-08-14
    expect(testingRefusal({ ...base, applicationDate: "2026-09-16", certificates: [{ testDate: "2026-08-15" }], counting: "inclusive" }).grounds[0]).toMatchObject({ until: "2027-08-14" });
  });

  it("R-EL-3 ground 7: from issuedOn (when given) through validUntil, both inclusive", () => {
    const c = { issuedOn: "2026-09-16", validUntil: "2026-12-31" };
    expect(testingRefusal({ ...base, applicationDate: "2026-09-16", personalQualitiesConclusions: [c] }).grounds[0]).toMatchObject({ ground: 7, until: "2026-12-31", case: 4, because: ["2026-09-16"] });
    expect(testingRefusal({ ...base, applicationDate: "2026-09-15", personalQualitiesConclusions: [c] }).grounds).toEqual([]);
    expect(testingRefusal({ ...base, applicationDate: "2026-12-31", personalQualitiesConclusions: [c] }).grounds).toHaveLength(1);
    expect(testingRefusal({ ...base, applicationDate: "2027-01-01", personalQualitiesConclusions: [c] }).grounds).toEqual([]);
    // no issuedOn: `because` is the last valid day
    const noIssue = testingRefusal({ ...base, applicationDate: "2026-09-16", personalQualitiesConclusions: [{ validUntil: "2026-12-31" }] });
    expect(noIssue.grounds[0]).toMatchObject({ ground: 7, because: ["2026-12-31"] });
    expect(noIssue.grounds[0]!.citation).toContain("sub-point 7)");
    expect(noIssue.freeFrom).toBe("2027-01-01");
    // two conclusions, either order: the later last day
    const x = { validUntil: "2026-10-01" };
    const y = { validUntil: "2026-11-01" };
    for (const personalQualitiesConclusions of [[x, y], [y, x]]) {
      expect(testingRefusal({ ...base, applicationDate: "2026-09-16", personalQualitiesConclusions }).grounds[0]!.until).toBe("2026-11-01");
    }
    // validUntil on issuedOn is allowed; before it is an error
    expect(testingRefusal({ ...base, applicationDate: "2026-09-16", personalQualitiesConclusions: [{ issuedOn: "2026-09-16", validUntil: "2026-09-16" }] }).grounds).toHaveLength(1);
    const iss = issuesOf(() => testingRefusal({ ...base, applicationDate: "2026-09-16", personalQualitiesConclusions: [{ issuedOn: "2026-09-16", validUntil: "2026-09-15" }] }));
    expect(iss[0]).toMatchObject({ field: "i.personalQualitiesConclusions[0].validUntil", value: "2026-09-15", rule: "R-EL-3" });
    expect(iss[0]!.message).toContain("before issuedOn 2026-09-16");
  });

  it("R-EL-3 bad dates name their field", () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ violations: [{ date: "2026-02-30" }] }, "i.violations[0].date"],
      [{ violationActs: ["x"] }, "i.violationActs[0]"],
      [{ otherPersonActs: ["2026-1-1"] }, "i.otherPersonActs[0]"],
      [{ certificates: [{ testDate: "2026-08-40" }] }, "i.certificates[0].testDate"],
      [{ certificates: [{ testDate: "2026-08-01", validUntil: "soon" }] }, "i.certificates[0].validUntil"],
      [{ personalQualitiesConclusions: [{ validUntil: "2026-13-01" }] }, "i.personalQualitiesConclusions[0].validUntil"],
      [{ personalQualitiesConclusions: [{ validUntil: "2026-12-01", issuedOn: "2026-00-01" }] }, "i.personalQualitiesConclusions[0].issuedOn"],
    ];
    for (const [extra, field] of cases) {
      const iss = issuesOf(() => testingRefusal({ ...base, applicationDate: "2026-09-16", ...extra } as never));
      expect(iss[0]!.field).toBe(field);
      expect(iss[0]!.rule).toBe("R-EL-3");
    }
    expect(issuesOf(() => testingRefusal({ ...base, applicationDate: "2026-09-31" }))[0]!.field).toBe("i.applicationDate");
  });
});

// Added after the mutation run over the remaining time-rule files (other-deadlines); every expected
// value is worked out by hand from the rule and the calendar, not copied from the code's output.
describe("R-EL-3 testingRefusal — input field names", () => {
  it("R-EL-3 schema issues name the field under i.", () => {
    expect(firstIssue(() => testingRefusal({ applicationDate: "2026-09-16", personalDataConsent: "yes" } as never))).toMatchObject({
      field: "i.personalDataConsent",
      value: "yes",
      rule: "R-EL-3",
    });
    expect(firstIssue(() => testingRefusal({ applicationDate: "2026-09-16", personalDataConsent: true, bogus: 1 } as never))).toMatchObject({
      field: "i.bogus",
      rule: "R-EL-3",
      message: "unknown field",
    });
  });
});

// issue 23, item 4: the candidate's history lists are read once; at most 100 issues, the rest counted
describe("R-EL-3 testingRefusal — hostile lists (issue 23)", () => {
  const thrown = thrownRuleInputError;
  const base = { applicationDate: "2026-09-16", personalDataConsent: true } as const;

  it("R-EL-3 10^6 NaN violations: 100 issues listed, 999,900 counted", () => {
    const e = thrown(() => testingRefusal({ ...base, violations: new Array(1_000_000).fill(Number.NaN) }));
    expect(e.issues).toHaveLength(100);
    expect(e.omittedIssues).toBe(999_900);
    expect(e.issues[0]).toMatchObject({ field: "i.violations[0]", rule: "R-EL-3", code: "wrong-type" });
  });

  it("R-EL-3 sparse lists of 10^6 in two fields: 100 listed in all, 1,999,900 counted", () => {
    const e = thrown(() => testingRefusal({ ...base, failedTests: new Array(1_000_000), certificates: new Array(1_000_000) }));
    expect(e.issues).toHaveLength(100);
    expect(e.omittedIssues).toBe(1_999_900);
    expect(e.issues[0]).toMatchObject({ field: "i.failedTests[0]", value: undefined, code: "missing" });
  });
});
