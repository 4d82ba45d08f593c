// Tests added to kill the mutants that survived the mutation run of 2026-11-23 over the time-rule
// files (testing-refusal.ts, retest-waiting.ts, certificate-validity.ts, application-acceptance.ts).
// Every expected value is worked out by hand from the rule (the reasoning is in the comments), not
// copied from the code's output.
import { describe, expect, it } from "vitest";
import {
  RETEST_TEXTS,
  RuleInputError,
  applicationAcceptance,
  certificateValidity,
  retestWaiting,
  testingRefusal,
} from "../../src/index.js";
import { allIssues } from "../support/first-issue.js";

const issuesOf = allIssues;

describe("R-EL-1 / R-EL-2 retestWaiting — the explained answer", () => {
  it("R-EL-1 civil-code reading: reason names the test day and D + 4; waitingDays 3, case 3, counting echoed", () => {
    // Wed 2026-12-30: 31.12, 01.01, 02.01 must pass → first allowed day Sun 2027-01-03 (case 3, not moved)
    const w = retestWaiting("2026-12-30");
    expect(w).toMatchObject({ rule: "R-EL-1", regime: "corps-b", testDate: "2026-12-30", earliest: "2027-01-03", waitingDays: 3, case: 3, counting: "civil-code" });
    expect(w.reason).toContain("three calendar days after the test day 2026-12-30");
    expect(w.reason).toContain("first allowed day 2027-01-03");
    expect(w.reason).toContain("not moved");
    // the 2026 edition (ASA-52-2026, App. 11 note, seed 001 line 1592)
    expect(w.text).toBe(RETEST_TEXTS["corps-b-2026"]);
    expect(w.text).toContain("line 1592");
    expect(w.provenance).toBe("stated");
  });

  it("R-EL-1 inclusive reading: the test day is day 1 → D + 3, and the reason says so", () => {
    // 30.12 (day 1), 31.12 (day 2), 01.01 (day 3) → first allowed day 2027-01-02
    const w = retestWaiting("2026-12-30", { counting: "inclusive" });
    expect(w.earliest).toBe("2027-01-02");
    expect(w.counting).toBe("inclusive");
    expect(w.reason).toContain("counting the test day 2026-12-30 as day 1");
    expect(w.reason).toContain("first allowed day 2027-01-02");
    expect(w.reason).toContain('"inclusive" reading');
  });

  it("R-EL-2 law-enforcement without appeal: the law-enforcement sentence (seed 001 line 164)", () => {
    const w = retestWaiting("2026-12-30", { regime: "law-enforcement" });
    expect(w.rule).toBe("R-EL-2");
    expect(w.regime).toBe("law-enforcement");
    expect(w.earliest).toBe("2027-01-03");
    expect(w.text).toBe(RETEST_TEXTS["law-enforcement"]);
    expect(w.text).toContain("line 164");
  });

  it("R-EL-2 satisfied appeal: no wait, case null, the appeal sentence and the reason", () => {
    // no decision day → the test day itself; Wed 2026-12-30 is a working day → firstWorkingDay the same
    const w = retestWaiting("2026-12-30", { regime: "law-enforcement", appealSatisfied: true });
    expect(w).toMatchObject({ earliest: "2026-12-30", firstWorkingDay: "2026-12-30", waitingDays: 0, case: null });
    expect(w.text).toBe(RETEST_TEXTS["law-enforcement-appeal"]);
    expect(w.reason).toContain("appeal satisfied by the appeals commission");
    expect(w.reason).toContain("the test day (no decision day given)");
    // a decision day given: from that day
    const d = retestWaiting("2026-12-30", { regime: "law-enforcement", appealSatisfied: true, appealDecidedOn: "2027-01-04" });
    expect(d.reason).toContain("the decision day 2027-01-04");
  });

  it("R-EL-2 the appeal may be decided on the test day itself (not before it)", () => {
    // decided 2026-12-30 = test day: allowed, earliest 2026-12-30
    expect(retestWaiting("2026-12-30", { regime: "law-enforcement", appealSatisfied: true, appealDecidedOn: "2026-12-30" }).earliest).toBe("2026-12-30");
    // decided the day before the test: impossible
    const iss = issuesOf(() => retestWaiting("2026-12-30", { regime: "law-enforcement", appealSatisfied: true, appealDecidedOn: "2026-12-29" }));
    expect(iss[0]).toMatchObject({ field: "opts.appealDecidedOn", value: "2026-12-29", rule: "R-EL-2" });
    expect(iss[0]!.message).toContain("before the test day 2026-12-30");
  });

  it("R-EL-1 option errors name the field, the value and the rule", () => {
    // corps "B" has no appeal exemption
    const a = issuesOf(() => retestWaiting("2026-12-30", { appealSatisfied: true }));
    expect(a[0]).toMatchObject({ field: "opts.appealSatisfied", value: true, rule: "R-EL-1" });
    expect(a[0]!.message).toContain('regime: "law-enforcement"');
    // a decision day without a satisfied appeal
    for (const appealSatisfied of [undefined, false]) {
      const b = issuesOf(() => retestWaiting("2026-12-30", { regime: "law-enforcement", appealDecidedOn: "2027-01-04", ...(appealSatisfied === undefined ? {} : { appealSatisfied }) }));
      expect(b[0]).toMatchObject({ field: "opts.appealDecidedOn", value: "2027-01-04", rule: "R-EL-2" });
      expect(b[0]!.message).toContain("only with appealSatisfied: true");
    }
    // a bad test date under the law-enforcement regime is an R-EL-2 error on testDate
    expect(issuesOf(() => retestWaiting("2026-02-30", { regime: "law-enforcement" }))[0]).toMatchObject({ field: "testDate", rule: "R-EL-2" });
  });
});

