// Tests of src/eligibility/time-rules/earliest-retest-date.ts: earliestRetestDate (R-EL-1 / R-EL-2),
// the first allowed retest day, and its agreement with ground 1 of R-EL-3.

import { describe, expect, it } from "vitest";
import { test as fcTest } from "@fast-check/vitest";
import { RuleInputError, addCalendarDays, earliestRetestDate, testingRefusalGrounds } from "../../../src/index.js";
import { dateArbTo2075Dec as dateArb } from "../../support/time-rules.js";

describe("R-EL-1 earliestRetestDate — worked examples, errors, agreement with R-EL-3", () => {
  it("R-EL-1 leap day and year end: 2028-02-27 → 2028-03-02; 2028-12-29 → 2029-01-02", () => {
    // 28.02, 29.02, 01.03 pass → 02.03
    expect(earliestRetestDate("2028-02-27")).toBe("2028-03-02");
    expect(earliestRetestDate("2028-12-29")).toBe("2029-01-02");
  });

  it("R-EL-1 inclusive reading counts the test day: 2026-12-30 → 2027-01-02", () => {
    expect(earliestRetestDate("2026-12-30", { counting: "inclusive" })).toBe("2027-01-02");
  });

  it("R-EL-1 invalid inputs throw RuleInputError naming field, value and rule", () => {
    for (const bad of ["2026-02-30", "2026-13-01", "20261230", "", null, 5, "2011-12-31", "2078-01-01"]) {
      expect(() => earliestRetestDate(bad as never)).toThrow(RuleInputError);
    }
    expect(() => earliestRetestDate("2026-12-30", { regime: "police" as never })).toThrow(RuleInputError);
    expect(() => earliestRetestDate("2026-12-30", { counting: "exclusive" as never })).toThrow(RuleInputError);
    expect(() => earliestRetestDate("2026-12-30", { foo: 1 } as never)).toThrow(RuleInputError);
    expect(() => earliestRetestDate("2026-12-30", { appealSatisfied: true })).toThrow(/R-EL-1/);
    expect(() => earliestRetestDate("2026-12-30", { regime: "law-enforcement", appealSatisfied: true, appealDecidedOn: "2026-12-29" })).toThrow(/before the test day/);
    try {
      earliestRetestDate("2026-02-30");
    } catch (e) {
      expect((e as RuleInputError).message).toMatch(/R-EL-1: testDate = "2026-02-30"/);
    }
  });

  fcTest.prop([dateArb])("R-EL-1 / R-EL-3 property: the earliest retest date is the first day ground 1 no longer applies", (d) => {
    const e = earliestRetestDate(d);
    const g1 = (a: string) => testingRefusalGrounds({ applicationDate: a, failedTests: [d], personalDataConsent: true }).some((g) => g.ground === 1);
    expect(g1(e)).toBe(false);
    for (let k = 0; k < 4; k++) expect(g1(addCalendarDays(d, k))).toBe(true);
  });
});
