// Tests of src/eligibility/time-rules/latest-application-date.ts: latestApplicationDate (R-EL-5),
// one calendar day before the test day, per regime and edition.

import { describe, expect, it } from "vitest";
import { RuleInputError, latestApplicationDate } from "../../../src/index.js";
import { firstIssue } from "../../support/first-issue.js";

describe("R-EL-5 latestApplicationDate — worked examples and invalid inputs", () => {
  it("R-EL-5 worked examples: one calendar day before the test day, not moved", () => {
    expect(latestApplicationDate("2026-09-15")).toBe("2026-09-14");
    // Monday test 2026-09-14 → Sunday 2026-09-13 (a day off: not moved — a deadline before an event)
    expect(latestApplicationDate("2026-09-14")).toBe("2026-09-13");
    expect(latestApplicationDate("2028-03-01")).toBe("2028-02-29"); // leap year
    expect(latestApplicationDate("2027-01-01")).toBe("2026-12-31"); // year end
    expect(latestApplicationDate("2026-09-15", { reading: "full-day-between" })).toBe("2026-09-13");
    expect(latestApplicationDate("2026-09-15", { regime: "law-enforcement" })).toBe("2026-09-14");
  });

  it("R-EL-5 invalid inputs throw RuleInputError", () => {
    for (const bad of ["2026-9-15", "", null]) expect(() => latestApplicationDate(bad as never)).toThrow(RuleInputError);
    expect(() => latestApplicationDate("2026-09-15", { reading: "other" } as never)).toThrow(/R-EL-5/);
  });
});

// Added after the mutation run over the remaining time-rule files (other-deadlines); every expected
// value is worked out by hand from the rule and the calendar, not copied from the code's output.
describe("R-EL-5 latestApplicationDate — edition per regime, errors", () => {
  it("R-EL-5 the edition asked is testing rules point 72 (corps B) or ASA-1-2016 point 6 (law-enforcement)", () => {
    // both from 11.07.2026; before it the earlier texts (ASA-196-2025 original / ASA-1-2016 before
    // ASA-52-2026) are not in the sources, so asOf 2026-05-01 fails naming the edition asked
    const corpsB = firstIssue(() => latestApplicationDate("2026-09-15", { asOf: "2026-05-01" }));
    expect(corpsB).toMatchObject({ field: "opts.asOf", rule: "R-EL-5 (R-CAL-4)" });
    expect(corpsB.message).toContain("R-EL-5 applied in the ASA-196-2025 original edition");
    expect(corpsB.message).toContain("testing rules point 72");
    const le = firstIssue(() => latestApplicationDate("2026-09-15", { regime: "law-enforcement", asOf: "2026-05-01" }));
    expect(le.message).toContain("R-EL-5#law-enforcement applied in the ASA-1-2016 edition before ASA-52-2026");
    expect(le.message).toContain("ASA-1-2016 point 6");
  });

  it("R-EL-5 a bad test day is an issue on testDate", () => {
    expect(firstIssue(() => latestApplicationDate("2026-02-30"))).toMatchObject({ field: "testDate", value: "2026-02-30", rule: "R-EL-5" });
  });
});