describe("R-EL-4 certificateValidity — the explained answer", () => {
  it("R-EL-4 one year from the test day (case 4): fields, inclusive reading, the sentence", () => {
    // tested 2026-08-15: civil code → the corresponding day a year later, 2027-08-15, not moved
    const c = certificateValidity("2026-08-15");
    expect(c).toMatchObject({ rule: "R-EL-4", testDate: "2026-08-15", validUntil: "2027-08-15", noRetestThrough: "2027-08-15", case: 4, counting: "civil-code", provenance: "stated" });
    expect(c.text).toContain("line 2116");
    // inclusive: the test day is day 1 of the year → one day earlier, 2027-08-14
    const i = certificateValidity("2026-08-15", { counting: "inclusive" });
    expect(i).toMatchObject({ validUntil: "2027-08-14", noRetestThrough: "2027-08-14", counting: "inclusive" });
  });

  it("R-EL-4 errors carry the rule id", () => {
    expect(issuesOf(() => certificateValidity("2026-08-15", { bogus: 1 } as never))[0]!.rule).toBe("R-EL-4");
    expect(issuesOf(() => certificateValidity("2026-13-01"))[0]).toMatchObject({ field: "testDate", rule: "R-EL-4" });
  });
});

describe("R-EL-5 applicationAcceptance — the explained answer", () => {
  it("R-EL-5 09:00:00 is working time, 08:59:59 is before opening (both accepted that day)", () => {
    // Friday 2026-09-11 is a working day; working time 09:00–18:30
    expect(applicationAcceptance("2026-09-11T08:59:59+05:00")).toMatchObject({ acceptedOn: "2026-09-11", reason: "before-opening" });
    expect(applicationAcceptance("2026-09-11T09:00:00+05:00")).toMatchObject({ acceptedOn: "2026-09-11", reason: "working-hours" });
  });

  it("R-EL-5 the explanation of each reason, and the Astana instant", () => {
    // after hours: Fri 18:45 → next working day Mon 2026-09-14
    const after = applicationAcceptance("2026-09-11T18:45:00+05:00");
    expect(after.rule).toBe("R-EL-5");
    expect(after.submittedAt).toBe("2026-09-11T18:45:00+05:00");
    expect(after.astana).toMatchObject({ date: "2026-09-11", time: "18:45:00" });
    expect(after.explanation).toBe("18:45:00 Astana time on 2026-09-11 is after the end of working time (18:30): accepted on the next working day, 2026-09-14");
    // a day off: Sun 2026-10-25 → Mon 26 is the carried day off → Tue 2026-10-27
    expect(applicationAcceptance("2026-10-25T10:00:00+05:00").explanation).toBe("2026-10-25 is not a working day: accepted on the next working day, 2026-10-27");
    // before opening: 07:00 on Fri 2026-09-11 → that very day
    expect(applicationAcceptance("2026-09-11T07:00:00+05:00").explanation).toBe(
      "07:00:00 Astana time on working day 2026-09-11, before 09:00: the next working day after the previous working time is 2026-09-11 itself",
    );
    // working hours: 10:00 → that day
    expect(applicationAcceptance("2026-09-11T10:00:00+05:00").explanation).toBe("10:00:00 Astana time on working day 2026-09-11, within working time: accepted that day");
    // UTC input 04:00Z = 09:00 Astana (UTC+5 since 01.03.2024)
    expect(applicationAcceptance("2026-09-11T04:00:00Z").astana).toMatchObject({ date: "2026-09-11", time: "09:00:00" });
  });

  it("R-EL-5 errors carry the rule id", () => {
    expect(issuesOf(() => applicationAcceptance("2026-09-11T10:00:00+05:00", undefined, { bogus: 1 } as never))[0]!.rule).toBe("R-EL-5");
    expect(issuesOf(() => applicationAcceptance("2026-09-11T10:00:00"))[0]!.rule).toBe("R-EL-5");
  });
});

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
